// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "go_asm.h"
#include "textflag.h"

// arm920t_reset is the ARM920T part of the kernel entry; the board's
// cpuinit quiesces the SoC and branches here (a global symbol, as Go
// assembly cannot name a package whose path holds a '-').
//
// It trusts nothing a boot loader left behind: it masks IRQ and FIQ,
// cleans the data cache if it is on, then turns the MMU, caches and high
// vectors off; sets the banked stack of every exception mode in the
// reserved area below RamStart; clears BSS (a raw image carries none);
// and enters the Go runtime in System mode on the stack at
// RamStart+RamSize-RamStackOffset. It runs from an identity mapping (a
// boot loader that left the MMU on maps SDRAM flat).
TEXT arm920t_reset(SB),NOSPLIT|NOFRAME,$0
	WORD	$0xe321f0d3			// msr cpsr_c, #0xd3 (SVC, IRQ/FIQ masked)

	MRC	15, 0, R4, C1, C0, 0
	TST	$const_CTRL_C, R4
	B.EQ	cachesOff
	BL	·CleanInvalidateDCache(SB)	// uses R0-R3 only
cachesOff:
	MOVW	$0, R0
	MCR	15, 0, R0, C7, C5, 0		// invalidate I cache
	MCR	15, 0, R0, C8, C7, 0		// invalidate TLBs
	MOVW	$(const_CTRL_M|const_CTRL_C|const_CTRL_I|const_CTRL_V|const_CTRL_A), R1
	BIC	R1, R4, R4
	MCR	15, 0, R4, C1, C0, 0
	MOVW	R0, R0
	MOVW	R0, R0

	// exception mode stacks
	MOVW	runtime∕goos·RamStart(SB), R5
	SUB	$const_ReservedSize, R5
	WORD	$0xe321f0d1			// msr cpsr_c, #0xd1 (FIQ)
	ADD	$const_fiqStackTop, R5, R6
	MOVW	R6, R13
	WORD	$0xe321f0db			// msr cpsr_c, #0xdb (UND)
	ADD	$const_undStackTop, R5, R6
	MOVW	R6, R13
	WORD	$0xe321f0d7			// msr cpsr_c, #0xd7 (ABT)
	ADD	$const_abtStackTop, R5, R6
	MOVW	R6, R13
	WORD	$0xe321f0d2			// msr cpsr_c, #0xd2 (IRQ)
	ADD	$const_irqStackTop, R5, R6
	MOVW	R6, R13
	WORD	$0xe321f0d3			// msr cpsr_c, #0xd3 (SVC)
	ADD	$const_svcStackTop, R5, R6
	MOVW	R6, R13

	// clear .bss and .noptrbss
	MOVW	$runtime·bss(SB), R0
	MOVW	$runtime·enoptrbss(SB), R1
	MOVW	$0, R2
bss:
	CMP	R0, R1
	B.LS	bssDone
	MOVW.P	R2, 4(R0)
	B	bss
bssDone:

	// System mode, IRQ/FIQ still masked, Go's initial stack
	WORD	$0xe321f0df			// msr cpsr_c, #0xdf
	MOVW	runtime∕goos·RamStart(SB), R0
	MOVW	runtime∕goos·RamSize(SB), R1
	MOVW	runtime∕goos·RamStackOffset(SB), R2
	ADD	R1, R0
	SUB	R2, R0
	MOVW	R0, R13
	B	_rt0_tamago_start(SB)
