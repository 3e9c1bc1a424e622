// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"testing"
	"time"

	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/cmd/qemutest/guest"
	"github.com/mini2440-go/kernel/soc/s3c2440"
	"github.com/mini2440-go/kernel/soc/s3c2440/clock"
	"github.com/mini2440-go/kernel/soc/s3c2440/wdt"
)

func TestClocks(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uint32
	}{
		{"FCLK", clock.FCLK(), 405000000},
		{"HCLK", clock.HCLK(), 101250000},
		{"PCLK", clock.PCLK(), 50625000},
		{"UCLK", clock.UCLK(), 48000000},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d Hz, want %d", c.name, c.got, c.want)
		}
	}
}

func TestChipID(t *testing.T) {
	if id := s3c2440.ChipID(); id != s3c2440.ChipIDS3C2440A {
		t.Errorf("GSTATUS1 = %#x, want %#x", id, s3c2440.ChipIDS3C2440A)
	}
}

func TestSplitArgs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"kernel.elf", []string{"kernel.elf"}},
		{"k -test.v  -test.run=^TestX$ ", []string{"k", "-test.v", "-test.run=^TestX$"}},
		{`k 'a b' '' 'it'\''s'`, []string{"k", "a b", "", "it's"}},
	} {
		if got := SplitArgs(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitArgs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestChaCha20 checks the generator's block function against the
// keystream of the all-zero key, nonce and counter.
func TestChaCha20(t *testing.T) {
	want := []byte{
		0x76, 0xb8, 0xe0, 0xad, 0xa0, 0xf1, 0x3d, 0x90, 0x40, 0x5d, 0x6a, 0xe5, 0x53, 0x86, 0xbd, 0x28,
		0xbd, 0xd2, 0x19, 0xb8, 0xa0, 0x8d, 0xed, 0x1a, 0xa8, 0x36, 0xef, 0xcc, 0x8b, 0x77, 0x0d, 0xc7,
		0xda, 0x41, 0x59, 0x7c, 0x51, 0x57, 0x48, 0x8d, 0x77, 0x24, 0xe0, 0x3f, 0xb8, 0xd8, 0x4a, 0x37,
		0x6a, 0x43, 0xb8, 0xf4, 0x15, 0x18, 0xa1, 0x1c, 0xc3, 0x87, 0xb6, 0x69, 0xb2, 0xee, 0x65, 0x86,
	}
	key, counter := rngKey, rngCounter
	defer func() { rngKey, rngCounter = key, counter }()

	rngKey, rngCounter = [8]uint32{}, 0
	chachaBlock()
	got := make([]byte, 64)
	for i, w := range rngBlock {
		binary.LittleEndian.PutUint32(got[4*i:], w)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("ChaCha20 block\n got %x\nwant %x", got, want)
	}
}

func TestRandomDataChanges(t *testing.T) {
	a, b := make([]byte, 100), make([]byte, 100)
	getRandomData(a)
	getRandomData(b)
	if bytes.Equal(a, b) || bytes.Equal(a, make([]byte, 100)) {
		t.Fatalf("two requests gave %x and %x", a, b)
	}
}

func TestLEDs(t *testing.T) {
	InitLEDs()
	for n := 1; n <= LEDs; n++ {
		LED(n, true)
		if !LEDOn(n) {
			t.Errorf("LED%d off after LED(%d, true)", n, n)
		}
		LED(n, false)
		if LEDOn(n) {
			t.Errorf("LED%d on after LED(%d, false)", n, n)
		}
	}
}

// The QEMU GPIO model's buttons are boolean QOM properties (true: held
// down).
const gpioQOMPath = "/machine/gpio"

func buttonProperty(k int) string {
	return "button-k" + string(rune('0'+k))
}

// TestButtonInterrupt presses K1-K6 through QMP and waits for each press
// to reach its handler.
func TestButtonInterrupt(t *testing.T) {
	pressed := make(chan int, Buttons)
	for k := 1; k <= Buttons; k++ {
		HandleButton(k, func() { pressed <- k })
	}
	for k := 1; k <= Buttons; k++ {
		guest.QOMSet(gpioQOMPath, buttonProperty(k), "true")
		select {
		case got := <-pressed:
			if got != k {
				t.Errorf("pressing K%d reported K%d", k, got)
			}
		case <-time.After(2 * time.Second):
			t.Errorf("K%d press not delivered", k)
		}
		guest.QOMSet(gpioQOMPath, buttonProperty(k), "false")
	}
}

const watchdogMagic = 0x57d7e5e7

// TestCrashWatchdogReset hangs the kernel with the watchdog armed; the
// wrapper lets the board reset and the test passes on the second boot.
func TestCrashWatchdogReset(t *testing.T) {
	if BootRecord() == watchdogMagic {
		SetBootRecord(0)
		status := s3c2440.ResetStatus()
		s3c2440.ClearResetStatus(status)
		if status&s3c2440.GSTATUS2_WDTRST == 0 {
			t.Fatalf("second boot, but GSTATUS2 %#x does not say watchdog reset", status)
		}
		return
	}
	SetBootRecord(watchdogMagic)
	wdt.Start(clock.PCLK(), 100)
	print("hanging with IRQs masked and the watchdog armed\n")
	arm920t.DisableInterrupts()
	for {
	}
}
