@ Boot state: the CPU enters _start in SVC mode, ARM state, IRQ and FIQ
@ masked, MMU and caches off, whichever way the image was loaded (ELF with
@ -kernel, raw binary with -device loader).
	.include "common.inc"

main:
	ldr	r1, =entry_state
	ldr	r0, [r1, #12]
	and	r0, r0, #0xff
	cmp	r0, #(MODE_SVC | PSR_I | PSR_F)
	movne	r0, #1
	bxne	lr
	mrc	p15, 0, r0, c1, c0, 0
	ldr	r1, =0x1005		@ M, C, I
	tst	r0, r1
	movne	r0, #2
	bxne	lr
	mov	r0, #0
	bx	lr
	.ltorg
