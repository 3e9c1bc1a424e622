// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "textflag.h"

// func CPSR() uint32
TEXT ·CPSR(SB),NOSPLIT,$0-4
	WORD	$0xe10f0000	// mrs r0, cpsr
	MOVW	R0, ret+0(FP)
	RET

// func DisableInterrupts() (cpsr uint32)
TEXT ·DisableInterrupts(SB),NOSPLIT,$0-4
	WORD	$0xe10f0000	// mrs r0, cpsr
	ORR	$0x80, R0, R1
	WORD	$0xe121f001	// msr cpsr_c, r1
	MOVW	R0, cpsr+0(FP)
	RET

// func RestoreInterrupts(cpsr uint32)
TEXT ·RestoreInterrupts(SB),NOSPLIT,$0-4
	MOVW	cpsr+0(FP), R0
	WORD	$0xe121f000	// msr cpsr_c, r0
	RET

// func EnableInterrupts()
TEXT ·EnableInterrupts(SB),NOSPLIT,$0-0
	WORD	$0xe10f0000	// mrs r0, cpsr
	BIC	$0x80, R0, R0
	WORD	$0xe121f000	// msr cpsr_c, r0
	RET

// func WaitForInterrupt()
TEXT ·WaitForInterrupt(SB),NOSPLIT,$0-0
	MOVW	$0, R0
	MCR	15, 0, R0, C7, C0, 4	// wait for interrupt
	RET

// func Semihosting(op uint32, arg uint32) uint32
TEXT ·Semihosting(SB),NOSPLIT,$0-12
	MOVW	op+0(FP), R0
	MOVW	arg+4(FP), R1
	WORD	$0xef123456	// swi 0x123456
	MOVW	R0, ret+8(FP)
	RET
