@ 256 MiB NAND (K9F2G08-like, chosen by the image size): NFCONF reports 5
@ address cycles, READ ID gives EC DA 10 95 44, and the last block, which
@ needs the third row cycle, erases, programs and reads back. The Go test
@ then finds the page in the image file. main returns 0 on success, else
@ the number of the failed check.

	.equ	CONT_ON, 0x61		@ MODE=1, nCE low, ECC locked
	.equ	ROW, 0x1FFC1		@ page 1 of block 2047

	.include "common.inc"
	.include "nand.inc"

	.global	main
main:
	stmfd	sp!, {r4-r11, lr}
	ldr	r9, =NAND
	ldr	r4, =ROW

	ldr	r0, [r9, #NFCONF]
	ldr	r1, =0x100E		@ AddrCycle = 1: 5 cycles
	cmp	r0, r1
	FAILNE	1
	mov	r0, #CONT_ON
	str	r0, [r9, #NFCONT]
	CMD	0xFF
	bl	wait_ready

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

	@ Erase the last block: three row cycles.
	CMD	0x60
	bl	row_addr
	CMD	0xD0
	bl	wait_ready
	STATUS_OK 3

	@ Program word i = i * 0x01010101 + 0x00010203 (i = 0..511).
	CMD	0x80
	bl	page_addr
	ldr	r5, =0x00010203
	ldr	r6, =0x01010101
	mov	r2, #512
1:	str	r5, [r9, #NFDATA]
	add	r5, r5, r6
	subs	r2, r2, #1
	bne	1b
	CMD	0x10
	bl	wait_ready
	STATUS_OK 4

	@ Read it back.
	CMD	0x00
	bl	page_addr
	CMD	0x30
	bl	wait_ready
	ldr	r5, =0x00010203
	mov	r2, #512
1:	ldr	r0, [r9, #NFDATA]
	cmp	r0, r5
	FAILNE	5
	add	r5, r5, r6
	subs	r2, r2, #1
	bne	1b

	mov	r0, #0
exit:
	ldmfd	sp!, {r4-r11, pc}

id_bytes:
	.byte	0xEC, 0xDA, 0x10, 0x95, 0x44
	.align	2

wait_ready:
	ldr	r0, [r9, #NFSTAT]
	tst	r0, #1
	beq	wait_ready
	bx	lr

@ Column 0 then the three row cycles of r4.
page_addr:
	mov	r0, #0
	strb	r0, [r9, #NFADDR]
	strb	r0, [r9, #NFADDR]
row_addr:
	strb	r4, [r9, #NFADDR]
	mov	r0, r4, lsr #8
	strb	r0, [r9, #NFADDR]
	mov	r0, r4, lsr #16
	strb	r0, [r9, #NFADDR]
	bx	lr
	.ltorg
