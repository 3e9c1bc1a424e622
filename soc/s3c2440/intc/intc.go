// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package intc drives the S3C2440A interrupt controller and dispatches
// interrupts to Go handlers.
//
// # Model
//
// Each of the 32 sources latches into SRCPND; an unmasked one (INTMSK)
// becomes the single INTPND bit, numbered by INTOFFSET, and raises IRQ.
// Sources shared by several events have sub-sources (SUBSRCPND and
// INTSUBMSK); external interrupts 4-23 are further demultiplexed by the
// GPIO block (EINTPEND, EINTMASK, see package gpio). The manual's
// acknowledge order is SUBSRCPND (or EINTPEND), then SRCPND, then INTPND.
//
// Interrupts are served in two levels:
//
//   - In IRQ mode (irq, below) the source is read from INTOFFSET. A "fast"
//     handler (SetFast: nosplit, allocation free, e.g. the timer tick) is
//     acknowledged and run right there. Any other source is masked in
//     INTMSK, marked in service, acknowledged in SRCPND and INTPND, and
//     relayed to the runtime with os/signal.Relay; IRQs stay enabled, so
//     the tick and other sources keep flowing.
//   - In a goroutine (Serve) the relayed sources are handled by ordinary Go
//     functions (Handle) that may block or allocate. After the handler,
//     sources with a second-level pending register get SRCPND cleared again
//     (the handler cleared the sub-source, so the latch may go), and the
//     source is unmasked unless it has been disabled meanwhile.
//
// This replaces the tamago arm package's model (one IRQ masks all IRQs in
// CPSR until a goroutine has run) because on this kernel the tick must
// keep counting while a goroutine hogs the CPU: Go has no preemption here.
//
// # Locking
//
// enabled, inService and the INTMSK/INTSUBMSK registers are shared with IRQ
// mode; goroutine code changes them with IRQs masked. Handler tables are
// written before the source is enabled.
package intc

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// Interrupt controller registers.
const (
	SRCPND    = 0x4A000000
	INTMOD    = 0x4A000004
	INTMSK    = 0x4A000008
	PRIORITY  = 0x4A00000C
	INTPND    = 0x4A000010
	INTOFFSET = 0x4A000014
	SUBSRCPND = 0x4A000018
	INTSUBMSK = 0x4A00001C
)

// Interrupt sources (bit numbers in SRCPND, INTMSK and INTPND).
const (
	INT_EINT0     = 0
	INT_EINT1     = 1
	INT_EINT2     = 2
	INT_EINT3     = 3
	INT_EINT4_7   = 4
	INT_EINT8_23  = 5
	INT_CAM       = 6
	INT_nBATT_FLT = 7
	INT_TICK      = 8
	INT_WDT_AC97  = 9
	INT_TIMER0    = 10
	INT_TIMER1    = 11
	INT_TIMER2    = 12
	INT_TIMER3    = 13
	INT_TIMER4    = 14
	INT_UART2     = 15
	INT_LCD       = 16
	INT_DMA0      = 17
	INT_DMA1      = 18
	INT_DMA2      = 19
	INT_DMA3      = 20
	INT_SDI       = 21
	INT_SPI0      = 22
	INT_UART1     = 23
	INT_NFCON     = 24
	INT_USBD      = 25
	INT_USBH      = 26
	INT_IIC       = 27
	INT_UART0     = 28
	INT_SPI1      = 29
	INT_RTC       = 30
	INT_ADC       = 31
)

// Sub-sources (bit numbers in SUBSRCPND and INTSUBMSK).
const (
	SUBINT_RXD0  = 0
	SUBINT_TXD0  = 1
	SUBINT_ERR0  = 2
	SUBINT_RXD1  = 3
	SUBINT_TXD1  = 4
	SUBINT_ERR1  = 5
	SUBINT_RXD2  = 6
	SUBINT_TXD2  = 7
	SUBINT_ERR2  = 8
	SUBINT_TC    = 9
	SUBINT_ADC_S = 10
	SUBINT_CAM_C = 11
	SUBINT_CAM_P = 12
	SUBINT_WDT   = 13
	SUBINT_AC97  = 14
)

// secondLevel are the sources whose SRCPND bit follows a second-level
// pending register (SUBSRCPND or EINTPEND).
const secondLevel = 1<<INT_EINT4_7 | 1<<INT_EINT8_23 | 1<<INT_CAM | 1<<INT_WDT_AC97 |
	1<<INT_UART0 | 1<<INT_UART1 | 1<<INT_UART2 | 1<<INT_ADC

