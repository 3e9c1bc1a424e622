// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t

import (
	"runtime"
	"runtime/goos"
	"unsafe"
)

// FaultExitCode is the exit status of a kernel halted by a fault report.
const FaultExitCode = 70

var (
	// faultContext and faultVector are written by vectors.s.
	faultContext Context
	faultVector  uint32
	// faulting is set by the first fault: a fault while reporting
	// halts at once.
	faulting bool
)

// VectorName returns a readable name for an exception vector offset.
func VectorName(off uint32) string {
	switch off {
	case RESET:
		return "reset"
	case UNDEFINED:
		return "undefined instruction"
	case SWI:
		return "software interrupt"
	case PREFETCH_ABORT:
		return "prefetch abort"
	case DATA_ABORT:
		return "data abort"
	case ADDRESS:
		return "address exception"
	case IRQ:
		return "IRQ"
	case FIQ:
		return "FIQ"
	}
	return "unknown exception"
}

// faultStatusName decodes FSR[3:0] (ARM920T TRM table 3-9).
func faultStatusName(fsr uint32) string {
	switch fsr & 0xf {
	case 0x1, 0x3:
		return "alignment"
	case 0x5:
		return "translation (section)"
	case 0x7:
		return "translation (page)"
	case 0x9:
		return "domain (section)"
	case 0xb:
		return "domain (page)"
	case 0xd:
		return "permission (section)"
	case 0xf:
		return "permission (page)"
	case 0x8:
		return "external abort on non-linefetch (section)"
	case 0xa:
		return "external abort on non-linefetch (page)"
	case 0x4:
		return "external abort on linefetch (section)"
	case 0x6:
		return "external abort on linefetch (page)"
	case 0xc:
		return "external abort on translation (first level)"
	case 0xe:
		return "external abort on translation (second level)"
	}
	return "unknown"
}

// faultEntry is called by vectors.s in System mode, IRQs and FIQs masked,
// on the stack of the interrupted code.
//
//go:nosplit
func faultEntry() {
	if faulting {
		halt()
	}
	faulting = true
	onG0(reportFault)
}

// onG0 calls fn on the g0 stack (runtime.CallOnG0, which the runtime
// provides for exception handlers in assembly).
//
//go:nosplit
func onG0(fn func())

// halt ends the kernel after a fault: through goos.Exit when the board has
// set it (semihosting exit or watchdog reset), otherwise by waiting for
// interrupts forever with IRQs masked.
//
//go:nosplit
func halt() {
	if goos.Exit != nil {
		goos.Exit(FaultExitCode)
	}
	for {
		WaitForInterrupt()
	}
}

// reportFault prints faultContext, the fault status and address and the
// symbolized pc and lr, then halts. It runs on g0 with interrupts masked
// and allocates nothing.
func reportFault() {
	c := &faultContext
	mode := c.Mode()

	print("\n*** ", VectorName(faultVector), " in ", ModeName(mode), " mode at pc ", hex(c.R[15]), "\n")
	if faultVector == DATA_ABORT {
		fsr := FaultStatus()
		// one hex per print: they share hexBuf
		print("*** FSR ", hex(fsr), " (", faultStatusName(fsr), " fault, domain ", fsr>>4&0xf, ")")
		print(" FAR ", hex(FaultAddress()), "\n")
	}
	if faultVector == PREFETCH_ABORT {
		print("*** instruction fetch from ", hex(c.R[15]), " aborted\n")
	}
	for i := 0; i < 16; i += 4 {
		for j := i; j < i+4; j++ {
			print(regNames[j], " ", hex(c.R[j]), "  ")
		}
		print("\n")
	}
	print("cpsr ", hex(c.CPSR), "\n")
	printSymbol("pc", c.R[15])
	printSymbol("lr", c.R[14])
	halt()
}

var regNames = [16]string{
	" r0", " r1", " r2", " r3", " r4", " r5", " r6", " r7",
	" r8", " r9", "r10", "r11", "r12", " sp", " lr", " pc",
}

// printSymbol prints the function, file and line holding code address pc.
func printSymbol(name string, pc uint32) {
	print(name, " ", hex(pc), " ")
	f := runtime.FuncForPC(uintptr(pc))
	if f == nil {
		print("(no symbol)\n")
		return
	}
	file, line := f.FileLine(uintptr(pc))
	print(f.Name(), " ", file, ":", line, "\n")
}

// hexBuf backs the strings hex returns: only print consumes them, at once.
var hexBuf [10]byte

// hex formats v as 0x and eight hex digits without allocating.
func hex(v uint32) string {
	const digits = "0123456789abcdef"
	hexBuf[0], hexBuf[1] = '0', 'x'
	for i := 9; i >= 2; i-- {
		hexBuf[i] = digits[v&0xf]
		v >>= 4
	}
	return unsafe.String(&hexBuf[0], len(hexBuf))
}
