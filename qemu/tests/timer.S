@ Timer 4 interrupt rate against the instruction count. Under -icount
@ shift=4 every instruction takes 16 ns of virtual time, so a loop of
@ 31,250,000 two-instruction iterations lasts one virtual second (plus the
@ interrupt handlers, about 0.03%). Timer 4 runs at PCLK / 25 / 2 with
@ TCNTB4 = 1012 (period 1013 ticks): 999.5 Hz at PCLK 50.625 MHz, then
@ 1999.0 Hz after CLKDIVN switches PCLK to HCLK (101.25 MHz). Each count
@ must be within 1% and is printed.
	.include "common.inc"

irq_handler:
	stmfd	sp!, {r0-r2}
	ldr	r0, =INTC
	ldr	r1, [r0, #INTOFFSET]
	cmp	r1, #14
	bne	bad_irq
	ldr	r1, =ticks
	ldr	r2, [r1]
	add	r2, r2, #1
	str	r2, [r1]
	mov	r1, #(1 << 14)
	str	r1, [r0, #SRCPND]
	str	r1, [r0, #INTPND]
	ldmfd	sp!, {r0-r2}
	subs	pc, lr, #4
bad_irq:
	mov	r0, #0x99
	b	fail_exit

@ count_second: r0 = timer 4 interrupts during one virtual second.
count_second:
	ldr	r1, =ticks
	mov	r0, #0
	str	r0, [r1]
	ldr	r0, =31250000
1:	subs	r0, r0, #1
	bne	1b
	ldr	r0, [r1]
	bx	lr

@ check(r0 = count, r1 = min, r2 = max, r3 = failure code): print count,
@ return r0 = 0 if min <= count <= max, else r3.
check:
	stmfd	sp!, {r4-r7, lr}
	mov	r4, r0
	mov	r5, r1
	mov	r6, r2
	mov	r7, r3
	ldr	r0, =msg_rate
	bl	puts
	mov	r0, r4
	bl	putdec
	ldr	r0, =msg_hz
	bl	puts
	mov	r0, #0
	cmp	r4, r5
	movlo	r0, r7
	cmp	r4, r6
	movhi	r0, r7
	ldmfd	sp!, {r4-r7, pc}

main:
	stmfd	sp!, {r4, lr}
	mov	r0, #6
	ldr	r1, =irq_handler
	bl	set_vector
	ldr	r4, =TIMER
	mov	r0, #(24 << 8)		@ prescaler 1 = 24
	str	r0, [r4, #TCFG0]
	mov	r0, #0			@ timer 4: 1/2
	str	r0, [r4, #TCFG1]
	ldr	r0, =1012
	str	r0, [r4, #TCNTB4]
	mov	r0, #(1 << 22) | (1 << 21)	@ auto-reload + manual update
	str	r0, [r4, #TCON]
	mov	r0, #(1 << 22) | (1 << 20)	@ auto-reload + start
	str	r0, [r4, #TCON]
	ldr	r1, =INTC
	mvn	r0, #0
	str	r0, [r1, #SRCPND]
	str	r0, [r1, #INTPND]
	mvn	r0, #(1 << 14)
	str	r0, [r1, #INTMSK]
	msr	cpsr_c, #(MODE_SVC | PSR_F)

	bl	count_second
	ldr	r1, =990
	ldr	r2, =1009
	mov	r3, #1
	bl	check
	cmp	r0, #0
	bne	out

	@ PCLK = HCLK: CLKDIVN HDIVN = 2 (FCLK/4), PDIVN = 0.
	ldr	r0, =CLKDIVN
	mov	r1, #4
	str	r1, [r0]
	bl	count_second
	ldr	r1, =1979
	ldr	r2, =2019
	mov	r3, #2
	bl	check
out:
	msr	cpsr_c, #(MODE_SVC | PSR_I | PSR_F)
	ldmfd	sp!, {r4, pc}

msg_rate:	.asciz "timer4: "
msg_hz:		.asciz " interrupts per virtual second\n"
	.align 2
	.ltorg
	.bss
ticks:	.word 0
