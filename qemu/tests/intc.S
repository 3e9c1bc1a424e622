@ Interrupt controller: SRCPND latching with INTMSK, the PRIORITY arbiter
@ (fixed order, ARB_SEL, ARB_MODE rotation, ARBITER6 between groups),
@ INTPND/INTOFFSET, sub-sources with INTSUBMSK feeding their parent, and
@ FIQ through INTMOD. Sources: the PWM timers (one-shot, short counts)
@ and UART1's level-mode transmit sub-interrupt (always requesting while
@ transmit is enabled). Each check has its own failure code.
	.include "common.inc"

	.equ UART1,	0x50004000
	.equ T_ALL,	(0x1f << 10)

@ expect(r0 = register offset in INTC, r1 = value, r2 = failure code):
@ returns only if the register holds the value.
	.macro expect reg, value, code
	ldr	r0, [r5, #\reg]
	ldr	r1, =\value
	cmp	r0, r1
	movne	r0, #\code
	bne	out
	.endm

	.macro wr reg, value
	ldr	r0, =\value
	str	r0, [r5, #\reg]
	.endm

@ fire(r0 = TCON start bits): run the selected timers once from TCNTB = 10
@ and wait until they have expired.
fire:
	ldr	r1, =TIMER
	mov	r2, r0, lsl #1		@ manual update bits sit above start
	str	r2, [r1, #TCON]
	str	r0, [r1, #TCON]
	mov	r0, #1000
	b	delay

fiq_handler:
	ldr	r8, =INTC
	ldr	r9, [r8, #INTPND]
	cmp	r9, #0
	movne	r0, #0x51		@ FIQ sources must bypass INTPND
	bne	fail_exit
	mov	r9, #(1 << 14)
	str	r9, [r8, #SRCPND]
	ldr	r8, =fiq_count
	ldr	r9, [r8]
	add	r9, r9, #1
	str	r9, [r8]
	subs	pc, lr, #4

main:
	stmfd	sp!, {r4-r6, lr}
	ldr	r5, =INTC
	ldr	r4, =TIMER
	mov	r0, #0
	str	r0, [r4, #TCFG0]
	str	r0, [r4, #TCFG1]
	mov	r0, #10
	mov	r1, #0
1:	add	r2, r4, r1
	str	r0, [r2, #TCNTB0]
	add	r1, r1, #12
	cmp	r1, #60
	bne	1b

	expect	PRIORITY, 0x7f, 1
	expect	INTMSK, 0xffffffff, 2
	expect	INTSUBMSK, 0x7fff, 3

	@ Masked sources latch in SRCPND but never reach INTPND.
	ldr	r0, =0x111101		@ start timers 0-4
	bl	fire
	expect	SRCPND, T_ALL, 4
	expect	INTPND, 0, 5

	@ Unmask timers 2 and 4 (ARBITER2 REQ2, REQ4): REQ2 first; with
	@ ARB_MODE set, ARB_SEL2 and ARB_SEL6 rotate to 2.
	wr	INTMSK, ~((1 << 12) | (1 << 14))
	expect	INTPND, (1 << 12), 6
	expect	INTOFFSET, 12, 7
	expect	PRIORITY, 0x7f | (2 << 11) | (2 << 19), 8
	wr	SRCPND, (1 << 12)
	wr	INTPND, (1 << 12)
	expect	INTPND, (1 << 14), 9
	expect	INTOFFSET, 14, 10
	expect	PRIORITY, 0x7f | (0 << 11) | (2 << 19), 11
	wr	SRCPND, (1 << 14)
	wr	INTPND, (1 << 14)
	expect	INTPND, 0, 12
	expect	INTOFFSET, 0, 13

	@ Fixed priorities with ARB_SEL2 = 2 (REQ0, 3, 4, 1, 2, 5): timer 3
	@ (REQ3) beats timer 1 (REQ1); no rotation with ARB_MODE clear.
	wr	PRIORITY, (2 << 11)
	wr	INTMSK, ~((1 << 11) | (1 << 13))
	expect	INTPND, (1 << 13), 14
	expect	PRIORITY, (2 << 11), 15
	wr	SRCPND, (1 << 13)
	wr	INTPND, (1 << 13)
	expect	INTPND, (1 << 11), 16
	wr	SRCPND, (1 << 11)
	wr	INTPND, (1 << 11)
	wr	INTMSK, 0xffffffff
	wr	SRCPND, 0xffffffff

	@ Sub-sources: UART1 transmit in level mode keeps TXD1 pending.
	ldr	r6, =UART1
	ldr	r0, =0x205
	str	r0, [r6, #UCON]
	wr	SUBSRCPND, 0x7fff
	expect	SUBSRCPND, (1 << 4), 17	@ re-latched: the level is high
	expect	SRCPND, 0, 18		@ masked by INTSUBMSK: no parent
	wr	INTSUBMSK, 0x7fff & ~(1 << 4)
	expect	SRCPND, (1 << 23), 19
	wr	SRCPND, (1 << 23)
	expect	SRCPND, (1 << 23), 20	@ still requested by the sub-source
	expect	INTPND, 0, 21		@ INT_UART1 masked in INTMSK

	@ ARBITER6: timer 0 (ARBITER2) against UART1 (ARBITER4).
	mov	r0, #1
	bl	fire
	wr	PRIORITY, 0		@ ARB_SEL6 = 0: ARBITER2 first
	wr	INTMSK, ~((1 << 10) | (1 << 23))
	expect	INTPND, (1 << 10), 22
	wr	INTMSK, 0xffffffff	@ mask first: timer 0 is still pending
	wr	INTPND, (1 << 10)
	expect	INTPND, 0, 29
	wr	PRIORITY, (3 << 19)	@ ARB_SEL6 = 3 (0, 4, 1, 2, 3, 5)
	wr	INTMSK, ~((1 << 10) | (1 << 23))
	expect	INTPND, (1 << 23), 23
	expect	INTOFFSET, 23, 24
	wr	INTMSK, 0xffffffff
	wr	INTPND, (1 << 23)

	@ Transmit disabled: the level drops and the bits clear for good.
	mov	r0, #0
	str	r0, [r6, #UCON]
	wr	SUBSRCPND, (1 << 4)
	wr	SRCPND, 0xffffffff
	wr	INTPND, 0xffffffff
	expect	SUBSRCPND, 0, 25
	expect	SRCPND, 0, 26
	wr	INTSUBMSK, 0x7fff

	@ FIQ: timer 4 in FIQ mode; the IRQ vector stays "unexpected".
	mov	r0, #7
	ldr	r1, =fiq_handler
	bl	set_vector
	wr	PRIORITY, 0x7f
	wr	INTMOD, (1 << 14)
	wr	INTMSK, ~(1 << 14)
	msr	cpsr_c, #(MODE_SVC)
	mov	r0, #0x100000
	bl	fire
	msr	cpsr_c, #(MODE_SVC | PSR_I | PSR_F)
	ldr	r0, =fiq_count
	ldr	r0, [r0]
	cmp	r0, #1
	movne	r0, #27
	bne	out
	expect	INTPND, 0, 28
	mov	r0, #0
out:
	ldmfd	sp!, {r4-r6, pc}
	.ltorg
	.bss
fiq_count:	.word 0
