// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t

// The kernel reserves the 64 KB below runtime/goos.RamStart (which must be
// 64 KB aligned) for what the CPU needs outside the Go heap:
//
//	RamStart-64K +0x0000  L1 translation table (16 KB)
//	             +0x4000  coarse L2 table for the high vector page (1 KB)
//	             +0x5000  vector page, mapped at 0xFFFF0000 (4 KB)
//	             +0x6000  FIQ stack (4 KB)
//	             +0x7000  UND stack (4 KB)
//	             +0x8000  ABT stack (4 KB)
//	             +0x9000  SVC stack (4 KB)
//	             +0xA000  IRQ stack (8 KB)
//	             +0xC000  free for the board (16 KB)
//
// The mode stacks only hold what the vectors save (the fault path and the
// IRQ handler's nosplit Go code); Go code proper runs in System mode on
// goroutine stacks.
const (
	ReservedSize   = 0x10000
	L1TableOffset  = 0x0000
	L2TableOffset  = 0x4000
	VectorOffset   = 0x5000
	fiqStackTop    = 0x7000
	undStackTop    = 0x8000
	abtStackTop    = 0x9000
	svcStackTop    = 0xA000
	irqStackTop    = 0xC000
	BoardAreaStart = 0xC000
)

// Reserved returns the start of the reserved area for RAM starting at
// ramStart.
func Reserved(ramStart uint32) uint32 {
	return ramStart - ReservedSize
}
