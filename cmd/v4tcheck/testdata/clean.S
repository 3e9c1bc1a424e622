@ Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
@ Use of this source code is governed by a BSD-style license that can be
@ found in the LICENSE file.
@
@ Fixture for elf_test.go: ARMv4T code only. Rebuild with
@ binutils-arm-none-eabi (see README.md):
@
@   arm-none-eabi-as -march=armv4t -o clean.o clean.S
@   arm-none-eabi-ld -Ttext=0x8000 -e start -o clean.elf clean.o
@   rm clean.o

	.syntax unified
	.text
	.arm
	.global start
	.type start, %function
start:
	ldr r0, =0xf57ff05f		@ literal that looks like dmb sy
	mcr p15, 0, r0, c7, c0, 4	@ ARM920T wait for interrupt
	mrc p14, 0, r1, c0, c0, 0	@ debug comms channel: allowed
	umull r2, r3, r0, r1
	bx lr
	.ltorg
	.size start, .-start
