// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package reg accesses the S3C2440A's memory-mapped registers.
//
// Every access is a single 32-bit load or store done in assembly, so the
// compiler can neither merge, reorder nor drop it. The peripheral window is
// mapped uncached and unbuffered, so a store has reached the device when the
// next instruction runs. The functions are nosplit and allocate nothing:
// they are safe before the runtime starts and in interrupt or exception
// context. Read-modify-write helpers are not atomic; callers that share a
// register with interrupt context mask interrupts around them.
package reg

// Read returns the 32-bit register at addr.
//
//go:nosplit
func Read(addr uint32) uint32

// Write stores val into the 32-bit register at addr.
//
//go:nosplit
func Write(addr uint32, val uint32)

// Set sets the bits of mask in the register at addr.
//
//go:nosplit
func Set(addr uint32, mask uint32) {
	Write(addr, Read(addr)|mask)
}

// Clear clears the bits of mask in the register at addr.
//
//go:nosplit
func Clear(addr uint32, mask uint32) {
	Write(addr, Read(addr)&^mask)
}

// SetN replaces the width-bit field at bit pos of the register at addr.
//
//go:nosplit
func SetN(addr uint32, pos int, width int, val uint32) {
	mask := uint32(1)<<width - 1
	Write(addr, Read(addr)&^(mask<<pos)|(val&mask)<<pos)
}

// Get returns the width-bit field at bit pos of the register at addr.
//
//go:nosplit
func Get(addr uint32, pos int, width int) uint32 {
	return Read(addr) >> pos & (uint32(1)<<width - 1)
}
