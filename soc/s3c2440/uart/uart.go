// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package uart drives the S3C2440A UARTs in polled and interrupt modes,
// FIFOs off (one interrupt per byte).
//
// Tx and Rx poll the status register and touch nothing but the UART: they
// are nosplit and allocation free, so the console (Printk) may use them
// before the runtime starts and from exception context. Interrupt
// requests are the sub-sources RXDn/TXDn/ERRn of the interrupt controller;
// the interrupt type is level, so a sub-source stays pending for as long as
// a byte waits (RX) or the holding register is empty (TX).
package uart

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// UART register bases.
const (
	UART0_BASE = 0x50000000
	UART1_BASE = 0x50004000
	UART2_BASE = 0x50008000
)

// Register offsets.
const (
	ULCON   = 0x00
	UCON    = 0x04
	UFCON   = 0x08
	UMCON   = 0x0C
	UTRSTAT = 0x10
	UERSTAT = 0x14
	UFSTAT  = 0x18
	UMSTAT  = 0x1C
	UTXH    = 0x20
	URXH    = 0x24
	UBRDIV  = 0x28
)

// UTRSTAT bits.
const (
	UTRSTAT_RX_READY = 1 << 0 // receive buffer holds data
	UTRSTAT_TX_EMPTY = 1 << 1 // transmit buffer empty
	UTRSTAT_TX_DONE  = 1 << 2 // transmitter (buffer and shifter) empty
)

// ULCON and UCON values.
const (
	ULCON_8N1      = 0x3
	UCON_RX_IRQ    = 1 << 0 // receive mode: interrupt request or polling
	UCON_TX_IRQ    = 1 << 2 // transmit mode: interrupt request or polling
	UCON_RX_LEVEL  = 1 << 8 // level-triggered receive interrupt
	UCON_TX_LEVEL  = 1 << 9 // level-triggered transmit interrupt
	UCON_CLKSEL    = 10     // shift of the clock selection (00: PCLK)
	defaultUCON    = UCON_RX_IRQ | UCON_TX_IRQ | UCON_RX_LEVEL | UCON_TX_LEVEL
	samplesPerBaud = 16
)

// UART is one UART channel.
type UART struct {
	// Base is the channel's register base.
	Base uint32
}

// Init sets 8N1 at baud for a PCLK of pclk Hz, FIFOs and flow control
// off. UBRDIVn = round(PCLK / (baud x 16)) - 1.
//
//go:nosplit
func (u *UART) Init(pclk uint32, baud uint32) {
	div := (pclk+baud*samplesPerBaud/2)/(baud*samplesPerBaud) - 1
	reg.Write(u.Base+UFCON, 0)
	reg.Write(u.Base+UMCON, 0)
	reg.Write(u.Base+ULCON, ULCON_8N1)
	reg.Write(u.Base+UCON, defaultUCON)
	reg.Write(u.Base+UBRDIV, div)
}

// Tx waits for the transmit buffer to empty and sends c.
//
//go:nosplit
func (u *UART) Tx(c byte) {
	for reg.Read(u.Base+UTRSTAT)&UTRSTAT_TX_EMPTY == 0 {
	}
	reg.Write(u.Base+UTXH, uint32(c))
}

// Flush waits until every byte has left the transmitter.
//
//go:nosplit
func (u *UART) Flush() {
	for reg.Read(u.Base+UTRSTAT)&UTRSTAT_TX_DONE == 0 {
	}
}

// Rx returns a received byte, if one is waiting.
//
//go:nosplit
func (u *UART) Rx() (c byte, ok bool) {
	if reg.Read(u.Base+UTRSTAT)&UTRSTAT_RX_READY == 0 {
		return 0, false
	}
	return byte(reg.Read(u.Base + URXH)), true
}

// Write sends buf, polled.
func (u *UART) Write(buf []byte) (int, error) {
	for _, c := range buf {
		u.Tx(c)
	}
	return len(buf), nil
}
