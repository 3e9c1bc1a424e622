// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package rtc drives the S3C2440A real-time clock: the BCD calendar and the
// tick interrupt (INT_TICK), both counted from the 32.768 kHz crystal,
// independently of the PLLs and the PWM timers.
//
// Calendar registers are writable only with RTCCON.RTCEN set; this package
// only reads them. Callers serialize use (one goroutine at a time).
package rtc

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/internal/reg"
)

// RTC registers.
const (
	RTCCON  = 0x57000040
	TICNT   = 0x57000044
	BCDSEC  = 0x57000070
	BCDMIN  = 0x57000074
	BCDHOUR = 0x57000078
	BCDDATE = 0x5700007C
	BCDDAY  = 0x57000080
	BCDMON  = 0x57000084
	BCDYEAR = 0x57000088
)

// TICNT fields.
const (
	TICNT_ENABLE = 1 << 7 // tick interrupt enable
	TICNT_COUNT  = 0x7f   // tick period = (count + 1) / 128 s
)

// TickHz is the rate the tick counter counts at.
const TickHz = 128

// StartTick raises INT_TICK every (count+1)/128 s.
func StartTick(count uint32) {
	reg.Write(TICNT, TICNT_ENABLE|count&TICNT_COUNT)
}

// StopTick stops the tick interrupt.
func StopTick() {
	reg.Write(TICNT, 0)
}

// Time is a calendar reading.
type Time struct {
	Year, Month, Day, Hour, Min, Sec int
}

func bcd(v uint32) int {
	return int(v>>4&0xf)*10 + int(v&0xf)
}

// Now reads the calendar; it reads again if the seconds changed during the
// read, as the manual advises.
func Now() Time {
	for {
		sec := reg.Read(BCDSEC)
		t := Time{
			Year:  2000 + bcd(reg.Read(BCDYEAR)),
			Month: bcd(reg.Read(BCDMON)),
			Day:   bcd(reg.Read(BCDDATE)),
			Hour:  bcd(reg.Read(BCDHOUR)),
			Min:   bcd(reg.Read(BCDMIN)),
			Sec:   bcd(sec),
		}
		if reg.Read(BCDSEC) == sec {
			return t
		}
	}
}
