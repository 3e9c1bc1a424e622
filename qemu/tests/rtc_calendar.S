@ RTC test: BCD calendar writes and readback, year rollover, alarm
@ interrupt (INT_RTC, source 30). main returns 0 on success,
@ else the number of the failed check.

	.equ	RTC, 0x57000000
	.equ	RTCCON, 0x40
	.equ	RTCALM, 0x50
	.equ	ALMSEC, 0x54
	.equ	BCDSEC, 0x70
	.equ	BCDMIN, 0x74
	.equ	BCDHOUR, 0x78
	.equ	BCDDATE, 0x7C
	.equ	BCDDAY, 0x80
	.equ	BCDMON, 0x84
	.equ	BCDYEAR, 0x88
	.equ	BIT_RTC, 0x40000000

	@ Compare the byte register at \off with \val.
	.macro	EXPECT off, val, code
	ldrb	r0, [r9, #\off]
	cmp	r0, #\val
	FAILNE	\code
	.endm
	.macro	SETB off, val
	mov	r0, #\val
	strb	r0, [r9, #\off]
	.endm

	.include "common.inc"

	.global	main
main:
	stmfd	sp!, {r4-r11, lr}
	ldr	r9, =RTC
	ldr	r10, =INTC

	@ Thursday 2026-12-03 13:59:30.
	SETB	RTCCON, 1
	SETB	BCDYEAR, 0x26
	SETB	BCDMON, 0x12
	SETB	BCDDATE, 0x03
	SETB	BCDHOUR, 0x13
	SETB	BCDMIN, 0x59
	SETB	BCDSEC, 0x30
	SETB	RTCCON, 0
	EXPECT	BCDYEAR, 0x26, 1
	EXPECT	BCDMON, 0x12, 2
	EXPECT	BCDDATE, 0x03, 3
	EXPECT	BCDHOUR, 0x13, 4
	EXPECT	BCDMIN, 0x59, 5
	EXPECT	BCDDAY, 5, 6		@ 1 = Sunday
	ldrb	r0, [r9, #BCDSEC]
	cmp	r0, #0x30		@ or 0x31 if a second boundary passed
	cmpne	r0, #0x31
	FAILNE	7
	@ With RTCEN clear the calendar ignores writes.
	SETB	BCDMIN, 0x10
	EXPECT	BCDMIN, 0x59, 8

	@ Alarm at second 32 (SECEN | ALMEN).
	SETB	ALMSEC, 0x32
	SETB	RTCALM, 0x41
	ldr	r0, =BIT_RTC
	str	r0, [r10]
	ldr	r2, =0x80000000		@ poll budget, far beyond 2 s
1:	ldr	r0, [r10]
	tst	r0, #BIT_RTC
	bne	2f
	subs	r2, r2, #1
	bne	1b
	mov	r0, #9
	b	exit
2:	ldrb	r0, [r9, #BCDSEC]
	cmp	r0, #0x32
	cmpne	r0, #0x33
	FAILNE	10
	SETB	RTCALM, 0

	@ 2026-12-31 23:59:59 rolls over to 2027-01-01 00:00:00.
	SETB	RTCCON, 1
	SETB	BCDYEAR, 0x26
	SETB	BCDMON, 0x12
	SETB	BCDDATE, 0x31
	SETB	BCDHOUR, 0x23
	SETB	BCDMIN, 0x59
	SETB	BCDSEC, 0x59
	SETB	RTCCON, 0
3:	ldrb	r0, [r9, #BCDSEC]
	cmp	r0, #0x59
	beq	3b
	EXPECT	BCDYEAR, 0x27, 11
	EXPECT	BCDMON, 0x01, 12
	EXPECT	BCDDATE, 0x01, 13
	EXPECT	BCDHOUR, 0x00, 14
	EXPECT	BCDMIN, 0x00, 15
	EXPECT	BCDDAY, 6, 16		@ a Friday

	mov	r0, #0
exit:
	ldmfd	sp!, {r4-r11, pc}

	.ltorg
