// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"
)

// Linux usbfs (linux/usbdevice_fs.h): a device node under /dev/bus/usb is
// driven with ioctls. We claim the interface and send bulk transfers.

// bulkTransfer is struct usbdevfs_bulktransfer.
type bulkTransfer struct {
	ep      uint32
	len     uint32
	timeout uint32 // milliseconds
	data    unsafe.Pointer
}

// ioctl request numbers: _IOC(dir, 'U', nr, size) = dir<<30 | size<<16 | 'U'<<8 | nr.
const (
	iocWrite = 1
	iocRead  = 2
)

func ioc(dir, nr, size uintptr) uintptr { return dir<<30 | size<<16 | 'U'<<8 | nr }

var (
	usbdevfsBulk             = ioc(iocRead|iocWrite, 2, unsafe.Sizeof(bulkTransfer{}))
	usbdevfsClaimInterface   = ioc(iocRead, 15, unsafe.Sizeof(uint32(0)))
	usbdevfsReleaseInterface = ioc(iocRead, 16, unsafe.Sizeof(uint32(0)))
)

// usbConn is an open usbfs device with one claimed interface.
type usbConn struct {
	f     *os.File
	iface uint32
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) (uintptr, error) {
	r, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg))
	if errno != 0 {
		return 0, errno
	}
	return r, nil
}

func openUSB(d Device) (*usbConn, error) {
	f, err := os.OpenFile(d.Node(), os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("%v (need write access to the node: run as root or add a udev rule)", err)
	}
	c := &usbConn{f: f, iface: uint32(d.Interface)}
	if _, err := ioctl(f, usbdevfsClaimInterface, unsafe.Pointer(&c.iface)); err != nil {
		f.Close()
		return nil, fmt.Errorf("claim interface %d of %s: %v", d.Interface, d.Node(), err)
	}
	return c, nil
}

// bulkOut sends p to endpoint ep and returns how many bytes went.
func (c *usbConn) bulkOut(ep uint8, p []byte, timeoutMS uint32) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	x := bulkTransfer{ep: uint32(ep), len: uint32(len(p)), timeout: timeoutMS, data: unsafe.Pointer(&p[0])}
	n, err := ioctl(c.f, usbdevfsBulk, unsafe.Pointer(&x))
	runtime.KeepAlive(p)
	return int(n), err
}

func (c *usbConn) Close() error {
	ioctl(c.f, usbdevfsReleaseInterface, unsafe.Pointer(&c.iface))
	return c.f.Close()
}
