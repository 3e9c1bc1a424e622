// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package timer drives the S3C2440A PWM timer 4 as the kernel tick and
// builds the monotonic clock on it.
//
// # Model
//
// Timer 4 counts TCNTO4 down from TCNTB4 to 0 at PCLK / (prescaler1+1) /
// divider, then reloads and raises INT_TIMER4. The tick handler runs in IRQ
// mode (registered with intc.SetFast) and only increments ticks. Nanotime
// is ticks x tick period plus the time elapsed in the current period, read
// from TCNTO4.
//
// The one subtle case is a reload whose interrupt is still pending (IRQs
// masked, or the IRQ not yet taken): TCNTO4 has restarted but ticks has not
// moved. Nanotime therefore reads, with IRQs masked, TCNTO4, then the
// INT_TIMER4 bit of SRCPND, then TCNTO4 again. A pending bit means the
// reload happened before it was read, so the second count belongs to the
// next period (ticks+1); no pending bit means no reload happened before the
// first count was read, so the first count belongs to the current period.
// Should ticks ever be lost (IRQs masked for more than a period), the
// clock would step back; Nanotime clamps to the last value it returned, so
// it never does.
//
// # Locking
//
// ticks and last are written in IRQ mode and by Nanotime with IRQs masked;
// readers mask IRQs. Start runs once, before the tick is enabled.
package timer

import (
	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/soc/s3c2440/intc"
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// PWM timer registers.
const (
	TCFG0  = 0x51000000
	TCFG1  = 0x51000004
	TCON   = 0x51000008
	TCNTB4 = 0x5100003C
	TCNTO4 = 0x51000040
)

// Fields for timer 4.
const (
	TCFG0_PRESCALER1 = 8  // shift of prescaler 1 (timers 2, 3, 4)
	TCFG1_MUX4       = 16 // shift of the timer 4 divider select
	TCON_T4_START    = 1 << 20
	TCON_T4_UPDATE   = 1 << 21 // manual update of TCNTO4 from TCNTB4
	TCON_T4_RELOAD   = 1 << 22 // auto reload
)

// The timer 4 input: PCLK / 27 / 2 = 937.5 kHz at PCLK 50.625 MHz, a rate
// at which every HZ below divides into a whole number of counts.
const (
	prescaler1 = 26
	mux4Div2   = 0
	divider    = (prescaler1 + 1) * 2
)

// HZ is the tick rate. 500 Hz (2 ms) keeps sleep and scheduling
// granularity fine while the tick itself costs a few hundred cycles in
// IRQ mode (it never wakes a goroutine); TCNTB4 fits 16 bits for any PCLK
// up to 68 MHz.
const HZ = 500

// TickPeriod is the tick period in nanoseconds.
const TickPeriod = 1e9 / HZ

var (
	ticks   uint64
	last    int64
	started bool
	// counts is the number of timer counts per tick (TCNTB4 + 1).
	counts uint32
	// nsPerCount is the duration of one count in ns, fixed point 32.32.
	nsPerCount uint64
)

// Start programs timer 4 for HZ ticks from a PCLK of pclk Hz, registers
// the tick handler and enables the tick interrupt.
func Start(pclk uint32) {
	rate := pclk / divider
	counts = rate / HZ
	nsPerCount = uint64(1e9) << 32 / uint64(rate)

	reg.SetN(TCFG0, TCFG0_PRESCALER1, 8, prescaler1)
	reg.SetN(TCFG1, TCFG1_MUX4, 4, mux4Div2)
	reg.Write(TCNTB4, counts-1)
	reg.Clear(TCON, TCON_T4_START|TCON_T4_RELOAD)
	reg.Set(TCON, TCON_T4_UPDATE)
	reg.Clear(TCON, TCON_T4_UPDATE)

	intc.SetFast(intc.INT_TIMER4, tick)
	intc.Enable(intc.INT_TIMER4)

	s := arm920t.DisableInterrupts()
	started = true
	reg.Set(TCON, TCON_T4_START|TCON_T4_RELOAD)
	arm920t.RestoreInterrupts(s)
}

// tick runs in IRQ mode on every timer 4 interrupt.
//
//go:nosplit
func tick() {
	ticks++
}

// Ticks returns the number of ticks since Start.
//
//go:nosplit
func Ticks() uint64 {
	s := arm920t.DisableInterrupts()
	t := ticks
	arm920t.RestoreInterrupts(s)
	return t
}

// Nanotime returns the monotonic time in ns since Start (0 before).
//
//go:nosplit
func Nanotime() int64 {
	s := arm920t.DisableInterrupts()
	if !started {
		arm920t.RestoreInterrupts(s)
		return 0
	}
	t := ticks
	c := reg.Read(TCNTO4)
	if reg.Read(intc.SRCPND)&(1<<intc.INT_TIMER4) != 0 {
		t++
		c = reg.Read(TCNTO4)
	}
	if c >= counts {
		c = counts - 1
	}
	elapsed := uint64(counts-1-c) * nsPerCount >> 32
	ns := int64(t)*TickPeriod + int64(elapsed)
	if ns < last {
		ns = last
	}
	last = ns
	arm920t.RestoreInterrupts(s)
	return ns
}
