// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Device is a USB device found in sysfs (/sys/bus/usb/devices).
type Device struct {
	Name      string // sysfs name, e.g. "1-1.2"
	Bus, Addr int    // busnum and devnum: /dev/bus/usb/BBB/DDD
	Interface int    // interface that holds the bulk OUT endpoint
	Endpoint  uint8  // its bEndpointAddress
}

// Node returns the usbfs device node.
func (d Device) Node() string {
	return fmt.Sprintf("/dev/bus/usb/%03d/%03d", d.Bus, d.Addr)
}

func readAttr(dir, name string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	return strings.TrimSpace(string(b)), err
}

// FindDevices lists the devices under a sysfs USB devices directory with
// the given vendor and product IDs that have a bulk OUT endpoint.
func FindDevices(root string, vendor, product uint16) ([]Device, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var found []Device
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		if strings.Contains(e.Name(), ":") {
			continue // an interface, not a device
		}
		v, err1 := readAttr(dir, "idVendor")
		p, err2 := readAttr(dir, "idProduct")
		if err1 != nil || err2 != nil || v != fmt.Sprintf("%04x", vendor) || p != fmt.Sprintf("%04x", product) {
			continue
		}
		d := Device{Name: e.Name()}
		if d.Bus, err = readInt(dir, "busnum", 10); err != nil {
			return nil, err
		}
		if d.Addr, err = readInt(dir, "devnum", 10); err != nil {
			return nil, err
		}
		ok, err := findBulkOut(dir, &d)
		if err != nil {
			return nil, err
		}
		if ok {
			found = append(found, d)
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Name < found[j].Name })
	return found, nil
}

func readInt(dir, name string, base int) (int, error) {
	s, err := readAttr(dir, name)
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(s, base, 32)
	if err != nil {
		return 0, fmt.Errorf("%s/%s: %v", dir, name, err)
	}
	return int(n), nil
}

// findBulkOut looks through the device's interfaces (NAME:C.I) for the
// first bulk OUT endpoint (ep_XX with type "Bulk", direction "out").
func findBulkOut(dev string, d *Device) (bool, error) {
	ifaces, err := filepath.Glob(dev + ":*")
	if err != nil {
		return false, err
	}
	sort.Strings(ifaces)
	for _, iface := range ifaces {
		eps, _ := filepath.Glob(filepath.Join(iface, "ep_*"))
		sort.Strings(eps)
		for _, ep := range eps {
			typ, _ := readAttr(ep, "type")
			dir, _ := readAttr(ep, "direction")
			if typ != "Bulk" || dir != "out" {
				continue
			}
			addr, err := readInt(ep, "bEndpointAddress", 16)
			if err != nil {
				return false, err
			}
			num, err := readInt(iface, "bInterfaceNumber", 16)
			if err != nil {
				return false, err
			}
			d.Interface, d.Endpoint = num, uint8(addr)
			return true, nil
		}
	}
	return false, nil
}
