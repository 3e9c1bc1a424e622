/*
 * Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 *
 * A stand-in for a boot loader that leaves the machine as it pleases
 * before it jumps to the kernel: MMU on with a flat section map (SDRAM
 * cached and buffered), I and D caches, high vectors, alignment checking
 * and asynchronous clocking on; other clock dividers; timer 4 running with
 * its interrupt unmasked, UART0's receive sub-interrupt unmasked; and the
 * watchdog a millisecond from resetting the board. IRQs stay masked in the
 * CPSR, as a boot loader hands over. The kernel must undo all of it
 * (board/mini2440 cpuinit, arch/arm920t reset, the board's Hwinit).
 *
 * Linked at 0x33F00000; the kernel's entry point is the word at ENTRY,
 * which the test writes with QEMU's generic loader.
 */

	.syntax unified
	.arch armv4t
	.arm

	.equ ENTRY,       0x33f00ffc
	.equ TABLE,       0x33f04000	/* L1 table, 16 KiB aligned */
	.equ MACH_MINI2440, 1999

	.equ WTCON,       0x53000000
	.equ WTDAT,       0x53000004
	.equ WTCNT,       0x53000008
	.equ CLKDIVN,     0x4c000014
	.equ TIMER,       0x51000000
	.equ TCON,        0x08
	.equ TCNTB4,      0x3c
	.equ INTMSK,      0x4a000008
	.equ INTSUBMSK,   0x4a00001c

	.equ CTRL_M,  1 << 0
	.equ CTRL_A,  1 << 1
	.equ CTRL_C,  1 << 2
	.equ CTRL_I,  1 << 12
	.equ CTRL_V,  1 << 13
	.equ CTRL_NF, 1 << 30
	.equ CTRL_IA, 1 << 31

	.text
	.global _start
_start:
	msr	cpsr_c, #0xd3		/* SVC, IRQ and FIQ masked */

	/* HCLK = FCLK/2, PCLK = HCLK/2 */
	ldr	r0, =CLKDIVN
	mov	r1, #3
	str	r1, [r0]

	/* timer 4: auto-reload, manual update, then running */
	ldr	r0, =TIMER
	ldr	r1, =1000
	str	r1, [r0, #TCNTB4]
	mov	r1, #(1 << 22) | (1 << 21)
	str	r1, [r0, #TCON]
	mov	r1, #(1 << 22) | (1 << 20)
	str	r1, [r0, #TCON]

	/* INT_TIMER4 and INT_UART0 unmasked, sub-source RXD0 unmasked */
	ldr	r0, =INTMSK
	ldr	r1, =~((1 << 14) | (1 << 28))
	str	r1, [r0]
	ldr	r0, =INTSUBMSK
	ldr	r1, =0x7ffe
	str	r1, [r0]

	/* flat map: every 1 MiB section to itself, read/write, domain 0;
	   SDRAM (0x300-0x33F) cached and buffered */
	ldr	r0, =TABLE
	mov	r1, #0
1:	mov	r2, r1, lsl #20
	orr	r2, r2, #0xc00		/* AP = 11 */
	orr	r2, r2, #0x12		/* section (bit 4 set, as the ARM920T wants) */
	cmp	r1, #0x300
	blo	2f
	cmp	r1, #0x340
	orrlo	r2, r2, #0xc		/* C and B */
2:	str	r2, [r0, r1, lsl #2]
	add	r1, r1, #1
	cmp	r1, #0x1000
	bne	1b

	mcr	p15, 0, r0, c2, c0, 0	/* TTB */
	mvn	r1, #0
	mcr	p15, 0, r1, c3, c0, 0	/* every domain: manager */
	mov	r1, #0
	mcr	p15, 0, r1, c8, c7, 0	/* invalidate TLBs */
	mrc	p15, 0, r1, c1, c0, 0
	ldr	r2, =CTRL_M | CTRL_A | CTRL_C | CTRL_I | CTRL_V | CTRL_NF | CTRL_IA
	orr	r1, r1, r2
	mcr	p15, 0, r1, c1, c0, 0
	nop
	nop

	/* watchdog last: reset in 0x2000 * 16 PCLK cycles unless stopped */
	ldr	r0, =WTDAT
	ldr	r1, =0x2000
	str	r1, [r0]
	ldr	r0, =WTCNT
	str	r1, [r0]
	ldr	r0, =WTCON
	mov	r1, #0x21		/* enable, reset, prescaler 0, 1/16 */
	str	r1, [r0]

	ldr	r3, =ENTRY
	ldr	r3, [r3]
	mov	r0, #0
	ldr	r1, =MACH_MINI2440
	mov	r2, #0
	bx	r3

	.ltorg
