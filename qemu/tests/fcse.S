@ FCSE: with the PID set, virtual addresses below 32 MB are remapped to
@ MVA = VA | PID << 25 before translation; addresses above are not, and
@ changing the PID takes effect at once (no stale TLB entries). The page
@ table maps everything flat except the 1 MB section at MVA 0x0a000000
@ (PID 5, VA 0), which points to SDRAM at 0x30200000.
	.include "common.inc"

	.equ TTB,	0x30100000
	.equ ALIAS_PA,	0x30200000
	.equ SECTION,	0xc12		@ section, AP = 11, domain 0, bit 4 set

main:
	stmfd	sp!, {r4-r6, lr}
	ldr	r0, =TTB
	ldr	r1, =SECTION
	mov	r2, #0
1:	orr	r3, r1, r2, lsl #20
	str	r3, [r0, r2, lsl #2]
	add	r2, r2, #1
	cmp	r2, #4096
	bne	1b
	ldr	r3, =(ALIAS_PA | SECTION)
	str	r3, [r0, #(0xa0 << 2)]

	@ Data: steppingstone word 0x800 and its would-be alias.
	mov	r4, #0x800
	ldr	r0, =0x11111111
	str	r0, [r4]
	ldr	r5, =(ALIAS_PA + 0x800)
	ldr	r0, =0xcafef00d
	str	r0, [r5]

	ldr	r0, =TTB
	mcr	p15, 0, r0, c2, c0, 0
	mov	r0, #3			@ domain 0: manager
	mcr	p15, 0, r0, c3, c0, 0
	mrc	p15, 0, r0, c1, c0, 0
	orr	r0, r0, #1
	mcr	p15, 0, r0, c1, c0, 0

	ldr	r0, [r4]		@ PID 0: the steppingstone (and a TLB entry)
	ldr	r1, =0x11111111
	cmp	r0, r1
	movne	r6, #1
	bne	mmu_off

	mov	r0, #(5 << 25)
	mcr	p15, 0, r0, c13, c0, 0
	ldr	r0, [r4]		@ PID 5: MVA 0x0a000800 -> 0x30200800
	ldr	r1, =0xcafef00d
	cmp	r0, r1
	movne	r6, #2
	bne	pid0
	ldr	r0, =0x55
	str	r0, [r4, #4]		@ lands at 0x30200804
	ldr	r0, [r5, #4]		@ VA >= 32 MB: not remapped
	cmp	r0, #0x55
	movne	r6, #3
	bne	pid0
	mov	r6, #0
pid0:
	mov	r0, #0
	mcr	p15, 0, r0, c13, c0, 0
	cmp	r6, #0
	bne	mmu_off
	ldr	r0, [r4]		@ PID 0 again: steppingstone
	ldr	r1, =0x11111111
	cmp	r0, r1
	movne	r6, #4
	bne	mmu_off
	ldr	r0, [r4, #4]
	cmp	r0, #0x55
	moveq	r6, #5			@ the store went to the wrong place
mmu_off:
	mrc	p15, 0, r0, c1, c0, 0
	bic	r0, r0, #1
	mcr	p15, 0, r0, c1, c0, 0
	mov	r0, r6
	ldmfd	sp!, {r4-r6, pc}
	.ltorg
