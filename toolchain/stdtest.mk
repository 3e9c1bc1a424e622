# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# GOARM=4 (ARMv4T) check of the project toolchain on qemu-user's ARMv4T CPU
# (see toolchain/README.md): a GOOS=linux GOARM=4 hello world must run
# on -cpu ti925t and be v4tcheck-clean, then Go's own tests of a set of
# standard packages must pass there through go test -exec.

.PHONY: toolchain-stdtest
toolchain-stdtest: $(V4TCHECK) | toolchain
	@echo "toolchain-stdtest: GOARM=4 hello world and std tests on qemu-arm -cpu ti925t"
	$(TOP)/toolchain/stdtest.sh "$(GO)" $(V4TCHECK)

# Not part of `make test` (it takes 10-15 minutes); .ci/run runs it after.
