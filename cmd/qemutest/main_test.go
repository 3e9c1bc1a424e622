// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"bufio"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestJoinArgs(t *testing.T) {
	got := joinArgs([]string{"-test.v=true", "", "a b", "it's", `back\slash`})
	want := `-test.v=true '' 'a b' 'it'\''s' 'back\slash'`
	if got != want {
		t.Errorf("joinArgs = %s, want %s", got, want)
	}
}

func TestTestFlags(t *testing.T) {
	args := []string{"-test.v", "-test.run=^TestA$", "--test.timeout=90s", "-test.skip=Slow"}
	if v := flagValue(args, "v"); v != "true" {
		t.Errorf("v = %q", v)
	}
	if d, ok := testTimeout(args); !ok || d != 90*time.Second {
		t.Errorf("timeout = %v %v", d, ok)
	}
	if !isTestRun(args) || isTestRun([]string{"kernel", "arg"}) {
		t.Error("isTestRun")
	}

	run := withRun(args, "^TestCrashX$")
	if want := []string{"-test.v", "--test.timeout=90s", "-test.run=^TestCrashX$"}; !slices.Equal(run, want) {
		t.Errorf("withRun = %q, want %q", run, want)
	}
	if !hasCrashRun(run) || hasCrashRun(args) {
		t.Error("hasCrashRun")
	}

	skip := withSkip(args, "^TestCrash")
	if want := []string{"-test.v", "-test.run=^TestA$", "--test.timeout=90s", "-test.skip=Slow|^TestCrash"}; !slices.Equal(skip, want) {
		t.Errorf("withSkip = %q, want %q", skip, want)
	}
}

func TestCrashVerdict(t *testing.T) {
	fault := regexp.MustCompile(`\*\*\* data abort`)
	for _, tc := range []struct {
		name    string
		status  int
		expect  *regexp.Regexp
		output  string
		timeout bool
		ok      bool
	}{
		{"second boot passed", 0, nil, "", false, true},
		{"failed without directive", 1, nil, "", false, false},
		{"fault as expected", 70, fault, "\n*** data abort in SYS mode", false, true},
		{"other fault", 70, fault, "\n*** undefined instruction", false, false},
		{"no fault", 0, fault, "", false, false},
		{"timed out", 1, fault, "*** data abort", true, false},
	} {
		res := &result{status: tc.status, expect: tc.expect, output: []byte(tc.output)}
		res.timeout.Store(tc.timeout)
		if ok, why := res.crashVerdict(); ok != tc.ok {
			t.Errorf("%s: verdict %v (%s), want %v", tc.name, ok, why, tc.ok)
		}
	}
}

// Console output passes through unchanged, line by line, the last line
// even without a newline.
func TestScanLinesKeepEnd(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	sc.Split(scanLinesKeepEnd)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if want := []string{"a\r\n", "b\n", "\n", "c"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}
