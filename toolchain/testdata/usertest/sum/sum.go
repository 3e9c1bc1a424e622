// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package sum is a trivial package for testing `go test` with GOOS=tamago.
package sum

// Ints returns the sum of v.
func Ints(v ...int) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}
