// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package wdt drives the S3C2440A watchdog timer.
//
// The watchdog counts WTCNT down at PCLK / (prescaler+1) / division and
// resets the chip when it reaches zero with the reset output enabled. Its
// reset value has the watchdog running, so the board's cpuinit disables it
// before anything else. Start, Kick and Stop are called from one goroutine
// at a time; Reset may be called from anywhere, including exception
// context.
package wdt

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// Watchdog registers.
const (
	WTCON = 0x53000000
	WTDAT = 0x53000004
	WTCNT = 0x53000008
)

// WTCON fields.
const (
	WTCON_RESET    = 1 << 0 // assert reset at zero
	WTCON_INT      = 1 << 2 // interrupt at zero
	WTCON_CLKSEL   = 3      // shift of the 2-bit division factor (16, 32, 64, 128)
	WTCON_ENABLE   = 1 << 5
	WTCON_PRESCALE = 8 // shift of the 8-bit prescaler
)

// The slowest count rate: prescaler 255, division 128.
const (
	prescaler = 255
	clksel128 = 3
	divider   = (prescaler + 1) * 128
)

// Stop disables the watchdog.
//
//go:nosplit
func Stop() {
	reg.Write(WTCON, 0)
}

// Start arms the watchdog to reset the chip after ms milliseconds unless
// Kick is called, for a PCLK of pclk Hz (at most about 42 s at 50 MHz).
func Start(pclk uint32, ms uint32) {
	count := uint64(pclk) / divider * uint64(ms) / 1000
	if count == 0 {
		count = 1
	}
	if count > 0xffff {
		count = 0xffff
	}
	reg.Write(WTCON, 0)
	reg.Write(WTDAT, uint32(count))
	reg.Write(WTCNT, uint32(count))
	reg.Write(WTCON, prescaler<<WTCON_PRESCALE|clksel128<<WTCON_CLKSEL|WTCON_ENABLE|WTCON_RESET)
}

// Kick restarts the countdown from the value set by Start.
func Kick() {
	reg.Write(WTCNT, reg.Read(WTDAT))
}

// Reset resets the chip through the watchdog within microseconds and does
// not return.
//
//go:nosplit
func Reset() {
	reg.Write(WTCON, 0)
	reg.Write(WTDAT, 1)
	reg.Write(WTCNT, 1)
	reg.Write(WTCON, WTCON_ENABLE|WTCON_RESET)
	for {
	}
}
