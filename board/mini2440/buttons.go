// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/gpio"
)

// Buttons is the number of user buttons, K1-K6.
const Buttons = 6

// Button wiring: Kn pulls GPG pin low when pressed; the pin doubles as
// EINT.
var buttonPins = [Buttons]struct{ pin, eint int }{
	{0, 8}, {3, 11}, {5, 13}, {6, 14}, {7, 15}, {11, 19},
}

// HandleButton calls fn (in the interrupt service goroutine) each time Kn
// (1-6) is pressed, on the falling edge of its pin.
func HandleButton(n int, fn func()) {
	b := buttonPins[n-1]
	gpio.GPG.Configure(b.pin, gpio.Alt2)
	gpio.GPG.PullUp(b.pin, true)
	gpio.SetTrigger(b.eint, gpio.FallingEdge)
	gpio.Handle(b.eint, fn)
}

// ButtonPressed returns whether Kn (1-6) is held down now.
func ButtonPressed(n int) bool {
	return !gpio.GPG.Get(buttonPins[n-1].pin)
}
