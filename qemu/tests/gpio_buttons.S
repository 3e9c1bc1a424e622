@ GPIO/EINT test for the mini2440 board (run by slow_peripherals_test.go).
@
@ The guest shows its progress on the LEDs (GPB5..8, active low) and the
@ host answers through the button properties of /machine/gpio:
@   LED1+LED3 on: waiting for K1 (GPG0, EINT8, both edges) to be pressed
@   LED2+LED4 on: K1 press seen; waiting for its release
@   LED1+LED2 on: waiting for K6 (GPG11, EINT19, low level) to be pressed
@   LED3+LED4 on: K6 level interrupt seen; waiting for its release
@ main returns 0 on success, else the number of the failed check.

	.equ	GPIO, 0x56000000
	.equ	GPBCON, 0x10
	.equ	GPBDAT, 0x14
	.equ	GPGCON, 0x60
	.equ	GPGDAT, 0x64
	.equ	EXTINT1, 0x8C
	.equ	EXTINT2, 0x90
	.equ	EINTMASK, 0xA4
	.equ	EINTPEND, 0xA8
	.equ	GSTATUS1, 0xB0
	.equ	BIT_EINT8_23, 0x20	@ source 5

	@ Exit with status \code when the condition holds.

	.include "common.inc"

	.global	main
main:
	stmfd	sp!, {r4-r11, lr}
	ldr	r9, =GPIO
	ldr	r10, =INTC

	ldr	r0, [r9, #GSTATUS1]
	ldr	r1, =0x32440001
	cmp	r0, r1
	movne	r0, #1
	bne	exit

	@ LEDs: GPB5..8 outputs; LED1 and LED3 on.
	ldr	r0, =0x15400
	str	r0, [r9, #GPBCON]
	mov	r0, #0x140
	str	r0, [r9, #GPBDAT]

	@ K1 = GPG0 as EINT8, both edges; K6 = GPG11 as EINT19, low level.
	ldr	r0, [r9, #GPGCON]
	bic	r0, r0, #0x3
	orr	r0, r0, #0x2
	bic	r0, r0, #0xC00000
	orr	r0, r0, #0x800000
	str	r0, [r9, #GPGCON]
	ldr	r0, [r9, #EXTINT1]
	bic	r0, r0, #0x7
	orr	r0, r0, #0x6
	str	r0, [r9, #EXTINT1]
	ldr	r0, [r9, #EXTINT2]
	bic	r0, r0, #0x7000
	str	r0, [r9, #EXTINT2]
	ldr	r0, =0xFFFFF0
	str	r0, [r9, #EINTPEND]
	mov	r0, #BIT_EINT8_23
	str	r0, [r10]
	ldr	r0, [r9, #EINTMASK]
	bic	r0, r0, #0x100
	bic	r0, r0, #0x80000
	str	r0, [r9, #EINTMASK]

	@ Released buttons read 1 and raise nothing.
	ldr	r0, [r9, #GPGDAT]
	tst	r0, #1
	FAILEQ	2
	ldr	r0, [r9, #EINTPEND]
	cmp	r0, #0
	FAILNE	3

	@ K1 press: EINTPEND bit 8 only, EINT8_23 in SRCPND, pin reads 0.
1:	ldr	r0, [r9, #EINTPEND]
	tst	r0, #0x100
	beq	1b
	cmp	r0, #0x100
	FAILNE	4
	ldr	r0, [r10]
	tst	r0, #BIT_EINT8_23
	FAILEQ	5
	ldr	r0, [r9, #GPGDAT]
	tst	r0, #1
	FAILNE	6
	@ An edge does not re-latch once cleared.
	mov	r0, #0x100
	str	r0, [r9, #EINTPEND]
	mov	r0, #BIT_EINT8_23
	str	r0, [r10]
	ldr	r0, [r9, #EINTPEND]
	cmp	r0, #0
	FAILNE	7
	ldr	r0, [r10]
	tst	r0, #BIT_EINT8_23
	FAILNE	8
	mov	r0, #0xA0		@ LED2 and LED4 on
	str	r0, [r9, #GPBDAT]

	@ K1 release: the rising edge interrupts too.
2:	ldr	r0, [r9, #EINTPEND]
	tst	r0, #0x100
	beq	2b
	ldr	r0, [r10]
	tst	r0, #BIT_EINT8_23
	FAILEQ	9
	ldr	r0, [r9, #GPGDAT]
	tst	r0, #1
	FAILEQ	10
	mov	r0, #0x100
	str	r0, [r9, #EINTPEND]
	mov	r0, #BIT_EINT8_23
	str	r0, [r10]
	mov	r0, #0x180		@ LED1 and LED2 on
	str	r0, [r9, #GPBDAT]

	@ K6 press: low level keeps EINTPEND bit 19 set while held.
3:	ldr	r0, [r9, #EINTPEND]
	tst	r0, #0x80000
	beq	3b
	ldr	r0, [r10]
	tst	r0, #BIT_EINT8_23
	FAILEQ	11
	mov	r0, #0x80000
	str	r0, [r9, #EINTPEND]
	ldr	r0, [r9, #EINTPEND]
	tst	r0, #0x80000
	FAILEQ	12
	@ Masked: EINTPEND still records it, SRCPND stays clear.
	ldr	r0, [r9, #EINTMASK]
	orr	r0, r0, #0x80000
	str	r0, [r9, #EINTMASK]
	mov	r0, #BIT_EINT8_23
	str	r0, [r10]
	ldr	r0, [r10]
	tst	r0, #BIT_EINT8_23
	FAILNE	13
	ldr	r0, [r9, #EINTMASK]
	bic	r0, r0, #0x80000
	str	r0, [r9, #EINTMASK]
	mov	r0, #0x060		@ LED3 and LED4 on
	str	r0, [r9, #GPBDAT]

	@ K6 release: once the pin is high, clearing EINTPEND sticks.
4:	ldr	r0, [r9, #GPGDAT]
	tst	r0, #0x800
	beq	4b
	mov	r0, #0x80000
	str	r0, [r9, #EINTPEND]
	ldr	r0, [r9, #EINTPEND]
	cmp	r0, #0
	FAILNE	14

	mov	r0, #0x1E0		@ all LEDs off
	str	r0, [r9, #GPBDAT]
	mov	r0, #0
exit:
	ldmfd	sp!, {r4-r11, pc}

	.ltorg
