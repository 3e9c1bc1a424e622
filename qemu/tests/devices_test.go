// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package tests

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The build has the board and the CPU: -M help and -cpu help list them.
func TestMachineAndCPUListed(t *testing.T) {
	for _, tc := range []struct{ flag, name string }{{"-M", "mini2440"}, {"-cpu", "arm920t"}} {
		out, err := exec.Command(qemuBinary(t), tc.flag, "help").CombinedOutput()
		if err != nil {
			t.Fatalf("%s help: %v\n%s", tc.flag, err, out)
		}
		if !regexp.MustCompile(`(?m)^\s*` + tc.name + `\b`).Match(out) {
			t.Errorf("%s help does not list %s:\n%s", tc.flag, tc.name, out)
		}
	}
}

func TestUART(t *testing.T) {
	m := Boot(t, "uart", Options{})
	m.WaitOutput("READY\n", 10*time.Second)
	m.SendUART([]byte("abcdefghij"))
	m.WaitOutput("MORE\n", 10*time.Second)
	m.SendUART([]byte("xy"))
	m.ExpectPass()
	want := "READY\ngot:abcdefghij\nMORE\ngot:xy\nPASS\n"
	if got := m.Output(); got != want {
		t.Errorf("UART0 output %q, want %q", got, want)
	}
}

// Timer 4 counts its interrupts per virtual second (measured by the
// instruction count under -icount shift=4) before and after a PCLK change.
func TestTimerRate(t *testing.T) {
	m := Boot(t, "timer", Options{})
	m.ExpectPass()
	t.Logf("\n%s", m.Output())
}

func TestInterruptController(t *testing.T) {
	Boot(t, "intc", Options{}).ExpectPass()
}

func TestCPUUndefinedAndCP15(t *testing.T) {
	Boot(t, "cpu", Options{}).ExpectPass()
}

func TestFCSE(t *testing.T) {
	Boot(t, "fcse", Options{}).ExpectPass()
}

func TestIdle(t *testing.T) {
	Boot(t, "idle", Options{}).ExpectPass()
}

// The watchdog resets the board: the guest sees its second boot, QMP sees
// a guest-initiated RESET.
func TestWatchdogReset(t *testing.T) {
	m := Boot(t, "wdt", Options{QMP: true})
	m.ExpectPass()
	m.QMP().WaitClosed()
	out := m.Output()
	if !strings.Contains(out, "ARMED\n") || !strings.Contains(out, "RESTARTED\n") {
		t.Errorf("UART0 output %q lacks ARMED/RESTARTED", out)
	}
	resets := m.QMP().Events("RESET")
	if len(resets) != 1 {
		t.Fatalf("got %d RESET events, want 1", len(resets))
	}
	if data, _ := resets[0]["data"].(map[string]any); data["guest"] != true {
		t.Errorf("RESET event %v not guest-initiated", resets[0])
	}
}

func TestBootELF(t *testing.T) {
	Boot(t, "boot", Options{}).ExpectPass()
}

func TestBootLoader(t *testing.T) {
	Boot(t, "boot", Options{Loader: true}).ExpectPass()
}
