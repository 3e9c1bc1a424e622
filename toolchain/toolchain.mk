# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# The project's Go toolchain (see toolchain/README.md).
#
# GO runs the project toolchain: official Go plus toolchain/patches, built and
# cached by toolchain/build.sh. To use an official tamago-go build of the same
# Go version instead, pass its go command and an ARMv5 GOARM (tamago-go has
# no GOARM=4): make TAMAGO=/path/to/tamago-go/bin/go GOARM=5
#
# TAMAGO_ENV is the environment of every target build.

GOARM   ?= 4
GOOSPKG ?= github.com/usbarmory/tamago

ifdef TAMAGO
GOROOT_PROJECT := $(shell $(TAMAGO) env GOROOT)
GO             := env GOTOOLCHAIN=local $(TAMAGO)
else
GOROOT_PROJECT := $(shell CACHE=$(CACHE) $(TOP)/toolchain/build.sh --print-path)
GO             := env GOTOOLCHAIN=local $(GOROOT_PROJECT)/bin/go
endif

TAMAGO_ENV := GOOS=tamago GOARCH=arm GOARM=$(GOARM) GOOSPKG=$(GOOSPKG)

.PHONY: toolchain
toolchain:
ifdef TAMAGO
	@test -x $(TAMAGO) || { echo "toolchain: TAMAGO=$(TAMAGO) is not an executable go command" >&2; exit 1; }
else
	@CACHE=$(CACHE) $(TOP)/toolchain/build.sh >/dev/null
endif

# GOOS=tamago in Linux user space under qemu-arm, at the target GOARM: 4 on
# an ARMv4T model; 5 (an official tamago-go) on an ARMv5-and-later one.
USERTEST_GOARM ?= $(GOARM)
QEMU_ARM       ?= qemu-arm

.PHONY: qemu-user toolchain-usertest
qemu-user:
	@command -v $(QEMU_ARM) >/dev/null || { \
		echo "toolchain: installing qemu-user (qemu-arm)" >&2; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends qemu-user >/dev/null; }

toolchain-usertest: toolchain qemu-user
	@QEMU_ARM=$(QEMU_ARM) $(TOP)/toolchain/usertest.sh "$(GO)" $(BUILD)/toolchain $(USERTEST_GOARM)

test: toolchain-usertest
