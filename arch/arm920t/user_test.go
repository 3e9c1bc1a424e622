// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t_test

import (
	"testing"
	"unsafe"

	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/board/mini2440"
)

// userVA is where the tests map a User mode section, above the null guard.
const userVA = 0x00100000

// userSection maps a 1 MB section of heap memory at userVA, accessible from
// User mode, loads code at its start and returns the unmapping function.
func userSection(t *testing.T, code ...uint32) func() {
	buf := make([]byte, 2<<20)
	pa := (uint32(uintptr(unsafe.Pointer(&buf[0]))) + 1<<20 - 1) &^ (1<<20 - 1)
	for i, w := range code {
		*(*uint32)(unsafe.Pointer(uintptr(pa + 4*uint32(i)))) = w
	}
	arm920t.SyncInstructions()
	pt := mini2440.PageTable()
	pt.MapSections(userVA, pa, 1<<20, arm920t.Normal, arm920t.AP_USER)
	pt.Flush()
	return func() {
		pt.Unmap(userVA, 1<<20)
		_ = buf[0] // keep the memory until unmapped
	}
}

func userContext() *arm920t.Context {
	c := &arm920t.Context{}
	c.R[13] = userVA + 1<<20
	c.R[15] = userVA
	return c
}

func TestUserSystemCall(t *testing.T) {
	defer userSection(t,
		0xe0810002, // add r0, r1, r2
		0xefa00001, // swi 0xa00001
		0xeafffffe, // b .
	)()
	c := userContext()
	c.R[1], c.R[2], c.R[7] = 40, 2, 0x77
	c.Run()
	if c.Exception != arm920t.SWI {
		t.Fatalf("exception %s, want software interrupt", arm920t.VectorName(c.Exception))
	}
	if c.R[0] != 42 || c.R[7] != 0x77 || c.R[13] != userVA+1<<20 {
		t.Errorf("r0 %d r7 %#x sp %#x, want 42, 0x77, %#x", c.R[0], c.R[7], c.R[13], userVA+1<<20)
	}
	if c.R[15] != userVA+8 || c.Mode() != arm920t.USR_MODE {
		t.Errorf("pc %#x mode %s, want %#x USR", c.R[15], arm920t.ModeName(c.Mode()), userVA+8)
	}
	if swi := *(*uint32)(unsafe.Pointer(uintptr(mustTranslate(t, c.R[15]-4)))); swi&0xffffff != 0xa00001 {
		t.Errorf("instruction before pc %#x is %#x, want swi 0xa00001", c.R[15], swi)
	}
}

func mustTranslate(t *testing.T, va uint32) uint32 {
	pa, ok := mini2440.PageTable().Translate(va)
	if !ok {
		t.Fatalf("%#x not mapped", va)
	}
	return pa
}

// TestUserFaults: User mode may not touch kernel memory, and its
// undefined instructions come back to the kernel as such.
func TestUserFaults(t *testing.T) {
	defer userSection(t,
		0xe5930000, // ldr r0, [r3]
		0xe7f000f0, // undefined
	)()
	c := userContext()
	c.R[3] = mini2440.KernelBase
	c.Run()
	if c.Exception != arm920t.DATA_ABORT || c.R[15] != userVA {
		t.Fatalf("exception %s at %#x, want data abort at %#x", arm920t.VectorName(c.Exception), c.R[15], userVA)
	}
	if far := arm920t.FaultAddress(); far != mini2440.KernelBase {
		t.Errorf("FAR %#x, want %#x", far, mini2440.KernelBase)
	}
	if fsr := arm920t.FaultStatus() & 0xf; fsr != 0xd {
		t.Errorf("FSR status %#x, want 0xd (section permission)", fsr)
	}

	c.R[15] += 4
	c.Run()
	if c.Exception != arm920t.UNDEFINED || c.R[15] != userVA+4 {
		t.Fatalf("exception %s at %#x, want undefined instruction at %#x", arm920t.VectorName(c.Exception), c.R[15], userVA+4)
	}
}

// TestUserPreempted: a User mode loop gets back to the kernel by the tick.
func TestUserPreempted(t *testing.T) {
	defer userSection(t, 0xeafffffe)() // b .
	c := userContext()
	c.Run()
	if c.Exception != arm920t.IRQ || c.R[15] != userVA {
		t.Fatalf("exception %s at %#x, want IRQ at %#x", arm920t.VectorName(c.Exception), c.R[15], userVA)
	}
}
