// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Exception entry.
//
// Each vector runs in its exception mode on that mode's stack (set by the
// board's cpuinit) and first checks the mode it interrupted (FROM_USER):
// an exception from User mode ends Context.Run (USER_EXIT, user.s). In a
// privileged mode, IRQs return to the interrupted code after the handler;
// every other exception is a kernel bug and goes to fault, which saves the
// interrupted Context and reports it.

#include "go_asm.h"
#include "textflag.h"

// FAULT saves r0-r12 and the faulting pc (lr - LROFF) into faultContext
// and enters fault with the vector offset in R1. The exception mode's SP
// is used as the base register: the fault path never returns to it.
#define FAULT(VEC, LROFF)				\
	SUB	$LROFF, R14, R14			\
	MOVW	$·faultContext(SB), R13			\
	MOVM.IA	[R0-R12], (R13)				\
	MOVW	R14, 60(R13)				\
	MOVW	$VEC, R1				\
	B	fault<>(SB)

// FROM_USER branches to label if the exception interrupted User mode,
// leaving every register but the flags as it found them.
#define FROM_USER(label)				\
	MOVM.DB.W	[R0], (R13)			\
	WORD	$0xe14f0000	/* mrs r0, spsr */	\
	AND	$0x1f, R0				\
	CMP	$0x10, R0				\
	MOVM.IA.W	(R13), [R0]			\
	B.EQ	label

// USER_EXIT stores the User mode registers into userContext and returns
// from runUser with the vector offset in the Context; the user pc is
// lr - LROFF. The context pointer is loaded as a literal, not through R11,
// which still holds the user's r11, and the user's r0 waits on the mode's
// stack meanwhile.
#define USER_EXIT(VEC, LROFF)				\
	SUB	$LROFF, R14, R14			\
	MOVM.DB.W	[R0], (R13)			\
	MOVW	$·userContext(SB), R0			\
	MOVW	(R0), R0				\
	WORD	$0xe8c07fff	/* stmia r0, {r0-r14}^ */	\
	MOVM.IA.W	(R13), [R1]			\
	MOVW	R1, (R0)				\
	MOVW	$VEC, R1				\
	B	·userExit(SB)

TEXT ·resetVector(SB),NOSPLIT|NOFRAME,$0
	FAULT(const_RESET, 0)

TEXT ·undefinedVector(SB),NOSPLIT|NOFRAME,$0
	FROM_USER(user)
	FAULT(const_UNDEFINED, 4)
user:
	USER_EXIT(const_UNDEFINED, 4)

TEXT ·prefetchAbortVector(SB),NOSPLIT|NOFRAME,$0
	FROM_USER(user)
	FAULT(const_PREFETCH_ABORT, 4)
user:
	USER_EXIT(const_PREFETCH_ABORT, 4)

TEXT ·dataAbortVector(SB),NOSPLIT|NOFRAME,$0
	FROM_USER(user)
	FAULT(const_DATA_ABORT, 8)
user:
	USER_EXIT(const_DATA_ABORT, 8)

TEXT ·addressVector(SB),NOSPLIT|NOFRAME,$0
	FAULT(const_ADDRESS, 8)

TEXT ·fiqVector(SB),NOSPLIT|NOFRAME,$0
	FAULT(const_FIQ, 4)

// A SWI from User mode is a system call, for the goroutine in Run. A
// kernel-mode SWI is either a semihosting call (SWI 0x123456) that no
// debugger or emulator intercepted, which fails with r0 = -1, or a bug.
TEXT ·swiVector(SB),NOSPLIT|NOFRAME,$0
	FROM_USER(user)
	MOVM.DB.W	[R1-R2], (R13)
	MOVW	-4(R14), R1			// the SWI instruction
	BIC	$0xff000000, R1
	MOVW	$0x123456, R2
	CMP	R1, R2
	MOVM.IA.W	(R13), [R1-R2]
	B.NE	unexpected
	MOVW	$-1, R0
	MOVW.S	R14, R15			// movs pc, lr
unexpected:
	FAULT(const_SWI, 4)
user:
	USER_EXIT(const_SWI, 0)

// irqVector calls irqHandler in IRQ mode and returns to the interrupted
// code. Every register is saved: the handler is Go code, which may use
// any of r0-r12 (R11 is the linker's temporary) and R14. An IRQ in User
// mode only ends Run: the IRQ stays pending and is taken again, in kernel
// mode, when Run unmasks IRQs.
TEXT ·irqVector(SB),NOSPLIT|NOFRAME,$0
	FROM_USER(user)
	SUB	$4, R14, R14
	MOVM.DB.W	[R0-R12, R14], (R13)
	MOVW	·irqHandler(SB), R7		// closure context register
	CMP	$0, R7
	B.EQ	done
	MOVW	(R7), R0
	BL	(R0)
done:
	MOVM.IA.W	(R13), [R0-R12, R14]
	MOVW.S	R14, R15			// movs pc, lr
user:
	USER_EXIT(const_IRQ, 4)

// fault completes faultContext (banked sp and lr of the interrupted mode,
// CPSR) and calls faultEntry in System mode with IRQs and FIQs masked.
// In: R1 vector offset, R13 = &faultContext, exception mode.
TEXT fault<>(SB),NOSPLIT|NOFRAME,$0
	MOVW	R1, ·faultVector(SB)
	WORD	$0xe14f2000			// mrs r2, spsr
	MOVW	R2, 64(R13)
	// read sp and lr of the interrupted mode (System mode for User)
	AND	$0x1f, R2, R3
	CMP	$0x10, R3
	MOVW.EQ	$0x1f, R3
	ORR	$0xc0, R3, R3
	MOVW	R13, R0
	WORD	$0xe10f4000			// mrs r4, cpsr
	WORD	$0xe121f003			// msr cpsr_c, r3
	MOVW	R13, 52(R0)
	MOVW	R14, 56(R0)
	WORD	$0xe121f004			// msr cpsr_c, r4
	// report from System mode, on the interrupted Go stack
	WORD	$0xe321f0df			// msr cpsr_c, #0xdf
	BL	·faultEntry(SB)
	// not reached
	B	0(PC)

// func onG0(fn func())
TEXT ·onG0(SB),NOSPLIT|NOFRAME,$0-4
	B	runtime·CallOnG0(SB)
