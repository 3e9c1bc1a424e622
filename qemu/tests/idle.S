@ Idle: CP15 wait-for-interrupt (c7, c0, 4) and CLKCON's IDLE bit must
@ stop the CPU until an interrupt is pending, even with IRQs masked in
@ the CPSR. Timer 4 (1 ms, one-shot, unmasked in INTMSK) is the wake-up:
@ right after waking it must already have expired. Were the CPU to run
@ on, it would see the timer still counting.
	.include "common.inc"

@ start_timer4: one-shot, 1013 ticks at 1.0125 MHz.
start_timer4:
	ldr	r1, =INTC
	mvn	r0, #0
	str	r0, [r1, #SRCPND]
	str	r0, [r1, #INTPND]
	ldr	r1, =TIMER
	ldr	r0, =1012
	str	r0, [r1, #TCNTB4]
	mov	r0, #(1 << 21)
	str	r0, [r1, #TCON]
	mov	r0, #(1 << 20)
	str	r0, [r1, #TCON]
	bx	lr

@ expired: r0 = 0 if timer 4 has fired and stopped, else 1.
expired:
	ldr	r1, =INTC
	ldr	r0, [r1, #SRCPND]
	tst	r0, #(1 << 14)
	moveq	r0, #1
	bxeq	lr
	ldr	r1, =TIMER
	ldr	r0, [r1, #TCNTO4]
	cmp	r0, #0
	movne	r0, #1
	bx	lr

main:
	stmfd	sp!, {r4, lr}
	ldr	r1, =TIMER
	mov	r0, #(24 << 8)
	str	r0, [r1, #TCFG0]
	mov	r0, #0
	str	r0, [r1, #TCFG1]
	ldr	r1, =INTC
	mvn	r0, #(1 << 14)
	str	r0, [r1, #INTMSK]

	bl	start_timer4
	bl	expired
	cmp	r0, #0
	moveq	r0, #1			@ fired before we even waited
	beq	out
	mov	r0, #0
	mcr	p15, 0, r0, c7, c0, 4	@ wait for interrupt
	bl	expired
	cmp	r0, #0
	movne	r0, #2
	bne	out

	bl	start_timer4
	ldr	r4, =CLKCON
	ldr	r0, [r4]
	orr	r0, r0, #4
	str	r0, [r4]		@ IDLE: stops at the end of this block
	b	1f
1:	ldr	r0, [r4]
	bic	r0, r0, #4
	str	r0, [r4]
	bl	expired
	cmp	r0, #0
	movne	r0, #3
	bne	out
	mov	r0, #0
out:
	ldmfd	sp!, {r4, pc}
	.ltorg
