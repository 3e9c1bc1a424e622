// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	"github.com/mini2440-go/kernel/soc/s3c2440/gpio"
)

// LEDs is the number of user LEDs (LED1-LED4 on GPB5-GPB8, active low).
const LEDs = 4

const ledFirstPin = 5

// InitLEDs makes the LED pins outputs, all LEDs off.
func InitLEDs() {
	for i := 0; i < LEDs; i++ {
		gpio.GPB.Set(ledFirstPin+i, true)
		gpio.GPB.Configure(ledFirstPin+i, gpio.Output)
	}
}

// LED turns LEDn (1-4) on or off.
func LED(n int, on bool) {
	gpio.GPB.Set(ledFirstPin+n-1, !on)
}

// LEDOn returns whether LEDn (1-4) is lit.
func LEDOn(n int) bool {
	return !gpio.GPB.Get(ledFirstPin + n - 1)
}
