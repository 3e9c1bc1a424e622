# mini2440 kernel: top-level build.
#
# Each area keeps its rules in its own *.mk file one directory down
# (toolchain/toolchain.mk, qemu/qemu.mk, ...); this file holds only what they
# share. Every area adds its test target as a prerequisite of `test`.
#
# Host caches live under $(CACHE) so a warm machine rebuilds nothing it has.

SHELL      := /bin/bash
TOP        := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
CACHE      ?= $(HOME)/.cache/mini2440
BUILD      := $(TOP)/build

.PHONY: all test run clean
all:

include $(sort $(wildcard $(TOP)/*/*.mk))

# Host tools from cmd/, built with the project's toolchain.
$(BUILD)/bin/%: FORCE | toolchain
	@mkdir -p $(@D)
	cd $(TOP) && $(GO) build -o $@ ./cmd/$*

.PHONY: FORCE
FORCE:

clean:
	rm -rf $(BUILD)
