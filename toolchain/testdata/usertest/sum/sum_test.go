// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package sum

import (
	"testing"

	_ "github.com/usbarmory/tamago/user/linux"
)

func TestInts(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want int
	}{
		{nil, 0},
		{[]int{1}, 1},
		{[]int{1, 2, 3, 4}, 10},
		{[]int{-5, 5, 7}, 7},
	} {
		if got := Ints(c.in...); got != c.want {
			t.Errorf("Ints(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}
