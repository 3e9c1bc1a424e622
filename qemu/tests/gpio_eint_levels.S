@ EINT0-7 without buttons: undriven pins read high, so a high-level
@ trigger fires as soon as the pin is an EINT input. Checks EINT0's direct
@ line to source 0 (held while the level lasts), EINT4 through EINTPEND and
@ EINTMASK to source 4, that a pin not configured as EINT stays quiet, and
@ GSTATUS1/GSTATUS2 after power-on. main returns 0 on success, else the
@ number of the failed check.

	.equ	GPIO, 0x56000000
	.equ	GPFCON, 0x50
	.equ	GPFDAT, 0x54
	.equ	EXTINT0, 0x88
	.equ	EINTMASK, 0xA4
	.equ	EINTPEND, 0xA8
	.equ	GSTATUS1, 0xB0
	.equ	GSTATUS2, 0xB4
	.equ	BIT_EINT0, 0x01
	.equ	BIT_EINT1, 0x02
	.equ	BIT_EINT4_7, 0x10

	@ Fail with \code unless SRCPND & \bit is (\set ? nonzero : zero).
	.macro	SRCPND_IS bit, set, code
	ldr	r0, [r10]
	tst	r0, #\bit
	.if	\set
	FAILEQ	\code
	.else
	FAILNE	\code
	.endif
	.endm
	.macro	CLEAR_SRCPND bit
	mov	r0, #\bit
	str	r0, [r10]
	.endm

	.include "common.inc"

	.global	main
main:
	stmfd	sp!, {r4-r11, lr}
	ldr	r9, =GPIO
	ldr	r10, =INTC

	ldr	r0, [r9, #GSTATUS1]
	ldr	r1, =0x32440001
	cmp	r0, r1
	FAILNE	1
	ldr	r0, [r9, #GSTATUS2]
	cmp	r0, #1			@ PWRST
	FAILNE	2
	mov	r0, #1
	str	r0, [r9, #GSTATUS2]
	ldr	r0, [r9, #GSTATUS2]
	cmp	r0, #0
	FAILNE	3

	@ High level for EINT0, EINT1 and EINT4, but only GPF0 and GPF4 are
	@ EINT pins; GPF1 stays an input.
	ldr	r0, =0x00010011
	str	r0, [r9, #EXTINT0]
	CLEAR_SRCPND BIT_EINT0 | BIT_EINT1 | BIT_EINT4_7
	ldr	r0, =0xFFFFF0
	str	r0, [r9, #EINTPEND]
	SRCPND_IS BIT_EINT0, 0, 4
	ldr	r0, [r9, #GPFDAT]
	and	r0, r0, #0x13
	cmp	r0, #0x13		@ undriven inputs read 1
	FAILNE	5
	ldr	r0, =0x202		@ GPF0, GPF4 = EINT
	str	r0, [r9, #GPFCON]

	@ EINT0: source 0 is held; clearing SRCPND does not stick.
	SRCPND_IS BIT_EINT0, 1, 6
	CLEAR_SRCPND BIT_EINT0
	SRCPND_IS BIT_EINT0, 1, 7
	SRCPND_IS BIT_EINT1, 0, 8

	@ EINT4: pending in EINTPEND, masked from source 4 until unmasked.
	ldr	r0, [r9, #EINTPEND]
	cmp	r0, #0x10
	FAILNE	9
	CLEAR_SRCPND BIT_EINT4_7
	SRCPND_IS BIT_EINT4_7, 0, 10
	ldr	r0, [r9, #EINTMASK]
	bic	r0, r0, #0x10
	str	r0, [r9, #EINTMASK]
	SRCPND_IS BIT_EINT4_7, 1, 11

	@ Low level: both fall quiet once their pending bits are cleared.
	mov	r0, #0
	str	r0, [r9, #EXTINT0]
	CLEAR_SRCPND BIT_EINT0
	SRCPND_IS BIT_EINT0, 0, 12
	mov	r0, #0x10
	str	r0, [r9, #EINTPEND]
	CLEAR_SRCPND BIT_EINT4_7
	ldr	r0, [r9, #EINTPEND]
	cmp	r0, #0
	FAILNE	13
	SRCPND_IS BIT_EINT4_7, 0, 14

	mov	r0, #0
exit:
	ldmfd	sp!, {r4-r11, pc}
	.ltorg
