# mini2440 kernel: top-level build. Each area keeps its rules in its own
# rules.mk; this file holds what they share.
#
# Host caches live under $(CACHE) so a warm machine rebuilds nothing it has.

SHELL      := /bin/bash
TOP        := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
CACHE      ?= $(HOME)/.cache/mini2440
BUILD      := $(TOP)/build

.PHONY: all test run clean
all:

include $(wildcard $(TOP)/*/rules.mk)

clean:
	rm -rf $(BUILD)
