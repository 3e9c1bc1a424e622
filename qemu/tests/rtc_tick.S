@ RTC tick test, run with -icount shift=2 (one instruction = 4 ns of
@ virtual time). Counts iterations of a 4-instruction polling loop between
@ two INT_TICK (source 8) interrupts: TICNT n = 0 gives 128 Hz, i.e.
@ 7812500 ns = 488281.25 iterations; n = 3 gives 4 times that. main
@ returns 0 on success, else the number of the failed check.

	.equ	RTC, 0x57000000
	.equ	TICNT, 0x44
	.equ	BIT_TICK, 0x100

	.include "common.inc"

	.global	main
main:
	stmfd	sp!, {r4-r11, lr}
	ldr	r9, =RTC
	ldr	r10, =INTC
	mov	r1, #BIT_TICK

	mov	r0, #0x80		@ enable, n = 0
	strb	r0, [r9, #TICNT]
	bl	wait_tick
	bl	count_tick
	ldr	r2, =488281 - 50
	ldr	r3, =488282 + 50
	cmp	r4, r2
	movlo	r0, #1
	blo	exit
	cmp	r4, r3
	movhi	r0, #2
	bhi	exit

	mov	r0, #0x83		@ enable, n = 3
	strb	r0, [r9, #TICNT]
	bl	wait_tick
	bl	count_tick
	ldr	r2, =1953125 - 50
	ldr	r3, =1953125 + 50
	cmp	r4, r2
	movlo	r0, #3
	blo	exit
	cmp	r4, r3
	movhi	r0, #4
	bhi	exit

	@ Disabled: no tick within 40 ms (5 instructions per iteration), more
	@ than a period of n = 3.
	mov	r0, #0x03
	strb	r0, [r9, #TICNT]
	str	r1, [r10]
	ldr	r2, =2000000
1:	ldr	r0, [r10]
	tst	r0, r1
	movne	r0, #5
	bne	exit
	subs	r2, r2, #1
	bne	1b

	mov	r0, #0
exit:
	ldmfd	sp!, {r4-r11, pc}

@ Clear the tick's SRCPND bit and wait for it to be set again.
wait_tick:
	str	r1, [r10]
1:	ldr	r0, [r10]
	tst	r0, r1
	beq	1b
	bx	lr

@ Like wait_tick, counting loop iterations in r4.
count_tick:
	mov	r4, #0
	str	r1, [r10]
1:	add	r4, r4, #1
	ldr	r0, [r10]
	tst	r0, r1
	beq	1b
	bx	lr

	.ltorg
