// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	_ "unsafe"

	"github.com/mini2440-go/kernel/soc/s3c2440/clock"
	"github.com/mini2440-go/kernel/soc/s3c2440/gpio"
	"github.com/mini2440-go/kernel/soc/s3c2440/uart"
)

// Baud is the console's rate (8N1).
const Baud = 115200

// UART0 is the console, on the board's DB9 connector (GPH2 TXD0, GPH3
// RXD0).
var UART0 = uart.UART{Base: uart.UART0_BASE}

func initConsole() {
	gpio.GPH.Configure(2, gpio.Alt2)
	gpio.GPH.Configure(3, gpio.Alt2)
	UART0.Init(clock.PCLK(), Baud)
}

// printk writes the runtime's output, polled: safe before the runtime
// starts and in exception context.
//
//go:linkname printk runtime/goos.Printk
//go:nosplit
func printk(c byte) {
	UART0.Tx(c)
}
