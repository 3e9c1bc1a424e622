@ Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
@ Use of this source code is governed by a BSD-style license that can be
@ found in the LICENSE file.
@
@ Fixture for elf_test.go: ARM and Thumb code, literal pools whose words
@ look like forbidden instructions, and a table reached without a
@ PC-relative load. Rebuild with binutils-arm-none-eabi (see README.md):
@
@   arm-none-eabi-as -o mixed.o mixed.S
@   arm-none-eabi-ld -Ttext=0x8000 -e arm_code -o mixed.elf mixed.o
@   arm-none-eabi-objcopy --wildcard --strip-symbol='$*' mixed.elf mixed-nomap.elf
@   arm-none-eabi-as -EB -o mixed-be.o mixed.S
@   arm-none-eabi-ld -EB -Ttext=0x8000 -e arm_code -o mixed-be32.elf mixed-be.o
@   arm-none-eabi-ld -EB --be8 -Ttext=0x8000 -e arm_code -o mixed-be8.elf mixed-be.o
@   rm mixed-be.o
@
@ mixed.elf keeps the mapping symbols ($a, $t, $d); mixed-nomap.elf has
@ none, as a Go binary. mixed.o is the relocatable object (addresses are
@ section offsets); mixed-be32.elf is big-endian throughout, mixed-be8.elf
@ has big-endian data and little-endian code. (as warns about the MUL: it
@ is there on purpose.)

	.syntax unified
	.arch armv5te
	.text

	.arm
	.global arm_code
	.type arm_code, %function
arm_code:
	ldr r0, looks_like_blx		@ the literal must not be reported
	ldr r1, =0xe16f0f11		@ neither this one (clz r0, r1)
	clz r2, r0			@ CLZ
	mul r3, r3, r1			@ MUL with Rd==Rm
	bx lr
looks_like_blx:
	.word 0xe12fff33		@ blx r3
	.ltorg
	.size arm_code, .-arm_code

	.thumb
	.global thumb_code
	.type thumb_code, %function
	.thumb_func
thumb_code:
	ldr r0, 1f			@ Thumb literal
	blx r0				@ Thumb BLX (register)
	bx lr
	.align 2
1:	.word 0xbe00be00		@ bkpt; bkpt
	.size thumb_code, .-thumb_code

	.arm
	.global table_code
	.type table_code, %function
table_code:
	adr r2, table			@ not a load: only $d marks the table
	ldr r0, [r2, r0, lsl #2]
	bx lr
table:
	.word 0xf57ff05f		@ dmb sy
	.size table_code, .-table_code
