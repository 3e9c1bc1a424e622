// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	"os"
	"unsafe"

	"github.com/mini2440-go/kernel/arch/arm920t"
)

// ARM semihosting operations and codes.
const (
	SYS_GET_CMDLINE             = 0x15
	SYS_EXIT_EXTENDED           = 0x20
	ADP_Stopped_ApplicationExit = 0x20026
)

// The kernel does not need to know whether it runs under QEMU: a
// semihosting call that nothing serves traps to the SWI vector, which
// fails it (see arch/arm920t). So exit tries semihosting first and falls
// back to a watchdog reset, and the command line is simply absent on the
// board.

var exitBlock [2]uint32

// semihostingExit asks the host to exit with code; it returns only when
// no host serves semihosting.
func semihostingExit(code int32) {
	exitBlock[0] = ADP_Stopped_ApplicationExit
	exitBlock[1] = uint32(code)
	arm920t.Semihosting(SYS_EXIT_EXTENDED, uint32(uintptr(unsafe.Pointer(&exitBlock))))
}

var cmdline [4096]byte

// loadArgs sets os.Args from the semihosting command line (QEMU: the
// -kernel file name, then the -append string), if there is one.
func loadArgs() {
	block := [2]uint32{uint32(uintptr(unsafe.Pointer(&cmdline))), uint32(len(cmdline))}
	if arm920t.Semihosting(SYS_GET_CMDLINE, uint32(uintptr(unsafe.Pointer(&block)))) != 0 {
		return
	}
	if args := SplitArgs(string(cmdline[:block[1]])); len(args) > 0 {
		os.Args = args
	}
}

// SplitArgs splits a command line at spaces. Single quotes group, and a
// backslash escapes the next character outside quotes, as in the shell; so
// a quote inside a quoted argument is written by closing the quotes,
// adding a backslash and a quote, and opening them again.
func SplitArgs(s string) []string {
	var args []string
	var cur []byte
	inArg, quoted := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			quoted = !quoted
			inArg = true
		case c == '\\' && !quoted && i+1 < len(s):
			i++
			cur = append(cur, s[i])
			inArg = true
		case (c == ' ' || c == '\n' || c == 0) && !quoted:
			if inArg {
				args = append(args, string(cur))
				cur, inArg = cur[:0], false
			}
		default:
			cur = append(cur, c)
			inArg = true
		}
	}
	if inArg {
		args = append(args, string(cur))
	}
	return args
}

// BootRecord returns the word kept in SDRAM outside the kernel image,
// which survives a reset but not a power cycle.
func BootRecord() uint32 {
	return *(*uint32)(unsafe.Pointer(uintptr(bootRecord)))
}

// SetBootRecord writes the boot record and makes sure it reached SDRAM.
func SetBootRecord(v uint32) {
	*(*uint32)(unsafe.Pointer(uintptr(bootRecord))) = v
	arm920t.CleanInvalidateDCache()
}
