// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package intc_test

import (
	"testing"
	"time"

	"github.com/mini2440-go/kernel/board/mini2440"
	"github.com/mini2440-go/kernel/cmd/qemutest/guest"
	"github.com/mini2440-go/kernel/soc/s3c2440/clock"
	"github.com/mini2440-go/kernel/soc/s3c2440/intc"
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// Timer 0 as a one-shot interrupt source (PWM timer registers).
const (
	TCFG0  = 0x51000000
	TCFG1  = 0x51000004
	TCON   = 0x51000008
	TCNTB0 = 0x5100000C
)

// fireTimer0 makes timer 0 count down once, from about ms milliseconds.
func fireTimer0(ms uint32) {
	// prescaler 0 = 249, divider 16: PCLK/4000 (12.66 kHz at 50.625 MHz)
	reg.SetN(TCFG0, 0, 8, 249)
	reg.SetN(TCFG1, 0, 4, 3)
	reg.Write(TCNTB0, clock.PCLK()/4000*ms/1000)
	reg.SetN(TCON, 0, 4, 0b0010) // manual update, stopped
	reg.SetN(TCON, 0, 4, 0b0001) // start, one-shot
}

func wait(c chan struct{}, d time.Duration) bool {
	select {
	case <-c:
		return true
	case <-time.After(d):
		return false
	}
}

func TestTimerInterruptAndMask(t *testing.T) {
	fired := make(chan struct{}, 4)
	intc.Handle(intc.INT_TIMER0, func() { fired <- struct{}{} })
	intc.Enable(intc.INT_TIMER0)
	defer intc.Disable(intc.INT_TIMER0)

	fireTimer0(2)
	if !wait(fired, time.Second) {
		t.Fatal("timer 0 interrupt not delivered")
	}

	intc.Disable(intc.INT_TIMER0)
	fireTimer0(2)
	if wait(fired, 50*time.Millisecond) {
		t.Fatal("masked timer 0 interrupt delivered")
	}
	intc.Enable(intc.INT_TIMER0)
	if !wait(fired, time.Second) {
		t.Fatal("timer 0 interrupt latched while masked not delivered on unmask")
	}
}

// TestUARTReceiveInterrupt has the wrapper type into UART0 and takes the
// bytes from its RXD0 interrupt.
func TestUARTReceiveInterrupt(t *testing.T) {
	const msg = "ping\n"
	got := make(chan byte, 64)
	intc.Handle(intc.INT_UART0, func() {
		if intc.SubPending()&(1<<intc.SUBINT_RXD0) == 0 {
			return
		}
		intc.ClearSub(intc.SUBINT_RXD0)
		for {
			c, ok := mini2440.UART0.Rx()
			if !ok {
				break
			}
			got <- c
		}
	})
	intc.ClearSub(intc.SUBINT_RXD0)
	intc.EnableSub(intc.SUBINT_RXD0)
	intc.Enable(intc.INT_UART0)
	defer func() {
		intc.Disable(intc.INT_UART0)
		intc.DisableSub(intc.SUBINT_RXD0)
	}()

	guest.Serial(msg)
	var buf []byte
	for len(buf) < len(msg) {
		select {
		case c := <-got:
			buf = append(buf, c)
		case <-time.After(5 * time.Second):
			t.Fatalf("received %q by interrupt, want %q", buf, msg)
		}
	}
	if string(buf) != msg {
		t.Fatalf("received %q, want %q", buf, msg)
	}
}
