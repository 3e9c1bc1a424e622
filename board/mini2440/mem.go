// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	_ "unsafe"

	"github.com/mini2440-go/kernel/arch/arm920t"
)

// Memory map of the 64 MB of SDRAM (nGCS6, 0x30000000-0x33FFFFFF):
//
//	0x30000000  64 KB reserved by arch/arm920t (page tables, vector page,
//	            exception stacks), whose last 16 KB hold the boot record
//	0x30010000  the kernel image (KernelBase: text, data, bss), then the
//	            Go heap growing up
//	0x33FFFF00  top of the initial (g0) stack, growing down
const (
	SDRAMBase  = 0x30000000
	SDRAMSize  = 64 << 20
	KernelBase = SDRAMBase + arm920t.ReservedSize
)

// bootRecord is a word of SDRAM outside the image that survives a reset:
// tests use it to recognise their second boot.
const bootRecord = SDRAMBase + arm920t.BoardAreaStart

//go:linkname ramStart runtime/goos.RamStart
var ramStart uint = KernelBase

//go:linkname ramSize runtime/goos.RamSize
var ramSize uint = SDRAMSize - arm920t.ReservedSize

//go:linkname ramStackOffset runtime/goos.RamStackOffset
var ramStackOffset uint = 0x100
