// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package guest is the target side of cmd/qemutest: on-target tests call it
// to ask the wrapper for something by printing a directive line on the
// console. Directives are plain text, so a test run on the board by hand
// shows what it expected the host to do.
package guest

import (
	"fmt"
	"strconv"

	"github.com/mini2440-go/kernel/arch/arm920t"
)

const prefix = "qemutest: "

// SYS_READC reads a byte from the semihosting console.
const SYS_READC = 0x07

// await waits until the wrapper has carried out the directive just printed:
// it acknowledges with a byte on the semihosting console. On a board with
// nothing serving semihosting the call fails at once.
func await() {
	arm920t.Semihosting(SYS_READC, 0)
}

// ExpectFault announces that the boot is about to end in a fault report
// matching the regular expression re (a crash test, see cmd/qemutest).
func ExpectFault(re string) {
	fmt.Printf("\n%sexpect-fault %s\n", prefix, re)
}

// Serial asks the wrapper to write s to UART0's receiver, and returns once
// it has.
func Serial(s string) {
	fmt.Printf("%sserial %s\n", prefix, strconv.Quote(s))
	await()
}

// QMP asks the wrapper to send the QMP command cmd (one line of JSON) to
// the emulator, and returns once the emulator has carried it out.
func QMP(cmd string) {
	fmt.Printf("%sqmp %s\n", prefix, cmd)
	await()
}

// QOMSet asks the wrapper to set property prop of QOM object path to the
// JSON value value.
func QOMSet(path, prop, value string) {
	QMP(fmt.Sprintf(`{"execute":"qom-set","arguments":{"path":%q,"property":%q,"value":%s}}`, path, prop, value))
}
