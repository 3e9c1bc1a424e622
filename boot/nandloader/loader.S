/*
 * Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 *
 * First-stage NAND loader for the mini2440 (S3C2440A, ARM920T, ARMv4T).
 *
 * At reset with OM[1:0] = 00 the S3C2440A copies the first 4 KiB of NAND
 * into the steppingstone SRAM at address 0 and starts there, in SVC mode
 * with the MMU and caches off. This program, which must fit in those
 * 4 KiB with its stack, then:
 *
 *   1. stops the watchdog and masks every interrupt;
 *   2. sets FCLK = 405 MHz from the 12 MHz crystal (MPLL), HCLK = 101.25 MHz,
 *      PCLK = 50.625 MHz (CLKDIVN 1:4:8, asynchronous bus mode) and the
 *      UPLL to 48 MHz for the USB device port;
 *   3. sets up the memory controller for the board's 64 MB of SDRAM on
 *      nGCS6 (two 16-bit parts on a 32-bit bus, 9 column bits, CAS 2);
 *   4. brings up UART0 at 115200 8N1 and says hello;
 *   5. reads the kernel slot and the user-program slot from NAND into SDRAM
 *      (layout below), checking every 512-byte sector against the ECC
 *      stored in the page's spare area;
 *   6. jumps to the kernel entry in SVC mode, IRQ and FIQ masked, MMU and
 *      caches off, with r0 = 0, r1 = 1999 (the mini2440's ARM machine
 *      number), r2 = address of the user-program header or 0 if none.
 *
 * NAND layout (large-page part, 2048 + 64 bytes per page, 64 pages per
 * 128 KiB block; the Go package boot/nand has the same numbers):
 *
 *   block 0        this loader
 *   blocks 1..255  kernel slot: header page, then the kernel, page by page
 *   blocks 256..511 user slot: header page, then the user program
 *
 * A block whose first page has spare byte 0 != 0xFF is bad and skipped,
 * so a slot's pages are its good blocks' pages in order. The header is
 * seven little-endian words at the start of the slot's first good page:
 * magic "M2IH", kind (1 kernel, 2 user), size, load address, entry,
 * payload checksum (32-bit sum of the payload's words, last word padded
 * with zeros), header checksum (~ sum of the six words before it). The
 * loader copies whole pages, so up to 2047 bytes past the payload's end
 * are overwritten too; headers are kept in the last 4 KiB of SDRAM.
 *
 * ECC: for each sector the controller's main ECC is reset and unlocked
 * (NFCONT InitECC), the 512 bytes are read, the ECC locked and NFMECC0
 * read. After the four sectors the first 24 spare bytes follow: the
 * stored code of sector i is in spare bytes 8+4i..10+4i (ECC0, ECC1,
 * ECC2), byte 11+4i is 0xFF. The loader XORs stored and computed codes:
 * zero is a clean sector; every pair (P, P') differing is one flipped data
 * bit, which it corrects and reports; one differing bit is a flipped bit
 * of the stored code, data good, reported; anything else is reported as
 * uncorrectable, and the loader stops. A page whose four code slots read
 * all 0xFF is erased: at a slot's header page that means "no image",
 * inside an image it is an error.
 *
 * Register use: r11 holds the NAND controller base from NAND set-up on.
 * Subroutines may change r0-r3 and r12 and keep r4-r11; the stack is the
 * top of the steppingstone.
 */

	.syntax unified
	.arch armv4t
	.arm

/* Clock and power management. */
	.equ CLKPWR_BASE,  0x4c000000
	.equ LOCKTIME,     0x00
	.equ MPLLCON,      0x04
	.equ UPLLCON,      0x08
	.equ CLKDIVN,      0x14
	.equ MPLL_405MHZ,  (0x7f << 12) | (2 << 4) | 1  /* MDIV 127, PDIV 2, SDIV 1 */
	.equ UPLL_48MHZ,   (0x38 << 12) | (2 << 4) | 2  /* MDIV 56, PDIV 2, SDIV 2 */
	.equ CLKDIVN_148,  (2 << 1) | 1                 /* HDIVN 2 (/4), PDIVN 1 (/2) */

