// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "go_asm.h"
#include "textflag.h"

// cpuinit is the kernel entry (runtime/goos.CPUInit jumps here), reached
// from reset, from QEMU's -kernel loader or from a boot loader. Its first
// act is to stop the watchdog, which runs out of reset; then it masks every
// interrupt source, whatever a boot loader enabled, and hands over to the
// ARM920T reset path.
TEXT cpuinit(SB),NOSPLIT|NOFRAME,$0
	WORD	$0xe321f0d3		// msr cpsr_c, #0xd3 (SVC, IRQ/FIQ masked)

	MOVW	$const_WTCON, R0
	MOVW	$0, R1
	MOVW	R1, (R0)

	MOVW	$const_INTMSK, R0
	MOVW	$0xffffffff, R1
	MOVW	R1, (R0)
	MOVW	$const_INTSUBMSK, R0
	MOVW	$0x7fff, R1
	MOVW	R1, (R0)
	MOVW	$const_EINTMASK, R0
	MOVW	$0x00fffff0, R1
	MOVW	R1, (R0)

	B	arm920t_reset(SB)
