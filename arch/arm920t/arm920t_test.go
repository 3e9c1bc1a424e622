// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t_test

import (
	"testing"
	"unsafe"

	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/board/mini2440"
	"github.com/mini2440-go/kernel/cmd/qemutest/guest"
)

func TestMainID(t *testing.T) {
	midr := arm920t.MainID()
	if implementer, part := midr>>24, midr>>4&0xfff; implementer != 0x41 || part != 0x920 {
		t.Fatalf("MIDR %#x: implementer %#x part %#x, want ARM (0x41) ARM920T (0x920)", midr, implementer, part)
	}
}

func TestSystemMode(t *testing.T) {
	cpsr := arm920t.CPSR()
	if mode := cpsr & arm920t.CPSR_MODE; mode != arm920t.SYS_MODE {
		t.Errorf("Go code runs in %s mode, want SYS", arm920t.ModeName(mode))
	}
	if cpsr&arm920t.CPSR_I != 0 {
		t.Errorf("IRQs masked in goroutine context (CPSR %#x)", cpsr)
	}
}

func TestControl(t *testing.T) {
	want := uint32(arm920t.CTRL_M | arm920t.CTRL_C | arm920t.CTRL_I | arm920t.CTRL_V | arm920t.CTRL_nF | arm920t.CTRL_iA)
	if c := arm920t.Control(); c&want != want {
		t.Errorf("control register %#x lacks %#x (MMU, caches, high vectors, async bus)", c, want&^c)
	}
}

func TestTranslation(t *testing.T) {
	pt := mini2440.PageTable()
	for _, tc := range []struct {
		va, pa uint32
		mapped bool
	}{
		{0x00000000, 0, false}, // null guard
		{0x000ffffc, 0, false},
		{0x30010000, 0x30010000, true},
		{0x33fffffc, 0x33fffffc, true},
		{0x34000000, 0, false},
		{0x50000000, 0x50000000, true},
		{0x60000000, 0, false},
		{arm920t.HighVectors, arm920t.Reserved(mini2440.KernelBase) + arm920t.VectorOffset, true},
		{arm920t.HighVectors + arm920t.VectorPageSize, 0, false},
	} {
		pa, ok := pt.Translate(tc.va)
		if ok != tc.mapped || (ok && pa != tc.pa) {
			t.Errorf("Translate(%#x) = %#x, %v; want %#x, %v", tc.va, pa, ok, tc.pa, tc.mapped)
		}
	}
}

// TestVectors reads the vector page through its high mapping.
func TestVectors(t *testing.T) {
	for i := uintptr(0); i < 8; i++ {
		w := *(*uint32)(unsafe.Pointer(arm920t.HighVectors + 4*i))
		if w != 0xe59ff018 {
			t.Errorf("vector %d: %#x, want ldr pc, [pc, #24]", i, w)
		}
	}
}

func TestPID(t *testing.T) {
	arm920t.SetPID(5 << 25)
	pid := arm920t.PID()
	arm920t.SetPID(0)
	if pid != 5<<25 {
		t.Errorf("PID() = %#x after SetPID(%#x)", pid, 5<<25)
	}
}

// runCode executes the instruction words in code as a function.
func runCode(code []uint32) {
	arm920t.SyncInstructions()
	fv := &struct{ pc uintptr }{uintptr(unsafe.Pointer(&code[0]))}
	fn := *(*func())(unsafe.Pointer(&fv))
	fn()
}

func TestRunCode(t *testing.T) {
	// mov r0, r0; mov pc, lr
	runCode([]uint32{0xe1a00000, 0xe1a0f00e})
}

func TestCrashUndefinedInstruction(t *testing.T) {
	guest.ExpectFault(`\*\*\* undefined instruction in SYS mode at pc 0x3[0-9a-f]{7}\n(?s:.*)lr 0x[0-9a-f]{8} github.com/mini2440-go/kernel/arch/arm920t_test.runCode .*arm920t_test.go:\d+`)
	// the permanently undefined encoding (bits 27-25 011, bit 4 set),
	// written as data so the image itself holds no undefined instruction
	runCode([]uint32{0xe7f000f0, 0xe1a0f00e})
	t.Fatal("survived an undefined instruction")
}

var nilPointer *uint32

func TestCrashNullPointer(t *testing.T) {
	guest.ExpectFault(`\*\*\* data abort in SYS mode at pc 0x3[0-9a-f]{7}\n\*\*\* FSR 0x[0-9a-f]{8} \(translation \(section\) fault, domain \d+\) FAR 0x00000000\n(?s:.*)pc 0x[0-9a-f]{8} github.com/mini2440-go/kernel/arch/arm920t_test.TestCrashNullPointer .*arm920t_test.go:\d+`)
	t.Log(*nilPointer)
	t.Fatal("survived a nil pointer dereference")
}

// A call into an unmapped region aborts the instruction fetch; the report
// names the caller through lr.
func TestCrashPrefetchAbort(t *testing.T) {
	guest.ExpectFault(`\*\*\* prefetch abort in SYS mode at pc 0x60000000\n\*\*\* instruction fetch from 0x60000000 aborted\n(?s:.*)lr 0x[0-9a-f]{8} github.com/mini2440-go/kernel/arch/arm920t_test.TestCrashPrefetchAbort .*arm920t_test.go:\d+`)
	fv := &struct{ pc uintptr }{0x60000000}
	fn := *(*func())(unsafe.Pointer(&fv))
	fn()
	t.Fatal("survived a call to an unmapped address")
}

func TestCrashUnmappedWrite(t *testing.T) {
	guest.ExpectFault(`\*\*\* data abort in SYS mode at pc 0x3[0-9a-f]{7}\n\*\*\* FSR 0x[0-9a-f]{8} \(translation \(section\) fault, domain \d+\) FAR 0x60000000\n(?s:.*)pc 0x[0-9a-f]{8} github.com/mini2440-go/kernel/arch/arm920t_test.TestCrashUnmappedWrite .*arm920t_test.go:\d+`)
	*(*uint32)(unsafe.Pointer(uintptr(0x60000000))) = 1
	t.Fatal("survived a write to an unmapped address")
}