/* Watchdog and interrupt controller. */
	.equ WTCON,        0x53000000
	.equ INTMSK,       0x4a000008
	.equ INTSUBMSK,    0x4a00001c

/* Memory controller: nGCS6/7 SDRAM. */
	.equ MEMCTL_BASE,  0x48000000
	.equ BWSCON,       0x00
	.equ BANKCON6,     0x1c
	.equ BANKCON7,     0x20
	.equ REFRESH,      0x24
	.equ BANKSIZE,     0x28
	.equ MRSRB6,       0x2c
	.equ MRSRB7,       0x30
	.equ BWSCON_B67,   0x22000000  /* DW6 = DW7 = 32-bit */
	.equ BANKCON_SDR,  0x00018001  /* MT SDRAM, Trcd 2 clocks, SCAN 9 bits */
	/* REFEN, auto refresh, Trp 2, Tsrc 5 clocks; count = 2^11 + 1 - 101.25 MHz * 7.8 us */
	.equ REFRESH_VAL,  (1 << 23) | (1 << 18) | 1259
	.equ BANKSIZE_VAL, 0xb1        /* BURST_EN, SCKE_EN, SCLK_EN, 64 MB map */
	.equ MRSR_CL2,     0x20        /* CAS latency 2 */

/* GPIO: GPH2/GPH3 as TXD0/RXD0. */
	.equ GPIO_BASE,    0x56000000
	.equ GPHCON,       0x70
	.equ GPHUP,        0x78

/* UART0. */
	.equ UART0_BASE,   0x50000000
	.equ ULCON,        0x00
	.equ UCON,         0x04
	.equ UFCON,        0x08
	.equ UMCON,        0x0c
	.equ UTRSTAT,      0x10
	.equ UTXH,         0x20
	.equ UBRDIV,       0x28
	.equ UBRDIV_115200, 26         /* 50.625 MHz / (115200 * 16) - 1, rounded down */

/* NAND flash controller. */
	.equ NAND_BASE,    0x4e000000
	.equ NFCONF,       0x00
	.equ NFCONT,       0x04
	.equ NFCMMD,       0x08
	.equ NFADDR,       0x0c
	.equ NFDATA,       0x10
	.equ NFSTAT,       0x20
	.equ NFMECC0,      0x2c
	.equ NFCONF_TIMING_MASK, (3 << 12) | (7 << 8) | (7 << 4)
	.equ NFCONF_TIMING, (1 << 12) | (2 << 8) | (1 << 4)  /* TACLS 1, TWRPH0 2, TWRPH1 1 */
	.equ NFCONF_ADDRCYCLE, 1 << 1  /* AddrCycle (NCON pins); large page: 0 = 4 cycles, 1 = 5 */
	.equ NFCONT_MODE,  1 << 0
	.equ NFCONT_INITECC, 1 << 4
	.equ NFCONT_MAINECCLOCK, 1 << 5
	.equ NFSTAT_RNB_TRANS, 1 << 2

	.equ CMD_READ0,    0x00
	.equ CMD_READSTART, 0x30

/* NAND geometry and flash map. */
	.equ PAGE_SIZE,    2048
	.equ PAGES_PER_BLOCK, 64
	.equ SECTOR_WORDS, 128
	.equ KERNEL_FIRST_BLOCK, 1
	.equ USER_FIRST_BLOCK, 256
	.equ USER_END_BLOCK, 512

/* Images. */
	.equ HDR_MAGIC,    0x4849324d  /* "M2IH" */
	.equ KIND_KERNEL,  1
	.equ KIND_USER,    2
	.equ PAYLOAD_BASE, 0x30010000  /* above the kernel's reserved 64 KiB */
	.equ SDRAM_END,    0x34000000
	.equ HANDOFF,      0x3000e000  /* header copies, in the board's reserved area */
	.equ KERNEL_HDR,   HANDOFF
	.equ USER_HDR,     HANDOFF + PAGE_SIZE
	.equ MACH_MINI2440, 1999

	.equ STACK_TOP,    0x1000

	.section .vectors, "ax"
	.global _start
