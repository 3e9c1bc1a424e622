// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package s3c2440 holds chip-wide facts of the Samsung S3C2440A: the
// physical memory map and the general status registers (chip ID, reset
// cause, inform registers). Each peripheral block has its own package
// below this one; their names and register names follow the S3C2440A
// user's manual.
package s3c2440

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// Physical memory map.
const (
	SDRAM_BASE = 0x30000000 // nGCS6
	SFR_BASE   = 0x48000000 // special function registers
	SFR_END    = 0x60000000
)

// General status registers (GPIO block).
const (
	GSTATUS0 = 0x560000AC // external pin status
	GSTATUS1 = 0x560000B0 // chip ID
	GSTATUS2 = 0x560000B4 // reset status
	GSTATUS3 = 0x560000B8 // inform register, kept across reset
	GSTATUS4 = 0x560000BC // inform register, kept across reset
)

// GSTATUS2 bits (write 1 to clear).
const (
	GSTATUS2_PWRST  = 1 << 0 // power-on reset
	GSTATUS2_OFFRST = 1 << 1 // wake-up from power-off
	GSTATUS2_WDTRST = 1 << 2 // watchdog reset
)

// ChipIDS3C2440A is the GSTATUS1 value of the S3C2440A.
const ChipIDS3C2440A = 0x32440001

// XTAL is the frequency of the mini2440's crystal feeding MPLL and UPLL.
const XTAL = 12000000

// ChipID returns GSTATUS1.
func ChipID() uint32 {
	return reg.Read(GSTATUS1)
}

// ResetStatus returns GSTATUS2, the cause of the last reset.
func ResetStatus() uint32 {
	return reg.Read(GSTATUS2)
}

// ClearResetStatus clears the GSTATUS2 bits in mask.
func ClearResetStatus(mask uint32) {
	reg.Write(GSTATUS2, mask)
}
