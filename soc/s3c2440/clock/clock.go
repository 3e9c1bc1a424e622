// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package clock drives the S3C2440A clock and power management block: the
// MPLL (FCLK for the core, HCLK for the AHB bus, PCLK for the APB
// peripherals) and the UPLL (48 MHz for USB).
//
// The rates are always computed from the registers, never remembered, so
// they stay right whatever a boot loader set. Init runs once, at boot,
// before interrupts exist; nothing here needs locking.
package clock

import (
	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/soc/s3c2440"
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// Clock and power management registers.
const (
	LOCKTIME = 0x4C000000
	MPLLCON  = 0x4C000004
	UPLLCON  = 0x4C000008
	CLKCON   = 0x4C00000C
	CLKSLOW  = 0x4C000010
	CLKDIVN  = 0x4C000014
	CAMDIVN  = 0x4C000018
)

// PLL configuration fields (MPLLCON, UPLLCON).
const (
	MDIV_SHIFT = 12
	PDIV_SHIFT = 4
	SDIV_SHIFT = 0
)

// CLKDIVN and CAMDIVN fields.
const (
	CLKDIVN_PDIVN      = 1 << 0
	CLKDIVN_HDIVN      = 1 // shift of the 2-bit HDIVN field
	CAMDIVN_HCLK3_HALF = 1 << 8
	CAMDIVN_HCLK4_HALF = 1 << 9
)

// The rates the mini2440 runs at: FCLK 405 MHz from the 12 MHz crystal,
// FCLK:HCLK:PCLK = 1:4:8, and UPLL 48 MHz.
const (
	// Mpll = 2 * m * Fin / (p * 2^s), m = MDIV+8, p = PDIV+2, s = SDIV:
	// 2 * 135 * 12 MHz / (4 * 2) = 405 MHz.
	mpll405 = 127<<MDIV_SHIFT | 2<<PDIV_SHIFT | 1<<SDIV_SHIFT
	// Upll = m * Fin / (p * 2^s): 64 * 12 MHz / (4 * 4) = 48 MHz.
	upll48 = 56<<MDIV_SHIFT | 2<<PDIV_SHIFT | 2<<SDIV_SHIFT
	// HDIVN = 2 (HCLK = FCLK/4 with HCLK4_HALF clear), PDIVN = 1.
	clkdivn148 = 2<<CLKDIVN_HDIVN | CLKDIVN_PDIVN
)

// Init sets the mini2440's clocks, in the order the manual asks for: lock
// time, dividers, asynchronous bus mode (required as HCLK != FCLK), then
// UPLL and MPLL (the core stalls until the MPLL locks).
//
//go:nosplit
func Init() {
	reg.Write(LOCKTIME, 0xFFFFFFFF)
	reg.Clear(CAMDIVN, CAMDIVN_HCLK3_HALF|CAMDIVN_HCLK4_HALF)
	reg.Write(CLKDIVN, clkdivn148)
	arm920t.SetAsyncBusMode()
	reg.Write(UPLLCON, upll48)
	// the manual asks for 7 cycles between the two PLL writes
	for i := 0; i < 8; i++ {
		reg.Read(UPLLCON)
	}
	reg.Write(MPLLCON, mpll405)
}

// pll returns the output frequency for a PLL register value; the MPLL has
// an extra factor of 2.
func pll(con uint32, factor uint64) uint32 {
	m := uint64(con>>MDIV_SHIFT&0xff) + 8
	p := uint64(con>>PDIV_SHIFT&0x3f) + 2
	s := con >> SDIV_SHIFT & 0x3
	return uint32(factor * m * s3c2440.XTAL / (p << s))
}

// FCLK returns the core clock in Hz.
func FCLK() uint32 {
	return pll(reg.Read(MPLLCON), 2)
}

// UCLK returns the UPLL output in Hz.
func UCLK() uint32 {
	return pll(reg.Read(UPLLCON), 1)
}

// HCLK returns the AHB bus clock in Hz.
func HCLK() uint32 {
	f := FCLK()
	cam := reg.Read(CAMDIVN)
	switch reg.Get(CLKDIVN, CLKDIVN_HDIVN, 2) {
	case 1:
		return f / 2
	case 2:
		if cam&CAMDIVN_HCLK4_HALF != 0 {
			return f / 8
		}
		return f / 4
	case 3:
		if cam&CAMDIVN_HCLK3_HALF != 0 {
			return f / 6
		}
		return f / 3
	}
	return f
}

// PCLK returns the APB peripheral clock in Hz.
func PCLK() uint32 {
	if reg.Read(CLKDIVN)&CLKDIVN_PDIVN != 0 {
		return HCLK() / 2
	}
	return HCLK()
}
