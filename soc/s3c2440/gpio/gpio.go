// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package gpio drives the S3C2440A I/O ports (GPB to GPJ) and the external
// interrupts EINT0-23.
//
// # Model
//
// A port has a configuration register GPxCON (two bits per pin: input,
// output or one of two alternate functions), a data register GPxDAT and a
// pull-up disable register GPxUP. EINT0-3 are interrupt controller sources
// of their own; EINT4-7 and EINT8-23 share INT_EINT4_7 and INT_EINT8_23
// and are told apart by EINTPEND, which this package demultiplexes: Handle
// registers a per-EINT function, called from the intc service goroutine
// after the EINTPEND bit is cleared.
//
// # Locking
//
// Pin configuration happens at boot from one goroutine. Set and Get on
// output pins are read-modify-write on GPxDAT, so callers that drive pins
// of the same port from different goroutines serialize them. EINTMASK and
// EINTPEND are touched only from goroutine context.
package gpio

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/intc"
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// Port is an I/O port, named by the address of its GPxCON register.
type Port uint32

// Ports with two configuration bits per pin.
const (
	GPB Port = 0x56000010
	GPC Port = 0x56000020
	GPD Port = 0x56000030
	GPE Port = 0x56000040
	GPF Port = 0x56000050
	GPG Port = 0x56000060
	GPH Port = 0x56000070
	GPJ Port = 0x560000D0
)

// Offsets from GPxCON.
const (
	DAT = 0x4
	UP  = 0x8
)

// Pin functions (GPxCON field values).
const (
	Input  = 0b00
	Output = 0b01
	Alt2   = 0b10 // first alternate function (e.g. EINT, TXD0)
	Alt3   = 0b11
)

// External interrupt registers.
const (
	EXTINT0  = 0x56000088
	EXTINT1  = 0x5600008C
	EXTINT2  = 0x56000090
	EINTMASK = 0x560000A4
	EINTPEND = 0x560000A8
)

// Trigger is an EXTINTn signalling method.
type Trigger uint32

// Signalling methods.
const (
	LowLevel    Trigger = 0b000
	HighLevel   Trigger = 0b001
	FallingEdge Trigger = 0b010
	RisingEdge  Trigger = 0b100
	BothEdges   Trigger = 0b110
)

// Configure sets the function of pin.
func (p Port) Configure(pin int, fn uint32) {
	reg.SetN(uint32(p), pin*2, 2, fn)
}

// PullUp enables or disables the pull-up of pin.
func (p Port) PullUp(pin int, on bool) {
	if on {
		reg.Clear(uint32(p)+UP, 1<<pin)
	} else {
		reg.Set(uint32(p)+UP, 1<<pin)
	}
}

// Set drives output pin high or low.
func (p Port) Set(pin int, high bool) {
	if high {
		reg.Set(uint32(p)+DAT, 1<<pin)
	} else {
		reg.Clear(uint32(p)+DAT, 1<<pin)
	}
}

// Get returns the level of pin.
func (p Port) Get(pin int) bool {
	return reg.Read(uint32(p)+DAT)&(1<<pin) != 0
}

var eintHandlers [24]func()

// SetTrigger sets the signalling method of EINTn (filter off).
func SetTrigger(n int, t Trigger) {
	r := uint32(EXTINT0 + 4*(n/8))
	reg.SetN(r, (n%8)*4, 4, uint32(t))
}

// source returns the interrupt controller source carrying EINTn.
func source(n int) int {
	switch {
	case n < 4:
		return intc.INT_EINT0 + n
	case n < 8:
		return intc.INT_EINT4_7
	}
	return intc.INT_EINT8_23
}

// Handle registers fn for EINTn and enables it, clearing any stale event.
func Handle(n int, fn func()) {
	eintHandlers[n] = fn
	src := source(n)
	if n < 4 {
		intc.Handle(src, fn)
	} else {
		reg.Write(EINTPEND, 1<<n)
		intc.Handle(src, demux)
		reg.Clear(EINTMASK, 1<<n)
	}
	intc.Enable(src)
}

// Disable masks EINTn.
func Disable(n int) {
	if n < 4 {
		intc.Disable(source(n))
		return
	}
	reg.Set(EINTMASK, 1<<n)
}

// demux serves INT_EINT4_7 and INT_EINT8_23: it clears each pending,
// unmasked EINTPEND bit, then calls its handler.
func demux() {
	pend := reg.Read(EINTPEND) &^ reg.Read(EINTMASK)
	for n := 4; n < 24; n++ {
		if pend&(1<<n) == 0 {
			continue
		}
		reg.Write(EINTPEND, 1<<n)
		if h := eintHandlers[n]; h != nil {
			h()
		}
	}
}
