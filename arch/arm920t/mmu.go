// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t

import (
	"unsafe"
)

// The MMU model: one L1 translation table of 4096 word entries, each
// describing 1 MB of virtual space. RAM and devices are identity mapped with
// section descriptors; the one page that needs a finer grain (the high
// vector page at 0xFFFF0000) goes through a coarse L2 table of 256 small
// (4 KB) page entries. Entries left zero are faults: that is how the null
// page and every hole in the physical map become guard regions.
//
// Everything lives in domain 0, a client domain (the access permission bits
// are checked); the other 15 domains deny all access. Kernel mappings are
// privileged read/write and inaccessible from User mode (AP=01).
//
// Tables are built before the MMU is on, with plain stores: the caller
// passes physical addresses of memory it reserved, which equal the virtual
// ones.

// L1/L2 descriptor fields (ARM920T TRM 3.3).
const (
	l1Section = 0b10
	l1Coarse  = 0b01
	l2Small   = 0b10

	descB     = 1 << 2 // bufferable
	descC     = 1 << 3 // cacheable
	descBit4  = 1 << 4 // L1 descriptors: must be one on the ARM920T
	apShift   = 10     // section AP field
	domShift  = 5
	sectionSz = 1 << 20
	pageSz    = 1 << 12
)

// Access permissions (with S=R=0 in the control register).
const (
	AP_KERNEL = 0b01 // privileged read/write, User mode no access
	AP_USER   = 0b11 // read/write in every mode
)

// Memory attributes of a mapping.
const (
	// Normal is write-back cached, buffered memory (C=1 B=1).
	Normal = descC | descB
	// Device is uncached and unbuffered: every access reaches the bus in
	// program order.
	Device = 0
)

// L1TableSize is the size and alignment of an L1 translation table.
const L1TableSize = 16 << 10

// L2TableSize is the size and alignment of a coarse L2 table.
const L2TableSize = 1 << 10

// PageTable is an L1 translation table at a 16 KB aligned physical address.
type PageTable uint32

// entry returns a pointer to the descriptor word at index i of a table.
//
//go:nosplit
func entry(table uint32, i uint32) *uint32 {
	return (*uint32)(unsafe.Pointer(uintptr(table + 4*i)))
}

// Clear zeroes every L1 entry: all of virtual space faults.
//
//go:nosplit
func (t PageTable) Clear() {
	for i := uint32(0); i < 4096; i++ {
		*entry(uint32(t), i) = 0
	}
}

// MapSections maps [va, va+size) to [pa, pa+size) with 1 MB sections of
// the given memory attributes and access permission. Addresses and size
// are multiples of 1 MB.
//
//go:nosplit
func (t PageTable) MapSections(va uint32, pa uint32, size uint32, attr uint32, ap uint32) {
	for off := uint32(0); off < size; off += sectionSz {
		*entry(uint32(t), (va+off)>>20) = (pa+off)&^(sectionSz-1) | ap<<apShift | attr | descBit4 | l1Section
	}
}

// Unmap removes the sections covering [va, va+size) and flushes the
// change; the data cache is cleaned first, as it may hold dirty lines of
// the range under its virtual addresses.
//
//go:nosplit
func (t PageTable) Unmap(va uint32, size uint32) {
	CleanInvalidateDCache()
	for off := uint32(0); off < size; off += sectionSz {
		*entry(uint32(t), (va+off)>>20) = 0
	}
	t.Flush()
}

// Flush makes changes to a live table visible to the MMU: it cleans the
// data cache (the ARM920T walks tables in memory, never in the cache) and
// invalidates the TLBs.
//
//go:nosplit
func (t PageTable) Flush() {
	CleanInvalidateDCache()
	InvalidateTLB()
}

// MapPage maps the 4 KB page at va to pa through the coarse L2 table at l2
// (1 KB aligned), which covers the 1 MB around va and is cleared the first
// time it is linked into the L1 table.
//
//go:nosplit
func (t PageTable) MapPage(va uint32, pa uint32, l2 uint32, attr uint32, ap uint32) {
	l1 := entry(uint32(t), va>>20)
	if *l1 != l2|descBit4|l1Coarse {
		for i := uint32(0); i < 256; i++ {
			*entry(l2, i) = 0
		}
		*l1 = l2 | descBit4 | l1Coarse
	}
	// the same permission for the four 1 KB subpages
	aps := ap | ap<<2 | ap<<4 | ap<<6
	*entry(l2, (va>>12)&0xff) = pa&^(pageSz-1) | aps<<4 | attr | l2Small
}

// EnableMMU loads the table, makes domain 0 a client domain, invalidates
// the TLBs and caches and turns on the MMU, both caches and the high
// vectors. The code calling it must be identity mapped. It is meant to
// run once, at boot, with the data cache never enabled before (cpuinit
// cleaned and disabled whatever a boot loader left on).
//
//go:nosplit
func EnableMMU(t PageTable) {
	writeTTB(uint32(t))
	writeDACR(0b01) // domain 0: client; 1-15: no access
	invalidateCaches()
	InvalidateTLB()
	DrainWriteBuffer()
	writeControl(readControl() | ctrlSBO | CTRL_M | CTRL_C | CTRL_I | CTRL_V)
}

// Translate returns the physical address va maps to in t, and false if
// the access would fault.
func (t PageTable) Translate(va uint32) (uint32, bool) {
	d := *entry(uint32(t), va>>20)
	switch d & 0b11 {
	case l1Section:
		return d&^(sectionSz-1) | va&(sectionSz-1), true
	case l1Coarse:
		p := *entry(d&^(L2TableSize-1), (va>>12)&0xff)
		if p&0b11 != l2Small {
			return 0, false
		}
		return p&^(pageSz-1) | va&(pageSz-1), true
	}
	return 0, false
}
