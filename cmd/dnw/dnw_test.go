// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unsafe"
)

func TestFrameBytes(t *testing.T) {
	f, err := Frame(0x30000000, []byte{0x01, 0x02, 0xff})
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{
		0x00, 0x00, 0x00, 0x30, // address
		0x0d, 0x00, 0x00, 0x00, // 10 + 3
		0x01, 0x02, 0xff, // data
		0x02, 0x01, // 1 + 2 + 255 = 0x0102
	}
	if !bytes.Equal(f, want) {
		t.Fatalf("frame % x\nwant  % x", f, want)
	}
}

func TestChecksumWraps(t *testing.T) {
	data := bytes.Repeat([]byte{0xff}, 300) // 76500 = 0x12ad4
	if got := Checksum(data); got != 0x2ad4 {
		t.Fatalf("Checksum = %#x, want 0x2ad4", got)
	}
	if got := Checksum(nil); got != 0 {
		t.Fatalf("Checksum(nil) = %#x", got)
	}
}

func TestParseFrameRejects(t *testing.T) {
	f, _ := Frame(0x30000000, []byte("hello"))
	bad := append([]byte(nil), f...)
	bad[9] ^= 1
	if _, _, err := ParseFrame(bad); err == nil {
		t.Error("corrupted data accepted")
	}
	if _, _, err := ParseFrame(f[:len(f)-1]); err == nil {
		t.Error("short frame accepted")
	}
	if _, _, err := ParseFrame(f[:5]); err == nil {
		t.Error("5-byte frame accepted")
	}
}

func FuzzFrameRoundTrip(f *testing.F) {
	f.Add(uint32(0x30000000), []byte("kernel"))
	f.Add(uint32(0), []byte{})
	f.Fuzz(func(t *testing.T, addr uint32, data []byte) {
		fr, err := Frame(addr, data)
		if err != nil {
			t.Fatal(err)
		}
		a, d, err := ParseFrame(fr)
		if err != nil || a != addr || !bytes.Equal(d, data) {
			t.Fatalf("round trip: %#x % x %v", a, d, err)
		}
		// Changing one data byte moves the 16-bit sum by -255..255, never 0.
		if len(data) > 0 {
			fr[8] ^= 0x5a
			if _, _, err := ParseFrame(fr); err == nil {
				t.Fatal("changed data byte not caught by the checksum")
			}
		}
	})
}

// fakeSysfs builds a /sys/bus/usb/devices tree.
func fakeSysfs(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestFindDevices(t *testing.T) {
	root := fakeSysfs(t, map[string]string{
		// The board: bulk IN ep 0x81 and bulk OUT ep 0x03 on interface 0.
		"1-1.2/idVendor":                   "5345",
		"1-1.2/idProduct":                  "1234",
		"1-1.2/busnum":                     "1",
		"1-1.2/devnum":                     "7",
		"1-1.2:1.0/bInterfaceNumber":       "00",
		"1-1.2:1.0/ep_81/bEndpointAddress": "81",
		"1-1.2:1.0/ep_81/type":             "Bulk",
		"1-1.2:1.0/ep_81/direction":        "in",
		"1-1.2:1.0/ep_03/bEndpointAddress": "03",
		"1-1.2:1.0/ep_03/type":             "Bulk",
		"1-1.2:1.0/ep_03/direction":        "out",
		// Another vendor's device.
		"2-1/idVendor":  "046d",
		"2-1/idProduct": "c52b",
		"2-1/busnum":    "2",
		"2-1/devnum":    "3",
		// Same IDs but only an interrupt endpoint: not usable.
		"3-1/idVendor":                   "5345",
		"3-1/idProduct":                  "1234",
		"3-1/busnum":                     "3",
		"3-1/devnum":                     "2",
		"3-1:1.0/bInterfaceNumber":       "00",
		"3-1:1.0/ep_82/bEndpointAddress": "82",
		"3-1:1.0/ep_82/type":             "Interrupt",
		"3-1:1.0/ep_82/direction":        "in",
		// A root hub's files, no IDs of interest.
		"usb1/idVendor":  "1d6b",
		"usb1/idProduct": "0002",
	})
	devs, err := FindDevices(root, samsungVendor, dnwProduct)
	if err != nil {
		t.Fatal(err)
	}
	want := Device{Name: "1-1.2", Bus: 1, Addr: 7, Interface: 0, Endpoint: 0x03}
	if len(devs) != 1 || devs[0] != want {
		t.Fatalf("FindDevices = %+v, want [%+v]", devs, want)
	}
	if devs[0].Node() != "/dev/bus/usb/001/007" {
		t.Fatalf("Node = %s", devs[0].Node())
	}
}

func TestIoctlNumbers(t *testing.T) {
	if usbdevfsClaimInterface != 0x8004550f || usbdevfsReleaseInterface != 0x80045510 {
		t.Fatalf("claim %#x release %#x", usbdevfsClaimInterface, usbdevfsReleaseInterface)
	}
	want := uintptr(0xc0105502) // 16-byte struct on 32-bit hosts
	if unsafe.Sizeof(uintptr(0)) == 8 {
		want = 0xc0185502 // 24 bytes: three u32, padding, pointer
	}
	if usbdevfsBulk != want {
		t.Fatalf("USBDEVFS_BULK = %#x, want %#x", usbdevfsBulk, want)
	}
}
