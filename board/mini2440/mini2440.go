// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package mini2440 brings up the FriendlyARM mini2440 (Samsung S3C2440A,
// ARM920T, 64 MB SDRAM, 12 MHz crystal) for GOOS=tamago: importing it
// provides every runtime/goos hook, so a program or test binary that
// imports it boots on the board or on `qemu-system-arm -M mini2440`.
//
// # Model
//
// Boot runs in four steps (see README.md for the full story):
//
//   - cpuinit (cpuinit.s): watchdog off, all interrupt sources masked,
//     then the ARM920T reset path (MMU and caches off, mode stacks, BSS).
//   - Hwinit0, before the runtime: the Exit and Idle hooks (so that even
//     a failing runtime start ends cleanly), clocks (FCLK 405 MHz), the
//     UART0 console, the translation table, high vectors, MMU and caches.
//   - Hwinit1, runtime started but no package initialised: interrupt
//     controller, the HZ tick on PWM timer 4, IRQs on.
//   - init, after os/signal: the goroutine serving interrupts (intc.Serve)
//     and os.Args from the semihosting command line.
//
// # Locking
//
// The board's own state (LED and button tables) is set up by one goroutine
// and then only read; see the soc packages for the hardware state shared
// with interrupt context.
package mini2440

import (
	"runtime/goos"
	_ "unsafe"

	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/soc/s3c2440/clock"
	"github.com/mini2440-go/kernel/soc/s3c2440/gpio"
	"github.com/mini2440-go/kernel/soc/s3c2440/intc"
	"github.com/mini2440-go/kernel/soc/s3c2440/timer"
	"github.com/mini2440-go/kernel/soc/s3c2440/wdt"
)

// Registers cpuinit.s writes before anything else.
const (
	WTCON     = wdt.WTCON
	INTMSK    = intc.INTMSK
	INTSUBMSK = intc.INTSUBMSK
	EINTMASK  = gpio.EINTMASK
)

// PeripheralsBase and PeripheralsSize delimit the special function
// registers, mapped uncached and unbuffered.
const (
	PeripheralsBase = 0x48000000
	PeripheralsSize = 0x18000000
)

//go:linkname hwinit0 runtime/goos.Hwinit0
func hwinit0() {
	goos.Exit = exit
	goos.Idle = idle
	clock.Init()
	initConsole()
	initMMU()
}

// initMMU maps SDRAM cached, the peripherals uncached, the vector page at
// 0xFFFF0000, and leaves the rest of the address space (including the
// first megabyte: the null guard) unmapped.
func initMMU() {
	reserved := arm920t.Reserved(uint32(ramStart))
	pt := arm920t.PageTable(reserved + arm920t.L1TableOffset)
	vectors := reserved + arm920t.VectorOffset

	pt.Clear()
	pt.MapSections(SDRAMBase, SDRAMBase, SDRAMSize, arm920t.Normal, arm920t.AP_KERNEL)
	pt.MapSections(PeripheralsBase, PeripheralsBase, PeripheralsSize, arm920t.Device, arm920t.AP_KERNEL)
	arm920t.InstallVectors(vectors)
	pt.MapPage(arm920t.HighVectors, vectors, reserved+arm920t.L2TableOffset, arm920t.Normal, arm920t.AP_KERNEL)
	arm920t.EnableMMU(pt)
}

// PageTable returns the kernel's translation table.
func PageTable() arm920t.PageTable {
	return arm920t.PageTable(arm920t.Reserved(uint32(ramStart)) + arm920t.L1TableOffset)
}

//go:linkname hwinit1 runtime/goos.Hwinit1
func hwinit1() {
	intc.Init()
	timer.Start(clock.PCLK())
	arm920t.EnableInterrupts()
}

func init() {
	go intc.Serve()
	loadArgs()
}

//go:linkname nanotime runtime/goos.Nanotime
func nanotime() int64 {
	return timer.Nanotime()
}

// idleRelays is the relay count idle last returned at. The runtime looks for
// relayed signals right after every return from idle (beforeIdle), so
// relays up to that count have been seen or are about to be.
var idleRelays uint32

// idle waits for interrupts until the runtime has work: an interrupt was
// relayed to intc.Serve since idle last returned, or the next timer
// (pollUntil, 0 for none) is due. Counting from the last return rather
// than from this call catches a relay that came after the runtime last
// looked but before idle was entered. IRQs are masked between the check
// and the wait, so an interrupt in between ends the wait at once instead of
// being slept through.
func idle(pollUntil int64) {
	for {
		s := arm920t.DisableInterrupts()
		if r := intc.Relays(); r != idleRelays || (pollUntil != 0 && timer.Nanotime() >= pollUntil) {
			idleRelays = r
			arm920t.RestoreInterrupts(s)
			return
		}
		arm920t.WaitForInterrupt()
		arm920t.RestoreInterrupts(s)
	}
}

// exit ends the kernel: with semihosting (QEMU) the emulator exits with
// code; on the board, or without semihosting, the watchdog resets the chip.
func exit(code int32) {
	arm920t.DisableInterrupts()
	UART0.Flush()
	semihostingExit(code)
	wdt.Reset()
}
