// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command dnw sends a file to a mini2440 waiting in a USB download (the
// DNW protocol of Samsung's S3C24xx tools, spoken by supervivi and the
// S3C24xx U-Boot ports) through Linux usbfs; no libusb needed.
//
// Usage:
//
//	dnw [-a 0x30000000] [-vid 0x5345 -pid 0x1234] file
//	dnw -list
//
// The board shows up as 5345:1234 once it waits for a download (for
// example after supervivi's [d] or [k] menu item). dnw finds it in
// /sys/bus/usb/devices, claims the interface that has a bulk OUT
// endpoint and sends one frame (see frame.go). Writing the device node
// needs root or a udev rule.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
)

const (
	samsungVendor = 0x5345
	dnwProduct    = 0x1234
	sysfsDevices  = "/sys/bus/usb/devices"
	chunkSize     = 4096
	timeoutMS     = 5000
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "dnw:", err)
		os.Exit(1)
	}
}

func parseUint(s string, bits int) (uint64, error) { return strconv.ParseUint(s, 0, bits) }

func run() error {
	addrFlag := flag.String("a", "0x30000000", "load address written into the frame")
	vidFlag := flag.String("vid", "0x5345", "USB vendor ID")
	pidFlag := flag.String("pid", "0x1234", "USB product ID")
	list := flag.Bool("list", false, "list matching devices and exit")
	flag.Parse()
	addr, err := parseUint(*addrFlag, 32)
	if err != nil {
		return fmt.Errorf("-a: %v", err)
	}
	vid, err := parseUint(*vidFlag, 16)
	if err != nil {
		return fmt.Errorf("-vid: %v", err)
	}
	pid, err := parseUint(*pidFlag, 16)
	if err != nil {
		return fmt.Errorf("-pid: %v", err)
	}
	devs, err := FindDevices(sysfsDevices, uint16(vid), uint16(pid))
	if err != nil {
		return err
	}
	if *list {
		for _, d := range devs {
			fmt.Printf("%s %s interface %d bulk OUT endpoint %#02x\n", d.Name, d.Node(), d.Interface, d.Endpoint)
		}
		return nil
	}
	if flag.NArg() != 1 {
		return fmt.Errorf("usage: dnw [-a addr] [-vid id -pid id] file | dnw -list")
	}
	switch len(devs) {
	case 0:
		return fmt.Errorf("no %04x:%04x device with a bulk OUT endpoint: is the board waiting for a USB download?", vid, pid)
	case 1:
	default:
		return fmt.Errorf("%d devices match %04x:%04x; unplug all but one", len(devs), vid, pid)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		return err
	}
	frame, err := Frame(uint32(addr), data)
	if err != nil {
		return err
	}
	d := devs[0]
	c, err := openUSB(d)
	if err != nil {
		return err
	}
	defer c.Close()
	fmt.Printf("dnw: %s (%d bytes, checksum %#04x) to %#08x via %s endpoint %#02x\n",
		flag.Arg(0), len(data), Checksum(data), addr, d.Node(), d.Endpoint)
	for sent := 0; sent < len(frame); {
		n, err := c.bulkOut(d.Endpoint, frame[sent:min(len(frame), sent+chunkSize)], timeoutMS)
		if err != nil {
			return fmt.Errorf("after %d of %d bytes: %v", sent, len(frame), err)
		}
		sent += n
		fmt.Printf("\rdnw: %d/%d bytes", sent, len(frame))
	}
	fmt.Println("\ndnw: done")
	return nil
}
