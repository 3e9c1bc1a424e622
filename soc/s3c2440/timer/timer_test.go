// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package timer_test

import (
	"testing"
	"time"

	_ "github.com/mini2440-go/kernel/board/mini2440"
	"github.com/mini2440-go/kernel/soc/s3c2440/intc"
	"github.com/mini2440-go/kernel/soc/s3c2440/rtc"
	"github.com/mini2440-go/kernel/soc/s3c2440/timer"
)

// TestTickRate counts timer ticks over one second of the RTC's tick
// interrupt, which runs from the 32.768 kHz crystal, not from PCLK.
func TestTickRate(t *testing.T) {
	const rtcTicks = rtc.TickHz // one second
	edges := make(chan uint64, 1)
	intc.Handle(intc.INT_TICK, func() {
		select {
		case edges <- timer.Ticks():
		default:
		}
	})
	rtc.StartTick(0) // 128 Hz
	intc.Enable(intc.INT_TICK)
	defer func() {
		intc.Disable(intc.INT_TICK)
		rtc.StopTick()
	}()

	var first, last uint64
	for i := 0; i <= rtcTicks; i++ {
		select {
		case last = <-edges:
			if i == 0 {
				first = last
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("RTC tick %d did not arrive", i)
		}
	}
	got := last - first
	if lo, hi := uint64(timer.HZ*99/100), uint64(timer.HZ*101/100); got < lo || got > hi {
		t.Fatalf("%d timer ticks in one RTC second, want %d ±1%%", got, timer.HZ)
	}
	t.Logf("%d ticks in one RTC second (HZ %d)", got, timer.HZ)
}

// TestNanotimeMonotonic reads the clock a million times across tick
// interrupts.
func TestNanotimeMonotonic(t *testing.T) {
	const reads = 1000000
	startTicks := timer.Ticks()
	prev := timer.Nanotime()
	for i := 0; i < reads; i++ {
		now := timer.Nanotime()
		if now < prev {
			t.Fatalf("read %d: Nanotime went back from %d to %d", i, prev, now)
		}
		prev = now
	}
	if crossed := timer.Ticks() - startTicks; crossed < 10 {
		t.Fatalf("only %d ticks during %d reads: the test did not cross interrupts", crossed, reads)
	} else {
		t.Logf("%d reads across %d ticks", reads, crossed)
	}
}

func TestSleep(t *testing.T) {
	start := timer.Nanotime()
	time.Sleep(50 * time.Millisecond)
	if d := timer.Nanotime() - start; d < 50e6 || d > 60e6 {
		t.Fatalf("time.Sleep(50ms) took %d ns", d)
	}
}
