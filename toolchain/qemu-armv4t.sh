#!/bin/sh
# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# go test -exec wrapper: runs a GOOS=linux GOARCH=arm binary on an ARMv4T
# CPU (qemu-user's ti925t, the only ARMv4T model it has). With V4TCHECK set
# to cmd/v4tcheck, the binary must first pass the ARMv4T instruction check.
if [ -n "${V4TCHECK:-}" ]; then
	out=$("$V4TCHECK" -s "$1") || { echo "$out" >&2; exit 1; }
fi
exec qemu-arm -cpu ti925t "$@"
