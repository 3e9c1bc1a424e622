@ ARM920T CPU model: every ARMv5-and-later instruction takes the undefined
@ instruction exception (counted by the handler, which skips it), ARMv4T
@ instructions still work, and the CP15 identification, control and FCSE
@ PID registers read back as on the ARM920T. Exceptions are taken in ARM
@ state whatever the control register's bit 30 holds.
	.include "common.inc"

und_handler:
	stmfd	sp!, {r0, r1}
	ldr	r0, =und_count
	ldr	r1, [r0]
	add	r1, r1, #1
	str	r1, [r0]
	ldmfd	sp!, {r0, r1}
	movs	pc, lr

@ must_undef code, word: the instruction must trap exactly once.
	.macro must_undef code, insn
	ldr	r5, [r4]
	.word	\insn
	ldr	r6, [r4]
	sub	r6, r6, r5
	cmp	r6, #1
	movne	r0, #\code
	bne	out
	.endm

	.macro expect_reg reg, value, code
	ldr	ip, =\value
	cmp	\reg, ip
	movne	r0, #\code
	bne	out
	.endm

ret:	bx	lr

main:
	stmfd	sp!, {r4-r8, lr}
	mov	r0, #1
	ldr	r1, =und_handler
	bl	set_vector
	ldr	r4, =und_count
	ldr	r2, =scratch
	ldr	r3, =ret

	must_undef 1, 0xe16f0f11	@ clz r0, r1
	must_undef 2, 0xe12fff33	@ blx r3
	must_undef 3, 0xfaffffff	@ blx <next instruction>
	must_undef 4, 0xe1c200d0	@ ldrd r0, r1, [r2]
	must_undef 5, 0xe1c200f0	@ strd r0, r1, [r2]
	must_undef 6, 0xe1920f9f	@ ldrex r0, [r2]
	must_undef 7, 0xe1820f91	@ strex r0, r1, [r2]
	must_undef 8, 0xf5d2f000	@ pld [r2]
	must_undef 9, 0xe1020051	@ qadd r0, r1, r2
	must_undef 10, 0xe1003281	@ smlabb r0, r1, r2, r3
	must_undef 11, 0xe1200070	@ bkpt 0

	@ Thumb: blx r3, then a BL prefix with a BLX suffix; both suffix
	@ forms are undefined on ARMv4T.
	ldr	r5, [r4]
	adr	r7, 1f
	ldr	r0, =thumb_code + 1
	bx	r0
1:	ldr	r6, [r4]
	sub	r6, r6, r5
	cmp	r6, #2
	movne	r0, #12
	bne	out

	@ ARMv4T instructions run normally.
	ldr	r5, [r4]
	mov	r0, #7
	mov	r1, #6
	mul	r8, r0, r1
	expect_reg r8, 42, 13
	ldr	r0, =0x80000000
	mov	r1, #4
	umull	r6, r8, r0, r1
	expect_reg r8, 2, 14
	ldr	r0, =0x1234
	strh	r0, [r2]
	ldrh	r8, [r2]
	expect_reg r8, 0x1234, 15
	mov	r0, #0x99
	swp	r8, r0, [r2]
	expect_reg r8, 0x1234, 16
	ldrsb	r8, [r2]
	expect_reg r8, 0xffffff99, 17
	ldr	r6, [r4]
	cmp	r5, r6
	movne	r0, #18
	bne	out

	@ CP15 identification and control.
	mrc	p15, 0, r8, c0, c0, 0
	expect_reg r8, 0x41129200, 19
	mrc	p15, 0, r8, c0, c0, 1
	expect_reg r8, 0x0d172172, 20
	mrc	p15, 0, r8, c1, c0, 0
	expect_reg r8, 0x00000078, 21
	ldr	r0, =0x00002000		@ V set, SBO bits [6:3] cleared
	mcr	p15, 0, r0, c1, c0, 0
	mrc	p15, 0, r8, c1, c0, 0
	expect_reg r8, 0x00002078, 22
	ldr	r0, =0x00000078
	mcr	p15, 0, r0, c1, c0, 0
	ldr	r0, =0x0a001234		@ FCSE PID: only bits [31:25] exist
	mcr	p15, 0, r0, c13, c0, 0
	mrc	p15, 0, r8, c13, c0, 0
	mov	r0, #0
	mcr	p15, 0, r0, c13, c0, 0
	expect_reg r8, 0x0a000000, 23

	@ iA and nF (bits 31:30, asynchronous clocking) read back, and with
	@ them set exceptions still enter in ARM state: bit 30 is not the
	@ Thumb-2 cores' TE.
	ldr	r0, =0xc0000078
	mcr	p15, 0, r0, c1, c0, 0
	mrc	p15, 0, r8, c1, c0, 0
	expect_reg r8, 0xc0000078, 25
	must_undef 26, 0xe16f0f11	@ clz r0, r1
	ldr	r0, =0x00000078
	mcr	p15, 0, r0, c1, c0, 0

	@ Cache, write buffer, TLB and lockdown operations are accepted.
	ldr	r5, [r4]
	mov	r0, #0
	mcr	p15, 0, r0, c7, c7, 0	@ invalidate I and D caches
	mcr	p15, 0, r0, c7, c5, 0	@ invalidate I cache
	mcr	p15, 0, r2, c7, c14, 1	@ clean and invalidate D entry (MVA)
	mcr	p15, 0, r0, c7, c14, 2	@ clean and invalidate D entry (index)
	mcr	p15, 0, r0, c7, c10, 4	@ drain write buffer
	mcr	p15, 0, r0, c8, c7, 0	@ invalidate TLBs
	mcr	p15, 0, r2, c8, c6, 1	@ invalidate D TLB entry
	mrc	p15, 0, r8, c9, c0, 0	@ D cache lockdown
	mcr	p15, 0, r8, c9, c0, 0
	mrc	p15, 0, r8, c10, c0, 0	@ D TLB lockdown
	mcr	p15, 0, r8, c10, c0, 0
	ldr	r6, [r4]
	cmp	r5, r6
	movne	r0, #24
	bne	out
	mov	r0, #0
out:
	ldmfd	sp!, {r4-r8, pc}

	.thumb
thumb_code:
	.hword	0x4798			@ blx r3
	.hword	0xf000, 0xe800		@ bl prefix, blx suffix
	.hword	0x4738			@ bx r7
	.arm
	.align 2
	.ltorg
	.bss
und_count:	.word 0
scratch:	.space 16
