@ NAND controller and chip test (no drive: a 128 MiB chip that starts
@ erased). Covers READ ID, erase, program and read back, the hardware ECC
@ against values computed by the Go reference in slow_peripherals_test.go
@ (which reads the .equ lines below), ECC error detection, program-only-
@ clears-bits, soft lock and the RnB interrupt. main returns 0 on
@ success, else the number of the failed check.

	.equ	BIT_NFCON, 0x01000000

	@ NFCONT values: MODE=1, nCE low, ECC generators locked / main open
	@ (with InitECC) / spare open (with InitECC).
	.equ	CONT_LOCKED, 0x61
	.equ	CONT_MAIN, 0x51
	.equ	CONT_SPARE, 0x31

	@ Test data: 2048 bytes of xorshift32 (x ^= x<<13, x>>17, x<<5; low
	@ byte of each x) from SEED. ECC values from the Go reference.
	.equ	SEED, 0x2440
	.equ	ECC_DATA, 0xc03fccfc	@ main ECC of the data
	.equ	ECC_FLIPPED, 0xa0a56569	@ ... with bit 5 of byte 1000 cleared
	.equ	SPARE_WORD2, 0x01020403	@ spare bytes 4..7
	.equ	ECC_SPARE, 0x9856	@ spare ECC of ECC_DATA, SPARE_WORD2
	.equ	ESTAT_FLIPPED, (1000 << 7) | (5 << 4) | 1

	.equ	BUF_A, 0x30100000
	.equ	BUF_B, 0x30101000

	.macro	CONT v
	mov	r0, #\v
	str	r0, [r9, #NFCONT]
	.endm

	.include "common.inc"
	.include "nand.inc"

	.global	main
main:
	stmfd	sp!, {r4-r11, lr}
	ldr	r9, =NAND
	ldr	r10, =INTC

	ldr	r0, [r9, #NFCONF]
	ldr	r1, =0x100C		@ TACLS=1, 2 KiB page, 4 cycles, 8 bit
	cmp	r0, r1
	FAILNE	1
	CONT	CONT_LOCKED
	CMD	0xFF
	bl	wait_ready

	@ READ ID.
	CMD	0x90
	mov	r0, #0
	strb	r0, [r9, #NFADDR]
	adr	r2, id_bytes
	mov	r3, #5
1:	ldrb	r0, [r9, #NFDATA]
	ldrb	r1, [r2], #1
	cmp	r0, r1
	FAILNE	2
	subs	r3, r3, #1
	bne	1b

	@ Erase block 1: busy (RnB low) then ready with a transition.
	mov	r0, #4
	str	r0, [r9, #NFSTAT]
	mov	r1, #64
	bl	erase
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #1
	FAILNE	3
	bl	wait_ready
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #4
	FAILEQ	4
	mov	r0, #4
	str	r0, [r9, #NFSTAT]
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #4
	FAILNE	5
	STATUS_OK 6

	@ Program page 64 with the data; the ECC generated on the way must
	@ be the reference value.
	ldr	r0, =BUF_A
	bl	fill
	mov	r1, #64
	ldr	r3, =BUF_A
	ldr	r5, =ECC_DATA
	bl	program
	ldr	r0, =ECC_DATA
	cmp	r6, r0
	FAILNE	7
	STATUS_OK 8

	@ Read it back: same data, same ECC, no error against the stored ECC.
	mov	r1, #64
	ldr	r3, =BUF_B
	bl	read_page
	ldr	r0, =ECC_DATA
	cmp	r6, r0
	FAILNE	9
	ldr	r2, =BUF_A
	ldr	r3, =BUF_B
	bl	compare
	FAILNE	10
	ldr	r0, [r9, #NFESTAT0]
	cmp	r0, #0
	FAILNE	11

	@ Spare ECC of spare bytes 0..7 via random data output (05h/E0h).
	CMD	0x05
	mov	r0, #0x00
	strb	r0, [r9, #NFADDR]
	mov	r0, #0x08		@ column 2048
	strb	r0, [r9, #NFADDR]
	CMD	0xE0
	CONT	CONT_SPARE
	ldr	r0, [r9, #NFDATA]
	ldr	r1, =ECC_DATA
	cmp	r0, r1
	FAILNE	12
	ldr	r0, [r9, #NFDATA]
	ldr	r1, =SPARE_WORD2
	cmp	r0, r1
	FAILNE	13
	CONT	CONT_LOCKED
	ldr	r0, [r9, #NFSECC]
	ldr	r1, =ECC_SPARE
	cmp	r0, r1
	FAILNE	14

	@ Page 65: the data with bit 5 of byte 1000 cleared, stored with the
	@ ECC of the good data. Reading it reports a correctable error there.
	ldr	r2, =BUF_A + 1000
	ldrb	r0, [r2]
	bic	r0, r0, #0x20
	strb	r0, [r2]
	mov	r1, #65
	ldr	r3, =BUF_A
	ldr	r5, =ECC_DATA
	bl	program
	ldr	r0, =ECC_FLIPPED
	cmp	r6, r0
	FAILNE	15
	mov	r1, #65
	ldr	r3, =BUF_B
	bl	read_page
	ldr	r0, [r9, #NFESTAT0]
	ldr	r1, =ESTAT_FLIPPED
	cmp	r0, r1
	FAILNE	16
	@ One flipped ECC bit: ECC area error; a flipped pair: multiple.
	eor	r7, r6, #0x01
	bl	store_ecc
	ldr	r0, [r9, #NFESTAT0]
	cmp	r0, #3
	FAILNE	17
	eor	r7, r6, #0x03
	bl	store_ecc
	ldr	r0, [r9, #NFESTAT0]
	cmp	r0, #2
	FAILNE	18
	mov	r7, r6
	bl	store_ecc
	ldr	r0, [r9, #NFESTAT0]
	cmp	r0, #0
	FAILNE	19

	@ Programming only clears bits: 0xF0 then 0x3C leaves 0x30.
	ldr	r0, =BUF_A
	ldr	r1, =0xF0F0F0F0
	bl	memset
	mov	r1, #66
	ldr	r3, =BUF_A
	mvn	r5, #0
	bl	program
	ldr	r0, =BUF_A
	ldr	r1, =0x3C3C3C3C
	bl	memset
	mov	r1, #66
	ldr	r3, =BUF_A
	mvn	r5, #0
	bl	program
	mov	r1, #66
	ldr	r3, =BUF_B
	bl	read_page
	ldr	r0, =BUF_A
	ldr	r1, =0x30303030
	bl	memset
	ldr	r2, =BUF_A
	ldr	r3, =BUF_B
	bl	compare
	FAILNE	20

	@ Erase sets everything back to 0xFF; the ECC of erased data is 0.
	mov	r1, #64
	bl	erase
	bl	wait_ready
	STATUS_OK 21
	mov	r1, #64
	ldr	r3, =BUF_B
	bl	read_page
	cmp	r6, #0
	FAILNE	22
	cmn	r7, #1
	FAILNE	23
	ldr	r0, =BUF_A
	mvn	r1, #0
	bl	memset
	ldr	r2, =BUF_A
	ldr	r3, =BUF_B
	bl	compare
	FAILNE	24

	@ Soft lock: only blocks 2..3 writable. Erasing block 1 is an illegal
	@ access (NFSTAT[3], status fail); block 2 is fine.
	mov	r0, #128
	str	r0, [r9, #NFSBLK]
	mov	r0, #256
	str	r0, [r9, #NFEBLK]
	ldr	r0, =CONT_LOCKED | 0x1000
	str	r0, [r9, #NFCONT]
	mov	r1, #64
	bl	erase
	bl	wait_ready
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #8
	FAILEQ	25
	CMD	0x70
	ldrb	r0, [r9, #NFDATA]
	tst	r0, #1
	FAILEQ	26
	mov	r0, #8
	str	r0, [r9, #NFSTAT]
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #8
	FAILNE	27
	mov	r1, #128
	bl	erase
	bl	wait_ready
	STATUS_OK 28
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #8
	FAILNE	29
	CONT	CONT_LOCKED

	@ RnB interrupt: with EnbRnBINT, the end of a reset raises INT_NFCON;
	@ clearing NFSTAT[2] then SRCPND leaves it clear.
	ldr	r0, =CONT_LOCKED | 0x200
	str	r0, [r9, #NFCONT]
	mov	r0, #4
	str	r0, [r9, #NFSTAT]
	ldr	r0, =BIT_NFCON
	str	r0, [r10]
	CMD	0xFF
	bl	wait_ready
	ldr	r0, [r10]
	tst	r0, #BIT_NFCON
	FAILEQ	30
	mov	r0, #4
	str	r0, [r9, #NFSTAT]
	ldr	r0, =BIT_NFCON
	str	r0, [r10]
	ldr	r0, [r10]
	tst	r0, #BIT_NFCON
	FAILNE	31
	CONT	CONT_LOCKED

	mov	r0, #0
exit:
	ldmfd	sp!, {r4-r11, pc}

id_bytes:
	.byte	0xEC, 0xF1, 0x00, 0x95, 0x40
	.align	2

@ Poll NFSTAT.RnB until ready.
wait_ready:
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #1
	beq	wait_ready
	bx	lr

@ Send column 0 and row r1 (2 + 2 address cycles).
page_addr:
	mov	r0, #0
	strb	r0, [r9, #NFADDR]
	strb	r0, [r9, #NFADDR]
	strb	r1, [r9, #NFADDR]
	mov	r0, r1, lsr #8
	strb	r0, [r9, #NFADDR]
	bx	lr

@ Erase the block holding row r1 (60h, 2 row cycles, D0h); no wait.
erase:
	CMD	0x60
	strb	r1, [r9, #NFADDR]
	mov	r0, r1, lsr #8
	strb	r0, [r9, #NFADDR]
	CMD	0xD0
	bx	lr

@ Program row r1 with 2048 bytes at r3 and spare bytes 0..7 = r5,
@ SPARE_WORD2. Returns the main ECC generated while writing in r6.
program:
	stmfd	sp!, {lr}
	CMD	0x80
	bl	page_addr
	CONT	CONT_MAIN
	mov	r2, #512
1:	ldr	r0, [r3], #4
	str	r0, [r9, #NFDATA]
	subs	r2, r2, #1
	bne	1b
	CONT	CONT_LOCKED
	ldr	r6, [r9, #NFMECC0]
	str	r5, [r9, #NFDATA]
	ldr	r0, =SPARE_WORD2
	str	r0, [r9, #NFDATA]
	CMD	0x10
	bl	wait_ready
	ldmfd	sp!, {pc}

@ Read row r1's 2048 data bytes to r3 with the main ECC generator on;
@ r6 = generated ECC, r7 = stored ECC (spare bytes 0..3), which is also
@ handed to NFMECCD0/1.
read_page:
	stmfd	sp!, {lr}
	CMD	0x00
	bl	page_addr
	CMD	0x30
	bl	wait_ready
	CONT	CONT_MAIN
	mov	r2, #512
1:	ldr	r0, [r9, #NFDATA]
	str	r0, [r3], #4
	subs	r2, r2, #1
	bne	1b
	CONT	CONT_LOCKED
	ldr	r6, [r9, #NFMECC0]
	ldr	r7, [r9, #NFDATA]
	bl	store_ecc
	ldmfd	sp!, {pc}

@ Hand the ECC bytes in r7 to NFMECCD0/1 (bytes 0,1 and 2,3 at [7:0]
@ and [23:16]).
store_ecc:
	and	r0, r7, #0xFF
	and	r1, r7, #0xFF00
	orr	r0, r0, r1, lsl #8
	str	r0, [r9, #NFMECCD0]
	mov	r0, r7, lsr #16
	and	r0, r0, #0xFF
	and	r1, r7, #0xFF000000
	orr	r0, r0, r1, lsr #8
	str	r0, [r9, #NFMECCD1]
	bx	lr

@ Fill the 2048 bytes at r0 with the test data.
fill:
	ldr	r1, =SEED
	mov	r2, #2048
1:	eor	r1, r1, r1, lsl #13
	eor	r1, r1, r1, lsr #17
	eor	r1, r1, r1, lsl #5
	strb	r1, [r0], #1
	subs	r2, r2, #1
	bne	1b
	bx	lr

@ Fill the 2048 bytes at r0 with the word r1.
memset:
	mov	r2, #512
1:	str	r1, [r0], #4
	subs	r2, r2, #1
	bne	1b
	bx	lr

@ Compare 2048 bytes at r2 and r3; Z set when equal.
compare:
	mov	r12, #512
1:	ldr	r0, [r2], #4
	ldr	r1, [r3], #4
	cmp	r0, r1
	bxne	lr
	subs	r12, r12, #1
	bne	1b
	cmp	r12, #0
	bx	lr

	.ltorg
