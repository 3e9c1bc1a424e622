#!/usr/bin/env bash
# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# usertest.sh checks the project toolchain's GOOS=tamago GOARCH=arm port in
# Linux user space: it builds toolchain/testdata/usertest with the tamago
# module's user/linux hooks, runs it under qemu-arm and compares its output
# and exit status, then runs `go test` on the sum package the same way.
#
# Usage: usertest.sh GO OUTDIR GOARM
#   GO is the go command (may hold words, e.g. "env GOTOOLCHAIN=local .../go").
#   GOARM 4 runs on an ARMv4T CPU model (ti925t), anything else on "max".
set -euo pipefail

read -r -a gocmd <<<"$1"
out=$2
goarm=$3
qemu=${QEMU_ARM:-qemu-arm}
case $goarm in
4) cpu=ti925t ;;
*) cpu=max ;; # ARMv5 models lack LDREX, which the stock GOARM=5 atomics use
esac
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/testdata/usertest" && pwd)
tenv=(GOOS=tamago GOARCH=arm GOARM="$goarm" GOOSPKG=github.com/usbarmory/tamago)

fail() { printf 'usertest: FAIL: %s\n' "$*" >&2; exit 1; }
command -v "$qemu" >/dev/null || fail "$qemu not found (make qemu-user installs it)"

mkdir -p "$out"
echo "usertest: building usertest.elf (GOARM=$goarm)" >&2
(cd "$dir" && env "${tenv[@]}" "${gocmd[@]}" build -o "$out/usertest.elf" .)

echo "usertest: running usertest.elf under $qemu -cpu $cpu" >&2
status=0
got=$(timeout 120 "$qemu" -cpu "$cpu" "$out/usertest.elf") || status=$?
want="platform tamago/arm
goroutines 204
map 10 and 3
gc 8 true
timers true true
signal true
sha256 a6f8cc50617283c9c7b5a95cf568a8078e73fee5a9d795639df48c7561fc05bb"
if [ "$got" != "$want" ]; then
	diff <(echo "$want") <(echo "$got") >&2 || true
	fail "usertest.elf output differs (- want, + got)"
fi
[ "$status" = 3 ] || fail "usertest.elf exit status $status, want 3"
echo "usertest: usertest.elf output and exit status 3 as expected" >&2

echo "usertest: go test ./sum under $qemu -cpu $cpu" >&2
# The test binary sees no command line (os.Args is just a program name), so
# it prints PASS or FAIL only.
got=$(cd "$dir" && env "${tenv[@]}" "${gocmd[@]}" test -count=1 -timeout 2m -exec "$qemu -cpu $cpu" ./sum 2>&1) ||
	{ echo "$got" >&2; fail "go test ./sum"; }
echo "$got" >&2
grep -q '^ok ' <<<"$got" || fail "go test ./sum did not pass"
echo "usertest: PASS" >&2
