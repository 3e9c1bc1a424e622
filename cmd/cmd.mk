# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# Host tools under cmd/.
#
# V4TCHECK is the ARMv4T checker (cmd/v4tcheck). An area checks an image by
# naming $(V4TCHECK) as an order-only prerequisite (go build rewrites the
# tool on every run, which would otherwise relink the image every time) and
# calling the v4t-check macro in its recipe; the recipe lists and fails on
# any instruction the ARM920T lacks, and renames the image to
# foo.elf.rejected so that the next make does not take it for up to date:
#
#	build/foo.elf: ... | $(V4TCHECK)
#		...link foo.elf...
#		@$(call v4t-check,$@)

V4TCHECK := $(BUILD)/bin/v4tcheck

v4t-check = echo "  V4TCHECK $(1)" && \
	{ $(V4TCHECK) $(1) || { mv -f $(1) $(1).rejected; echo "v4tcheck: $(1) rejected, kept as $(1).rejected" >&2; exit 1; }; }

.PHONY: test-tools v4tcheck-selftest
test: test-tools

# Host tests of the tools (nandimage and dnw: boot/boot.mk). -race
# needs cgo, hence a host C compiler.
test-tools: v4tcheck-selftest | toolchain
	@echo "test-tools: go test -race ./cmd/v4tcheck/... ./cmd/kernelimage/... ./cmd/qemutest"
	@command -v $${CC:-gcc} >/dev/null || { echo "test-tools: go test -race needs a C compiler: apt-get install gcc" >&2; exit 1; }
	cd $(TOP) && CGO_ENABLED=1 $(GO) test -race ./cmd/v4tcheck/... ./cmd/kernelimage/... ./cmd/qemutest

# The checker must not go blind: a GOARM=5 hello world has BLX and CLZ in
# its runtime, so v4tcheck must exit 1 and count both (the summary lists
# only classes it found).
V4TCHECK_SELFTEST := $(BUILD)/v4tcheck-selftest

v4tcheck-selftest: $(V4TCHECK)
	@echo "v4tcheck-selftest: GOARM=5 hello world must show BLX and CLZ"
	@mkdir -p $(V4TCHECK_SELFTEST)
	cd $(TOP) && GOOS=linux GOARCH=arm GOARM=5 $(GO) build -o $(V4TCHECK_SELFTEST)/hello5 ./cmd/v4tcheck/testdata/hello
	@status=0; $(V4TCHECK) -s $(V4TCHECK_SELFTEST)/hello5 >$(V4TCHECK_SELFTEST)/summary || status=$$?; \
	cat $(V4TCHECK_SELFTEST)/summary; \
	test $$status -eq 1 || { echo "v4tcheck-selftest: exit status $$status, want 1" >&2; exit 1; }; \
	for class in 'BLX (register)' 'CLZ'; do \
		grep -qF "  $$class [" $(V4TCHECK_SELFTEST)/summary || \
		{ echo "v4tcheck-selftest: no $$class found: the checker has gone blind" >&2; exit 1; }; \
	done
	@echo "v4tcheck-selftest: ok"
