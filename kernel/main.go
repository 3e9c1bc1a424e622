// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command kernel is the mini2440 kernel: it boots the board (importing
// board/mini2440 does that), prints a banner with what it found, then
// blinks the LEDs and reports button presses on the console.
//
// Boot it under QEMU with `make run`, or
//
//	qemu-system-arm -M mini2440 -kernel build/kernel.elf -nographic
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/mini2440-go/kernel/arch/arm920t"
	"github.com/mini2440-go/kernel/board/mini2440"
	"github.com/mini2440-go/kernel/soc/s3c2440"
	"github.com/mini2440-go/kernel/soc/s3c2440/clock"
	"github.com/mini2440-go/kernel/soc/s3c2440/timer"
)

// blinkPeriod is how long each LED of the running light stays on.
const blinkPeriod = 250 * time.Millisecond

func main() {
	banner()

	presses := make(chan int, mini2440.Buttons)
	for k := 1; k <= mini2440.Buttons; k++ {
		mini2440.HandleButton(k, func() {
			select {
			case presses <- k:
			default: // the console is behind; drop the press
			}
		})
	}

	mini2440.InitLEDs()
	blink := time.NewTicker(blinkPeriod)
	led := 1
	for {
		select {
		case <-blink.C:
			mini2440.LED(led, false)
			led = led%mini2440.LEDs + 1
			mini2440.LED(led, true)
		case k := <-presses:
			fmt.Printf("button K%d pressed\n", k)
		}
	}
}

func banner() {
	bootNs := timer.Nanotime()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)

	midr := arm920t.MainID()
	fmt.Printf("mini2440 kernel (GOOS=%s GOARCH=%s)\n", runtime.GOOS, runtime.GOARCH)
	fmt.Printf("cpu:    MIDR %#08x (implementer %#02x, part %#03x, rev %d)\n",
		midr, midr>>24, midr>>4&0xfff, midr&0xf)
	fmt.Printf("chip:   GSTATUS1 %#08x", s3c2440.ChipID())
	if s3c2440.ChipID() == s3c2440.ChipIDS3C2440A {
		fmt.Printf(" (S3C2440A)")
	}
	fmt.Printf(", reset status GSTATUS2 %#x\n", s3c2440.ResetStatus())
	fmt.Printf("clocks: FCLK %s HCLK %s PCLK %s UCLK %s\n",
		mhz(clock.FCLK()), mhz(clock.HCLK()), mhz(clock.PCLK()), mhz(clock.UCLK()))
	fmt.Printf("memory: SDRAM %d MB at %#x, kernel at %#x, heap in use %d KB (sys %d KB)\n",
		mini2440.SDRAMSize>>20, mini2440.SDRAMBase, mini2440.KernelBase, ms.HeapInuse>>10, ms.Sys>>10)
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Printf("build:  %s %s", bi.GoVersion, bi.Path)
		for _, s := range bi.Settings {
			switch s.Key {
			case "GOARM", "vcs.revision", "vcs.modified", "-tags":
				fmt.Printf(" %s=%s", s.Key, s.Value)
			}
		}
		fmt.Println()
	}
	fmt.Printf("boot:   main reached %d us after the tick started\n", bootNs/1000)
}

func mhz(hz uint32) string {
	return fmt.Sprintf("%d.%03d MHz", hz/1e6, hz%1e6/1e3)
}
