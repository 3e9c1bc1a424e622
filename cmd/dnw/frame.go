// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"encoding/binary"
	"errors"
)

// A DNW download is one frame sent over the board's bulk OUT endpoint:
//
//	0  load address, 4 bytes little-endian
//	4  total frame length = 10 + len(data), 4 bytes little-endian
//	8  data
//	8+len(data)  checksum, 2 bytes little-endian: sum of the data bytes mod 2^16
//
// The board's USB download code (supervivi, the S3C24xx U-Boot ports)
// reads the first 8 bytes to learn where the data goes and how much
// follows, and compares the checksum at the end.
const frameOverhead = 10

// Checksum is the 16-bit sum of the data bytes.
func Checksum(data []byte) uint16 {
	var sum uint16
	for _, b := range data {
		sum += uint16(b)
	}
	return sum
}

// Frame returns the bytes to send for data loaded at addr.
func Frame(addr uint32, data []byte) ([]byte, error) {
	if uint64(len(data))+frameOverhead > 1<<32-1 {
		return nil, errors.New("dnw: data too large for a 32-bit frame length")
	}
	f := make([]byte, 8, len(data)+frameOverhead)
	binary.LittleEndian.PutUint32(f[0:], addr)
	binary.LittleEndian.PutUint32(f[4:], uint32(len(data)+frameOverhead))
	f = append(f, data...)
	return binary.LittleEndian.AppendUint16(f, Checksum(data)), nil
}

// ParseFrame checks a frame as the board does and returns its parts.
func ParseFrame(f []byte) (addr uint32, data []byte, err error) {
	if len(f) < frameOverhead {
		return 0, nil, errors.New("dnw: frame shorter than its 10-byte overhead")
	}
	if n := binary.LittleEndian.Uint32(f[4:]); uint64(n) != uint64(len(f)) {
		return 0, nil, errors.New("dnw: frame length field does not match the frame")
	}
	data = f[8 : len(f)-2]
	if binary.LittleEndian.Uint16(f[len(f)-2:]) != Checksum(data) {
		return 0, nil, errors.New("dnw: checksum mismatch")
	}
	return binary.LittleEndian.Uint32(f), data, nil
}