var (
	fast     [32]func()
	handlers [32]func()

	// enabled is the set of sources software wants delivered.
	enabled uint32
	// inService is the set of sources masked by irq, waiting for Serve.
	inService uint32
	// relays counts the interrupts relayed to Serve.
	relays uint32
	// spurious counts IRQs taken with no INTPND bit.
	spurious uint32
)

// Init masks and clears every source and sub-source (all IRQ, none FIQ)
// and installs the IRQ-mode dispatcher.
func Init() {
	reg.Write(INTMOD, 0)
	reg.Write(INTMSK, 0xFFFFFFFF)
	reg.Write(INTSUBMSK, 0x7FFF)
	reg.Write(SUBSRCPND, 0x7FFF)
	reg.Write(SRCPND, 0xFFFFFFFF)
	reg.Write(INTPND, reg.Read(INTPND))
	arm920t.SetIRQHandler(irq)
}

// irq runs in IRQ mode for every IRQ (see the package comment).
//
//go:nosplit
func irq() {
	if reg.Read(INTPND) == 0 {
		spurious++
		return
	}
	n := reg.Read(INTOFFSET) & 31
	bit := uint32(1) << n
	if f := fast[n]; f != nil {
		reg.Write(SRCPND, bit)
		reg.Write(INTPND, bit)
		f()
		return
	}
	reg.Write(INTMSK, reg.Read(INTMSK)|bit)
	inService |= bit
	reg.Write(SRCPND, bit)
	reg.Write(INTPND, bit)
	relays++
	signal.Relay(uint32(syscall.SIGTRAP))
}

// SetFast makes fn the IRQ-mode handler of source n. fn runs with IRQs
// masked, after the source is acknowledged; it must be //go:nosplit, call
// only nosplit code, allocate nothing and store no pointers.
func SetFast(n int, fn func()) {
	fast[n] = fn
}

// Handle makes fn the handler of source n, run by Serve in goroutine
// context. For sources with sub-sources fn acknowledges them (ClearSub).
func Handle(n int, fn func()) {
	handlers[n] = fn
}

// Enable unmasks source n.
func Enable(n int) {
	s := arm920t.DisableInterrupts()
	enabled |= 1 << n
	if inService&(1<<n) == 0 {
		reg.Clear(INTMSK, 1<<n)
	}
	arm920t.RestoreInterrupts(s)
}

// Disable masks source n; an event latched meanwhile is delivered when the
// source is enabled again.
func Disable(n int) {
	s := arm920t.DisableInterrupts()
	enabled &^= 1 << n
	reg.Set(INTMSK, 1<<n)
	arm920t.RestoreInterrupts(s)
}

// EnableSub unmasks sub-source n.
func EnableSub(n int) {
	s := arm920t.DisableInterrupts()
	reg.Clear(INTSUBMSK, 1<<n)
	arm920t.RestoreInterrupts(s)
}

// DisableSub masks sub-source n.
func DisableSub(n int) {
	s := arm920t.DisableInterrupts()
	reg.Set(INTSUBMSK, 1<<n)
	arm920t.RestoreInterrupts(s)
}

// SubPending returns SUBSRCPND.
func SubPending() uint32 {
	return reg.Read(SUBSRCPND)
}

// ClearSub acknowledges sub-source n.
func ClearSub(n int) {
	reg.Write(SUBSRCPND, 1<<n)
}

// Relays returns the number of interrupts relayed to Serve so far.
func Relays() uint32 {
	s := arm920t.DisableInterrupts()
	r := relays
	arm920t.RestoreInterrupts(s)
	return r
}

// Serve runs the handlers of relayed interrupts, forever; the board starts
// it in its own goroutine.
func Serve() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTRAP)

	for {
		s := arm920t.DisableInterrupts()
		pending := inService
		arm920t.RestoreInterrupts(s)

		if pending == 0 {
			<-c
			continue
		}

		for n := 0; n < 32; n++ {
			bit := uint32(1) << n
			if pending&bit == 0 {
				continue
			}
			if h := handlers[n]; h != nil {
				h()
			}
			s := arm920t.DisableInterrupts()
			inService &^= bit
			if secondLevel&bit != 0 {
				reg.Write(SRCPND, bit)
			}
			if enabled&bit != 0 {
				reg.Clear(INTMSK, bit)
			}
			arm920t.RestoreInterrupts(s)
		}
	}
}
