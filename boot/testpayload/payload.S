/*
 * Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 *
 * A stand-in kernel for testing the NAND loader on QEMU before (and
 * independently of) the real kernel. Linked at the kernel's load address
 * (0x30010000), it is started
 * by the loader with r0 = 0, r1 = machine number, r2 = user-program header
 * or 0. It prints what it was given on UART0 (already set up by the
 * loader), checks the user program's first word when there is one, and
 * ends QEMU through ARM semihosting SYS_EXIT: status 0 when r0 and r1 are
 * as the loader documents, 1 otherwise.
 */

	.syntax unified
	.arch armv4t
	.arm

	.equ UART0_BASE,  0x50000000
	.equ UTRSTAT,     0x10
	.equ UTXH,        0x20
	.equ SYS_EXIT,    0x18
	.equ ADP_Stopped_ApplicationExit, 0x20026
	.equ ADP_Stopped_InternalError,   0x20024

	.text
	.global _start
_start:
	mov	r4, r0
	mov	r5, r1
	mov	r6, r2
	ldr	r0, =msg_hello
	bl	puts
	cmp	r6, #0
	ldreq	r0, =msg_no_user
	ldrne	r0, =msg_user
	bl	puts
	cmp	r6, #0
	beq	1f
	ldr	r0, [r6, #12]		/* user program's load address */
	ldr	r0, [r0]		/* its first word */
	bl	puthex
	ldr	r0, =msg_crlf
	bl	puts
1:	cmp	r4, #0
	ldreq	r0, =1999
	cmpeq	r5, r0
	ldr	r1, =ADP_Stopped_ApplicationExit
	ldrne	r1, =ADP_Stopped_InternalError
	ldreq	r0, =msg_ok
	ldrne	r0, =msg_bad_regs
	mov	r7, r1
	bl	puts
	ldr	r2, =UART0_BASE
2:	ldr	r0, [r2, #UTRSTAT]
	tst	r0, #4
	beq	2b
	mov	r1, r7
	mov	r0, #SYS_EXIT
	svc	0x123456
3:	b	3b

puts:
	ldr	r2, =UART0_BASE
1:	ldrb	r1, [r0], #1
	cmp	r1, #0
	bxeq	lr
2:	ldr	r3, [r2, #UTRSTAT]
	tst	r3, #2
	beq	2b
	strb	r1, [r2, #UTXH]
	b	1b

/* puthex: r0 = value, eight hex digits. */
puthex:
	ldr	r2, =UART0_BASE
	mov	r12, #28
1:	mov	r1, r0, lsr r12
	and	r1, r1, #15
	cmp	r1, #10
	addlo	r1, r1, #'0'
	addhs	r1, r1, #'a' - 10
2:	ldr	r3, [r2, #UTRSTAT]
	tst	r3, #2
	beq	2b
	strb	r1, [r2, #UTXH]
	subs	r12, r12, #4
	bpl	1b
	bx	lr

	.ltorg
msg_hello:	.asciz	"payload: started by the NAND loader\r\n"
msg_no_user:	.asciz	"payload: no user program\r\n"
msg_user:	.asciz	"payload: user program first word "
msg_ok:		.asciz	"payload: registers as documented, exiting\r\n"
msg_bad_regs:	.asciz	"payload: r0/r1 not as documented\r\n"
msg_crlf:	.asciz	"\r\n"
