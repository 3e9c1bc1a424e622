// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command hello is the program v4tcheck-selftest builds for GOARM=5: its
// runtime holds BLX and CLZ, which v4tcheck must find.
package main

import "fmt"

func main() { fmt.Println("hello, world") }