_start:
	b	reset
	b	exception		/* undefined instruction */
	b	exception		/* SWI */
	b	exception		/* prefetch abort */
	b	exception		/* data abort */
	b	exception		/* reserved */
	b	exception		/* IRQ */
	b	exception		/* FIQ */

	.text
reset:
	msr	cpsr_c, #0xd3		/* SVC, IRQ and FIQ masked */
	ldr	r0, =WTCON
	mov	r1, #0
	str	r1, [r0]
	ldr	r0, =INTMSK
	mvn	r1, #0
	str	r1, [r0]
	ldr	r0, =INTSUBMSK
	ldr	r1, =0x7fff
	str	r1, [r0]
	mov	sp, #STACK_TOP

	/* Clocks: dividers first, then the PLLs (the UPLL write needs seven
	 * cycles before the MPLL write). HDIVN != 0 needs asynchronous bus
	 * mode (CP15 c1 nF and iA set). */
	ldr	r0, =CLKPWR_BASE
	mvn	r1, #0
	str	r1, [r0, #LOCKTIME]
	mov	r1, #CLKDIVN_148
	str	r1, [r0, #CLKDIVN]
	mrc	p15, 0, r1, c1, c0, 0
	orr	r1, r1, #0xc0000000
	mcr	p15, 0, r1, c1, c0, 0
	ldr	r1, =UPLL_48MHZ
	str	r1, [r0, #UPLLCON]
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	ldr	r1, =MPLL_405MHZ
	str	r1, [r0, #MPLLCON]

	/* SDRAM. Banks 0-5 keep their reset settings. */
	ldr	r0, =MEMCTL_BASE
	ldr	r1, [r0, #BWSCON]
	bic	r1, r1, #0xff000000
	orr	r1, r1, #BWSCON_B67
	str	r1, [r0, #BWSCON]
	ldr	r1, =BANKCON_SDR
	str	r1, [r0, #BANKCON6]
	str	r1, [r0, #BANKCON7]
	ldr	r1, =REFRESH_VAL
	str	r1, [r0, #REFRESH]
	mov	r1, #BANKSIZE_VAL
	str	r1, [r0, #BANKSIZE]
	mov	r1, #MRSR_CL2
	str	r1, [r0, #MRSRB6]
	str	r1, [r0, #MRSRB7]

	/* UART0: pins, then 8N1, polled, PCLK, 115200. */
	ldr	r0, =GPIO_BASE
	ldr	r1, [r0, #GPHCON]
	bic	r1, r1, #0xf0
	orr	r1, r1, #0xa0
	str	r1, [r0, #GPHCON]
	ldr	r1, [r0, #GPHUP]
	orr	r1, r1, #0x0c
	str	r1, [r0, #GPHUP]
	ldr	r0, =UART0_BASE
	mov	r1, #0
	str	r1, [r0, #UFCON]
	str	r1, [r0, #UMCON]
	mov	r1, #3
	str	r1, [r0, #ULCON]
	mov	r1, #5
	str	r1, [r0, #UCON]
	mov	r1, #UBRDIV_115200
	str	r1, [r0, #UBRDIV]
	ldr	r0, =msg_hello
	bl	puts

	/* NAND controller on, chip selected, ECC unlocked. The chip needs no
	 * reset: the boot ROM has just read pages 0 and 1 from it. */
	ldr	r11, =NAND_BASE
	ldr	r0, [r11, #NFCONF]
	ldr	r1, =NFCONF_TIMING_MASK
	bic	r0, r0, r1
	ldr	r1, =NFCONF_TIMING
	orr	r0, r0, r1
	str	r0, [r11, #NFCONF]
	mov	r0, #NFCONT_MODE | NFCONT_INITECC
	str	r0, [r11, #NFCONT]

	/* Kernel. */
	mov	r0, #KERNEL_FIRST_BLOCK
	mov	r1, #USER_FIRST_BLOCK
	ldr	r2, =KERNEL_HDR
	mov	r3, #KIND_KERNEL
	bl	load_slot
	movs	r4, r0
	ldreq	r0, =msg_no_kernel
	beq	fail
	ldr	r0, =msg_kernel
	mov	r1, r4
	bl	say_image

	/* User program (optional). */
	mov	r0, #USER_FIRST_BLOCK
	mov	r1, #USER_END_BLOCK
	ldr	r2, =USER_HDR
	mov	r3, #KIND_USER
	bl	load_slot
	movs	r5, r0
	bne	1f
	ldr	r0, =msg_no_user
	bl	puts
	b	2f
1:	ldr	r0, =msg_user
	mov	r1, r5
	bl	say_image
2:
	ldr	r0, =msg_start
	bl	puts
	ldr	r0, [r4, #16]
	bl	puthex
	ldr	r0, =msg_crlf
	bl	puts
	ldr	r1, =UART0_BASE
3:	ldr	r0, [r1, #UTRSTAT]	/* let the last byte leave the shifter */
	tst	r0, #4
	beq	3b

	ldr	r3, [r4, #16]
	mov	r0, #0
	ldr	r1, =MACH_MINI2440
	mov	r2, r5
	bx	r3

/* say_image: r0 = message, r1 = header. Prints
 * "<message><size> bytes at <load>, entry <entry>". */
say_image:
	stmfd	sp!, {r4, lr}
	mov	r4, r1
	bl	puts
	ldr	r0, [r4, #8]
	bl	putdec
	ldr	r0, =msg_bytes_at
	bl	puts
	ldr	r0, [r4, #12]
	bl	puthex
	ldr	r0, =msg_entry
	bl	puts
	ldr	r0, [r4, #16]
	bl	puthex
	ldr	r0, =msg_crlf
	bl	puts
	ldmfd	sp!, {r4, pc}

/* load_slot: r0 = first block, r1 = end block (exclusive), r2 = header
 * buffer (2 KiB), r3 = expected kind. Returns r0 = r2 when an image was
 * loaded and checked, 0 when the slot's header page is erased. Stops the
 * board on any error. */
load_slot:
	stmfd	sp!, {r4-r10, lr}
	mov	r4, r0			/* r4, r5, r6: next_row's cursor */
	mov	r5, #0
	mov	r6, r1
	mov	r7, r2
	mov	r8, r3
	bl	next_row
	mov	r1, r7
	bl	nand_read_page
	cmp	r0, #1
	moveq	r0, #0
	beq	9f

	ldr	r0, [r7]
	ldr	r1, =HDR_MAGIC
	cmp	r0, r1
	bne	bad_header
	ldr	r0, [r7, #4]
	cmp	r0, r8
	bne	bad_header
	mov	r0, #0
	mov	r1, #0
1:	ldr	r2, [r7, r1, lsl #2]
	add	r0, r0, r2
	add	r1, r1, #1
	cmp	r1, #6
	bne	1b
	mvn	r0, r0
	ldr	r1, [r7, #24]
	cmp	r0, r1
	bne	bad_header
	ldr	r0, [r7, #8]		/* size */
	cmp	r0, #0
	beq	bad_header
	ldr	r9, [r7, #12]		/* load address */
	tst	r9, #3
	bne	bad_header
	ldr	r2, =PAYLOAD_BASE
	cmp	r9, r2
	blo	bad_header
	ldr	r2, =SDRAM_END
	cmp	r9, r2
	bhs	bad_header
	cmp	r0, #0x04000000		/* larger than SDRAM */
	bhs	bad_header
	add	r10, r0, #PAGE_SIZE
	sub	r10, r10, #1
	mov	r10, r10, lsr #11	/* pages to copy */
	add	r1, r9, r10, lsl #11
	cmp	r1, r2
	bhi	bad_header

2:	bl	next_row
	mov	r8, r0
	mov	r1, r9
	bl	nand_read_page
	cmp	r0, #1
	moveq	r0, r8
	moveq	r1, #0
	ldreq	r2, =msg_erased
	beq	report_and_stop
	add	r9, r9, #PAGE_SIZE
	subs	r10, r10, #1
	bne	2b

	ldr	r9, [r7, #12]
	ldr	r10, [r7, #8]
	add	r10, r10, #3
	mov	r10, r10, lsr #2
	mov	r0, #0
3:	ldr	r1, [r9], #4
	add	r0, r0, r1
	subs	r10, r10, #1
	bne	3b
	ldr	r1, [r7, #20]
	cmp	r0, r1
	ldrne	r0, =msg_bad_sum
	bne	fail
	mov	r0, r7
9:	ldmfd	sp!, {r4-r10, pc}

bad_header:
	ldr	r0, =msg_bad_header
	bl	puts
	mov	r0, r4
	bl	putdec
	ldr	r0, =msg_crlf
	bl	puts
	b	stop

/* next_row: the next good page of the slot whose cursor is r4 (block),
 * r5 (page in block), r6 (end block); returns its row address in r0 and
 * advances the cursor. Only load_slot calls it. */
next_row:
	stmfd	sp!, {lr}
	cmp	r5, #0
	bne	2f
1:	cmp	r4, r6
	ldrhs	r0, =msg_slot_full
	bhs	fail
	mov	r0, r4
	bl	block_is_bad
	cmp	r0, #0
	beq	2f
	ldr	r0, =msg_bad_block
	bl	puts
	mov	r0, r4
	bl	putdec
	ldr	r0, =msg_crlf
	bl	puts
	add	r4, r4, #1
	b	1b
2:	add	r0, r5, r4, lsl #6
	add	r5, r5, #1
	cmp	r5, #PAGES_PER_BLOCK
	moveq	r5, #0
	addeq	r4, r4, #1
	ldmfd	sp!, {pc}

/* block_is_bad: r0 = block. Returns r0 = 0 if spare byte 0 of its first
 * page is 0xFF (good), nonzero otherwise. */
block_is_bad:
	stmfd	sp!, {lr}
	mov	r1, r0, lsl #6
	mov	r0, #PAGE_SIZE		/* column of spare byte 0 */
	bl	nand_start_read
	ldrb	r0, [r11, #NFDATA]
	subs	r0, r0, #0xff
	ldmfd	sp!, {pc}

/* nand_start_read: r0 = column, r1 = row. Issues READ0, the address
 * cycles (two column, two or three row as NFCONF says) and READSTART, and
 * waits until the page is in the chip's register. */
nand_start_read:
	mov	r2, #NFSTAT_RNB_TRANS
	str	r2, [r11, #NFSTAT]	/* clear the ready-edge flag */
	mov	r2, #CMD_READ0
	strb	r2, [r11, #NFCMMD]
	strb	r0, [r11, #NFADDR]
	mov	r0, r0, lsr #8
	strb	r0, [r11, #NFADDR]
	strb	r1, [r11, #NFADDR]
	mov	r0, r1, lsr #8
	strb	r0, [r11, #NFADDR]
	ldr	r2, [r11, #NFCONF]
	tst	r2, #NFCONF_ADDRCYCLE
	movne	r0, r1, lsr #16
	strbne	r0, [r11, #NFADDR]
	mov	r2, #CMD_READSTART
	strb	r2, [r11, #NFCMMD]
1:	ldr	r2, [r11, #NFSTAT]	/* wait for R/nB's busy-to-ready edge */
	tst	r2, #NFSTAT_RNB_TRANS
	beq	1b
	bx	lr

/* nand_read_page: r0 = row, r1 = destination (word aligned, 2 KiB).
 * Returns r0 = 0 when the page was read and checked (single-bit errors
 * corrected and reported), 1 when the page is erased. Stops the board on
 * an uncorrectable error. */
nand_read_page:
	stmfd	sp!, {r4-r9, lr}
	sub	sp, sp, #32		/* [sp]: 4 computed codes, [sp+16]: 4 stored */
	mov	r4, r0
	mov	r5, r1
	mov	r1, r0
	mov	r0, #0
	bl	nand_start_read

	mov	r8, #0
1:	ldr	r0, [r11, #NFCONT]
	bic	r0, r0, #NFCONT_MAINECCLOCK
	orr	r0, r0, #NFCONT_INITECC
	str	r0, [r11, #NFCONT]
	mov	r9, #SECTOR_WORDS
2:	ldr	r0, [r11, #NFDATA]
	str	r0, [r5], #4
	subs	r9, r9, #1
	bne	2b
	ldr	r0, [r11, #NFCONT]
	orr	r0, r0, #NFCONT_MAINECCLOCK
	str	r0, [r11, #NFCONT]
	ldr	r0, [r11, #NFMECC0]
	str	r0, [sp, r8, lsl #2]
	add	r8, r8, #1
	cmp	r8, #4
	bne	1b

	ldr	r0, [r11, #NFDATA]	/* spare bytes 0-3: bad-block marker */
	ldr	r0, [r11, #NFDATA]	/* spare bytes 4-7 */
	add	r1, sp, #16
	mov	r8, #4
3:	ldr	r0, [r11, #NFDATA]
	str	r0, [r1], #4
	subs	r8, r8, #1
	bne	3b

	ldr	r0, [sp, #16]		/* all four code slots 0xFF: erased */
	ldr	r1, [sp, #20]
	and	r0, r0, r1
	ldr	r1, [sp, #24]
	and	r0, r0, r1
	ldr	r1, [sp, #28]
	and	r0, r0, r1
	cmn	r0, #1
	moveq	r0, #1
	beq	9f

	sub	r5, r5, #PAGE_SIZE
	mov	r8, #0
4:	ldr	r0, [sp, r8, lsl #2]
	add	r1, sp, #16
	ldr	r1, [r1, r8, lsl #2]
	eor	r0, r0, r1
	bics	r0, r0, #0xff000000	/* the syndrome */
	beq	8f
	eor	r1, r0, r0, lsr #1
	ldr	r2, =0x555555
	and	r1, r1, r2
	cmp	r1, r2
	beq	5f
	sub	r1, r0, #1
	tst	r0, r1
	mov	r0, r4
	mov	r1, r8
	ldreq	r2, =msg_code_bit
	bleq	report
	beq	8f
	ldr	r2, =msg_uncorrectable
	b	report_and_stop

5:	/* One data bit: the P halves (odd syndrome bits) give byte address
	 * (9 bits) and bit position (3 bits). */
	mov	r1, r0, lsr #1
	mov	r2, #0
	mov	r3, #0
6:	and	r12, r1, #1
	orr	r2, r2, r12, lsl r3
	mov	r1, r1, lsr #2
	add	r3, r3, #1
	cmp	r3, #12
	bne	6b
	mov	r3, r2, lsr #9		/* bit */
	bic	r2, r2, #0xe00		/* byte */
	add	r12, r5, r8, lsl #9
	ldrb	r1, [r12, r2]
	mov	r0, #1
	eor	r1, r1, r0, lsl r3
	strb	r1, [r12, r2]
	mov	r0, r4
	mov	r1, r8
	ldr	r2, =msg_corrected
	bl	report
8:	add	r8, r8, #1
	cmp	r8, #4
	bne	4b
	mov	r0, #0
9:	add	sp, sp, #32
	ldmfd	sp!, {r4-r9, pc}

/* report: r0 = row, r1 = sector, r2 = message. Prints
 * "<message> block B page P sector S". */
report:
	stmfd	sp!, {r4, r5, lr}
	mov	r4, r0
	mov	r5, r1
	mov	r0, r2
	bl	puts
	ldr	r0, =msg_block
	bl	puts
	mov	r0, r4, lsr #6
	bl	putdec
	ldr	r0, =msg_page
	bl	puts
	and	r0, r4, #PAGES_PER_BLOCK - 1
	bl	putdec
	ldr	r0, =msg_sector
	bl	puts
	mov	r0, r5
	bl	putdec
	ldr	r0, =msg_crlf
	bl	puts
	ldmfd	sp!, {r4, r5, pc}

report_and_stop:
	bl	report
	b	stop

exception:
	ldr	r0, =msg_exception
fail:
	bl	puts
stop:
	ldr	r0, =msg_stopped
	bl	puts
halt:
	mov	r0, #0
	mcr	p15, 0, r0, c7, c0, 4	/* ARM920T wait for interrupt */
	b	halt

/* puts: r0 = NUL-terminated string. */
puts:
	stmfd	sp!, {r4, lr}
	mov	r4, r0
1:	ldrb	r0, [r4], #1
	cmp	r0, #0
	ldmfdeq	sp!, {r4, pc}
	bl	putc
	b	1b

/* putc: r0 = byte. */
putc:
	ldr	r2, =UART0_BASE
1:	ldr	r3, [r2, #UTRSTAT]
	tst	r3, #2			/* transmit buffer empty */
	beq	1b
	strb	r0, [r2, #UTXH]
	bx	lr

/* puthex: r0 = value, printed as 0x and eight digits. */
puthex:
	stmfd	sp!, {r4, r5, lr}
	mov	r4, r0
	mov	r0, #'0'
	bl	putc
	mov	r0, #'x'
	bl	putc
	mov	r5, #28
1:	mov	r0, r4, lsr r5
	and	r0, r0, #15
	cmp	r0, #10
	addlo	r0, r0, #'0'
	addhs	r0, r0, #'a' - 10
	bl	putc
	subs	r5, r5, #4
	bpl	1b
	ldmfd	sp!, {r4, r5, pc}

/* putdec: r0 = value, printed in decimal without leading zeros. */
putdec:
	stmfd	sp!, {r4-r6, lr}
	mov	r4, r0
	ldr	r5, =powers_of_ten
	mov	r6, #0			/* a digit has been printed */
1:	ldr	r1, [r5], #4
	cmp	r1, #1
	beq	3f
	mov	r0, #'0'
2:	cmp	r4, r1
	subhs	r4, r4, r1
	addhs	r0, r0, #1
	bhs	2b
	cmp	r0, #'0'
	cmpeq	r6, #0
	beq	1b
	mov	r6, #1
	bl	putc
	b	1b
3:	add	r0, r4, #'0'
	bl	putc
	ldmfd	sp!, {r4-r6, pc}

	.ltorg
powers_of_ten:
	.word	1000000000, 100000000, 10000000, 1000000, 100000
	.word	10000, 1000, 100, 10, 1

msg_hello:	.asciz	"\r\nmini2440 NAND loader\r\n"
msg_kernel:	.asciz	"loader: kernel "
msg_user:	.asciz	"loader: user program "
msg_no_kernel:	.asciz	"loader: no kernel in NAND (kernel slot header page is erased)\r\n"
msg_no_user:	.asciz	"loader: no user program\r\n"
msg_bytes_at:	.asciz	" bytes at "
msg_entry:	.asciz	", entry "
msg_start:	.asciz	"loader: starting kernel at "
msg_bad_header:	.asciz	"loader: bad image header at block "
msg_bad_sum:	.asciz	"loader: image checksum mismatch\r\n"
msg_slot_full:	.asciz	"loader: image runs past the end of its slot\r\n"
msg_bad_block:	.asciz	"NAND: skipping bad block "
msg_erased:	.asciz	"NAND: erased page inside an image at"
msg_corrected:	.asciz	"NAND: corrected a flipped bit at"
msg_code_bit:	.asciz	"NAND: stored ECC has a flipped bit, data good, at"
msg_uncorrectable: .asciz "NAND: uncorrectable ECC error at"
msg_block:	.asciz	" block "
msg_page:	.asciz	" page "
msg_sector:	.asciz	" sector "
msg_exception:	.asciz	"loader: unexpected CPU exception\r\n"
msg_stopped:	.asciz	"loader: stopped\r\n"
msg_crlf:	.asciz	"\r\n"
	.align	2
