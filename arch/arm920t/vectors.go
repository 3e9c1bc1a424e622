// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t

import (
	"unsafe"
)

// Exception vector offsets.
const (
	RESET          = 0x00
	UNDEFINED      = 0x04
	SWI            = 0x08
	PREFETCH_ABORT = 0x0c
	DATA_ABORT     = 0x10
	ADDRESS        = 0x14 // reserved since the 26-bit architecture
	IRQ            = 0x18
	FIQ            = 0x1c
)

// HighVectors is the virtual address of the exception vectors with CTRL_V
// set. We use the high vectors so that the first megabyte of virtual space
// can stay unmapped as a null pointer guard; the low vectors would have to
// live at virtual address 0.
const HighVectors = 0xFFFF0000

// VectorPageSize is the size of the page holding the vectors.
const VectorPageSize = 4096

// ldrPC is `ldr pc, [pc, #24]`: each vector loads its handler address from
// the word 32 bytes after it.
const ldrPC = 0xe59ff018

// defined in vectors.s
func resetVector()
func undefinedVector()
func swiVector()
func prefetchAbortVector()
func dataAbortVector()
func addressVector()
func irqVector()
func fiqVector()

// codeAddress returns the entry address of an assembly function.
func codeAddress(fn func()) uint32 {
	return **(**uint32)(unsafe.Pointer(&fn))
}

// InstallVectors writes the vector table into the page at physical address
// page, to be mapped at HighVectors: eight `ldr pc` instructions followed by
// the addresses of the handlers in vectors.s.
func InstallVectors(page uint32) {
	handlers := [8]func(){
		resetVector,
		undefinedVector,
		swiVector,
		prefetchAbortVector,
		dataAbortVector,
		addressVector,
		irqVector,
		fiqVector,
	}
	for i, h := range handlers {
		*entry(page, uint32(i)) = ldrPC
		*entry(page, uint32(8+i)) = codeAddress(h)
	}
}

// irqHandler is called by irqVector, in IRQ mode on the IRQ stack with
// IRQs masked, for every IRQ taken; it must be nosplit all the way down
// and allocate nothing (see SetIRQHandler).
var irqHandler func()

// SetIRQHandler sets the function irqVector calls for every IRQ. The
// function runs in IRQ mode on the small IRQ stack, with the interrupted
// goroutine's g: it must be //go:nosplit (and call only nosplit code),
// allocate nothing and store no pointers.
func SetIRQHandler(fn func()) {
	irqHandler = fn
}
