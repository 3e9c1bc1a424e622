@ UART0 receive path: FIFO count (UFSTAT), trigger level and Rx timeout
@ sub-interrupts (SUBSRCPND RXD0 -> SRCPND INT_UART0), URXH data.
@ The host sends "abcdefghij" after READY and "xy" after MORE; the guest
@ echoes what it read as "got:...".
	.include "common.inc"

@ wait_rx(r0 = count): poll UFSTAT until the Rx count is r0; returns
@ r0 = 0 or 1 on timeout.
wait_rx:
	ldr	r1, =UART0
	ldr	r3, =0x10000000		@ about 17 s of virtual time
1:	ldr	r2, [r1, #UFSTAT]
	and	r2, r2, #0x7f
	cmp	r2, r0
	moveq	r0, #0
	bxeq	lr
	subs	r3, r3, #1
	bne	1b
	mov	r0, #1
	bx	lr

@ read_echo(r0 = count): read count bytes from URXH into buf and echo.
read_echo:
	stmfd	sp!, {r4-r6, lr}
	mov	r4, r0
	ldr	r5, =buf
	ldr	r6, =UART0
1:	ldrb	r0, [r6, #URXH]
	strb	r0, [r5], #1
	subs	r4, r4, #1
	bne	1b
	mov	r0, #0
	strb	r0, [r5]
	ldr	r0, =msg_got
	bl	puts
	ldr	r0, =buf
	bl	puts
	mov	r0, #'\n'
	bl	putc
	ldmfd	sp!, {r4-r6, pc}

main:
	stmfd	sp!, {r4-r6, lr}
	ldr	r4, =UART0
	ldr	r5, =INTC
	@ Rx trigger level 8, FIFOs on; Rx level interrupts, no timeout yet.
	mov	r0, #((1 << 4) | 1)
	str	r0, [r4, #UFCON]
	ldr	r0, =0x105
	str	r0, [r4, #UCON]
	ldr	r0, =0x7ffe		@ only RXD0 unmasked
	str	r0, [r5, #INTSUBMSK]
	mov	r0, #0x7f00
	orr	r0, r0, #0xff
	str	r0, [r5, #SUBSRCPND]
	mvn	r0, #0
	str	r0, [r5, #SRCPND]

	ldr	r0, =msg_ready
	bl	puts
	mov	r0, #10
	bl	wait_rx
	cmp	r0, #0
	movne	r0, #1
	bne	out
	@ 10 bytes >= trigger 8: RXD0 and its parent INT_UART0 pending.
	ldr	r0, [r5, #SUBSRCPND]
	tst	r0, #1
	moveq	r0, #2
	beq	out
	ldr	r0, [r5, #SRCPND]
	tst	r0, #(1 << 28)
	moveq	r0, #3
	beq	out
	mov	r0, #10
	bl	read_echo
	ldr	r0, [r4, #UTRSTAT]
	tst	r0, #1
	movne	r0, #4			@ data ready with an empty FIFO
	bne	out
	@ FIFO empty: the level is gone, clearing the pending bits sticks.
	mov	r0, #1
	str	r0, [r5, #SUBSRCPND]
	mov	r0, #(1 << 28)
	str	r0, [r5, #SRCPND]
	ldr	r0, [r5, #SUBSRCPND]
	tst	r0, #1
	movne	r0, #5
	bne	out

	@ Rx timeout: 2 bytes stay below the trigger until the timeout.
	ldr	r0, =0x185
	str	r0, [r4, #UCON]
	ldr	r0, =msg_more
	bl	puts
	mov	r0, #2
	bl	wait_rx
	cmp	r0, #0
	movne	r0, #6
	bne	out
	ldr	r0, [r5, #SUBSRCPND]
	tst	r0, #1
	movne	r0, #7			@ raised before the timeout
	bne	out
	ldr	r0, =100000		@ about 3 ms at 16 ns per instruction
	bl	delay
	ldr	r0, [r5, #SUBSRCPND]
	tst	r0, #1
	moveq	r0, #8			@ no timeout interrupt
	beq	out
	mov	r0, #2
	bl	read_echo
	mov	r0, #0
out:
	ldmfd	sp!, {r4-r6, pc}

msg_ready:	.asciz "READY\n"
msg_more:	.asciz "MORE\n"
msg_got:	.asciz "got:"
	.align 2
	.ltorg
	.bss
buf:	.space 80
