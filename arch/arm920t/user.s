// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "go_asm.h"
#include "textflag.h"

// func runUser(c *Context)
//
// Called with IRQs masked, in System mode.
TEXT ·runUser(SB),NOSPLIT|NOFRAME,$0-4
	MOVW	c+0(FP), R0
	MOVM.DB.W	[R0-R12, R14], (R13)	// the kernel's registers
	MOVW	R13, ·kernelSP(SB)

	WORD	$0xe321f0d3			// msr cpsr_c, #0xd3 (SVC, IRQ/FIQ masked)
	MOVW	Context_CPSR(R0), R1
	WORD	$0xe169f001			// msr spsr_cf, r1
	MOVW	(Context_R+60)(R0), R14		// pc
	WORD	$0xe8d07fff			// ldmia r0, {r0-r14}^ (User bank)
	MOVW	R0, R0				// no banked access right after ldm^
	MOVW.S	R14, R15			// movs pc, lr: to User mode

// userExit completes the Context saved by USER_EXIT (vectors.s) and
// returns from runUser. In: R0 = userContext, R1 = vector, R14 = user pc,
// exception mode.
TEXT ·userExit(SB),NOSPLIT|NOFRAME,$0
	MOVW	R14, (Context_R+60)(R0)
	MOVW	R1, Context_Exception(R0)
	WORD	$0xe14f2000			// mrs r2, spsr
	MOVW	R2, Context_CPSR(R0)
	WORD	$0xe321f0df			// msr cpsr_c, #0xdf (System, IRQ/FIQ masked)
	MOVW	·kernelSP(SB), R0
	MOVW	R0, R13
	MOVM.IA.W	(R13), [R0-R12, R14]
	RET
