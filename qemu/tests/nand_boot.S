@ NAND boot image: linked at 0 and written by the Go test into pages 0 and
@ 1 of a NAND image (main data only). The board copies those 4 KiB into
@ the steppingstone and starts here. It checks that the copy of page 1
@ landed at 0x800 (no spare bytes in between), prints a line on UART0 and
@ exits (semihosting) with 0, or 1 if the marker is wrong.

	.equ	UART0, 0x50000000
	.equ	ULCON, 0x00
	.equ	UCON, 0x04
	.equ	UFCON, 0x08
	.equ	UTRSTAT, 0x10
	.equ	UTXH, 0x20
	.equ	MARKER, 0x4E414E44

	.text
	.global	_start
_start:
	ldr	r0, marker
	ldr	r1, =MARKER
	cmp	r0, r1
	movne	r0, #1
	bne	exit

	ldr	r9, =UART0
	mov	r0, #3			@ 8N1
	str	r0, [r9, #ULCON]
	mov	r0, #5			@ polled receive and transmit
	str	r0, [r9, #UCON]
	mov	r0, #0
	str	r0, [r9, #UFCON]
	adr	r2, message
1:	ldrb	r1, [r2], #1
	cmp	r1, #0
	beq	3f
2:	ldr	r0, [r9, #UTRSTAT]
	tst	r0, #2			@ transmit buffer empty
	beq	2b
	strb	r1, [r9, #UTXH]
	b	1b
3:	ldr	r0, [r9, #UTRSTAT]
	tst	r0, #4			@ transmitter empty
	beq	3b
	mov	r0, #0

@ Semihosting SYS_EXIT_EXTENDED with status r0.
exit:
	adr	r1, exit_block
	ldr	r2, =0x20026		@ ADP_Stopped_ApplicationExit
	str	r2, [r1]
	str	r0, [r1, #4]
	mov	r0, #0x20
	svc	0x123456
4:	b	4b
exit_block:
	.word	0, 0
message:
	.asciz	"mini2440 NAND boot: steppingstone OK\n"
	.align	2
	.ltorg

	.org	0x800
marker:
	.word	MARKER
