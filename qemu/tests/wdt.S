@ Watchdog: first boot arms a short watchdog reset and spins; after the
@ board resets, a marker left in SDRAM (outside the program image, so
@ the reset's reload of the ELF does not touch it) shows this is the
@ second boot, which then checks the interrupt mode (WDT sub-source
@ feeding INT_WDT_AC97) and passes. The host also checks QMP's RESET.
	.include "common.inc"

	.equ MARKER,	0x33000000
	.equ MAGIC,	0x5a5aa5a5
	.equ WTDAT,	0x53000004
	.equ WTCNT,	0x53000008

main:
	stmfd	sp!, {r4, r5, lr}
	ldr	r4, =MARKER
	ldr	r5, =MAGIC
	ldr	r0, [r4]
	cmp	r0, r5
	beq	second_boot

	str	r5, [r4]
	ldr	r0, =msg_armed
	bl	puts
	ldr	r1, =WTDAT
	mov	r0, #100
	str	r0, [r1]
	ldr	r1, =WTCNT
	str	r0, [r1]
	ldr	r1, =WTCON
	mov	r0, #0x21		@ prescaler 0, enable, 1/16, reset
	str	r0, [r1]
	ldr	r0, =1000000		@ 32 us expected, give up after ~30 ms
	bl	delay
	mov	r0, #1			@ still running: no reset happened
	b	out

second_boot:
	mov	r0, #0
	str	r0, [r4]
	ldr	r0, =msg_restarted
	bl	puts
	ldr	r1, =WTCON
	ldr	r0, [r1]
	cmp	r0, #0
	movne	r0, #2
	bne	out
	ldr	r4, =INTC
	ldr	r0, =(0x7fff & ~(1 << 13))
	str	r0, [r4, #INTSUBMSK]
	ldr	r1, =WTCNT
	mov	r0, #100
	str	r0, [r1]
	ldr	r1, =WTCON
	mov	r0, #0x24		@ enable, 1/16, interrupt, no reset
	str	r0, [r1]
	ldr	r0, =10000
	bl	delay
	ldr	r1, =WTCON
	mov	r0, #0
	str	r0, [r1]
	ldr	r0, [r4, #SUBSRCPND]
	tst	r0, #(1 << 13)
	moveq	r0, #3
	beq	out
	ldr	r0, [r4, #SRCPND]
	tst	r0, #(1 << 9)
	moveq	r0, #4
	beq	out
	mov	r0, #0
out:
	ldmfd	sp!, {r4, r5, pc}

msg_armed:	.asciz "ARMED\n"
msg_restarted:	.asciz "RESTARTED\n"
	.align 2
	.ltorg
