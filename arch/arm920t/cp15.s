// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "go_asm.h"
#include "textflag.h"

// func MainID() uint32
TEXT ·MainID(SB),NOSPLIT,$0-4
	MRC	15, 0, R0, C0, C0, 0
	MOVW	R0, ret+0(FP)
	RET

// func CacheType() uint32
TEXT ·CacheType(SB),NOSPLIT,$0-4
	MRC	15, 0, R0, C0, C0, 1
	MOVW	R0, ret+0(FP)
	RET

// func readControl() uint32
TEXT ·readControl(SB),NOSPLIT,$0-4
	MRC	15, 0, R0, C1, C0, 0
	MOVW	R0, ret+0(FP)
	RET

// func writeControl(val uint32)
TEXT ·writeControl(SB),NOSPLIT,$0-4
	MOVW	val+0(FP), R0
	MCR	15, 0, R0, C1, C0, 0
	// the pipeline may hold instructions fetched under the old setting
	MOVW	R0, R0
	MOVW	R0, R0
	RET

// func writeTTB(addr uint32)
TEXT ·writeTTB(SB),NOSPLIT,$0-4
	MOVW	addr+0(FP), R0
	MCR	15, 0, R0, C2, C0, 0
	RET

// func writeDACR(val uint32)
TEXT ·writeDACR(SB),NOSPLIT,$0-4
	MOVW	val+0(FP), R0
	MCR	15, 0, R0, C3, C0, 0
	RET

// func FaultStatus() uint32
TEXT ·FaultStatus(SB),NOSPLIT,$0-4
	MRC	15, 0, R0, C5, C0, 0
	MOVW	R0, ret+0(FP)
	RET

// func FaultAddress() uint32
TEXT ·FaultAddress(SB),NOSPLIT,$0-4
	MRC	15, 0, R0, C6, C0, 0
	MOVW	R0, ret+0(FP)
	RET

// func PID() uint32
TEXT ·PID(SB),NOSPLIT,$0-4
	MRC	15, 0, R0, C13, C0, 0
	MOVW	R0, ret+0(FP)
	RET

// func SetPID(pid uint32)
TEXT ·SetPID(SB),NOSPLIT,$0-4
	MOVW	pid+0(FP), R0
	MCR	15, 0, R0, C13, C0, 0
	RET

// func InvalidateTLB()
TEXT ·InvalidateTLB(SB),NOSPLIT,$0-0
	MOVW	$0, R0
	MCR	15, 0, R0, C8, C7, 0
	RET

// func InvalidateICache()
TEXT ·InvalidateICache(SB),NOSPLIT,$0-0
	MOVW	$0, R0
	MCR	15, 0, R0, C7, C5, 0
	RET

// func DrainWriteBuffer()
TEXT ·DrainWriteBuffer(SB),NOSPLIT,$0-0
	MOVW	$0, R0
	MCR	15, 0, R0, C7, C10, 4
	RET

// func invalidateCaches()
TEXT ·invalidateCaches(SB),NOSPLIT,$0-0
	MOVW	$0, R0
	MCR	15, 0, R0, C7, C7, 0
	RET

// func CleanInvalidateDCache()
//
// Uses only R0-R3 and no memory, so cpuinit can call it before any stack
// exists (with BL; it returns through R14).
TEXT ·CleanInvalidateDCache(SB),NOSPLIT|NOFRAME,$0-0
	MOVW	$0, R1			// segment
segment:
	MOVW	$0, R2			// line index
line:
	MOVW	R1<<5, R3
	ORR	R2<<26, R3, R0
	MCR	15, 0, R0, C7, C14, 2	// clean and invalidate D line by index
	ADD	$1, R2
	CMP	$const_dcacheWays, R2
	B.NE	line
	ADD	$1, R1
	CMP	$const_dcacheSegments, R1
	B.NE	segment
	MOVW	$0, R0
	MCR	15, 0, R0, C7, C10, 4	// drain write buffer
	RET
