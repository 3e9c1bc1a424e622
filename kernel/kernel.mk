# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# The kernel image and the on-target tests (see board/mini2440/README.md).
#
#   make kernel        build/kernel.elf and build/kernel.bin (raw image)
#   make run           boot the kernel on the QEMU mini2440 (Ctrl-A x quits)
#   make test-target   on-target tests of arch/, soc/ and board/ under QEMU
#   make boot-icount   instructions from reset to main.main
#
# For the NAND loader and boot images: KERNEL_ELF, KERNEL_BIN,
# KERNEL_LOAD_ADDR (where KERNEL_BIN goes in SDRAM) and KERNEL_ENTRY (where
# to jump; read from the ELF, so use it in recipes only).

KERNEL_ELF       := $(BUILD)/kernel.elf
KERNEL_BIN       := $(BUILD)/kernel.bin
KERNEL_LOAD_ADDR := 0x30010000
KERNELIMAGE      := $(BUILD)/bin/kernelimage
QEMUTEST         := $(BUILD)/bin/qemutest
KERNEL_ENTRY      = $(shell $(KERNELIMAGE) -print entry $(KERNEL_ELF))

# Text starts right after the ELF headers page at the load address; the
# 64 KB below it are reserved by arch/arm920t (board/mini2440/mem.go).
KERNEL_LDFLAGS := -T $(shell printf '0x%x' $$(($(KERNEL_LOAD_ADDR) + 0x1000))) -R 0x1000

# Packages with on-target tests.
TARGET_TEST_PKGS := ./arch/... ./soc/... ./board/...

QEMU_RUN_FLAGS := -M mini2440 -nographic -semihosting-config enable=on,target=native

export KERNEL_ELF KERNEL_BIN KERNEL_LOAD_ADDR

.PHONY: kernel run test-target
kernel: $(KERNEL_BIN)
test: test-target

$(KERNEL_ELF): FORCE | toolchain $(V4TCHECK)
	@echo "  GO       kernel ($(TAMAGO_ENV))"
	@mkdir -p $(@D)
	cd $(TOP) && $(TAMAGO_ENV) $(GO) build -ldflags "$(KERNEL_LDFLAGS)" -o $@ ./kernel
	@$(call v4t-check,$@)

$(KERNEL_BIN): $(KERNEL_ELF) $(KERNELIMAGE)
	@echo "  IMAGE    $@"
	@$(KERNELIMAGE) -o $@ $(KERNEL_ELF)
	@load=$$($(KERNELIMAGE) -print load $(KERNEL_ELF)); \
	test $$((load)) -eq $$(($(KERNEL_LOAD_ADDR))) || \
	{ echo "kernel: image loads at $$load, KERNEL_LOAD_ADDR is $(KERNEL_LOAD_ADDR)" >&2; exit 1; }

run: $(KERNEL_ELF) | qemu
	@echo "run: booting $(KERNEL_ELF) (quit: Ctrl-A x)"
	$(QEMU_SYSTEM_ARM) $(QEMU_RUN_FLAGS) -kernel $(KERNEL_ELF)

test-target: $(QEMUTEST) | toolchain qemu $(V4TCHECK)
	@echo "test-target: go test -exec qemutest $(TARGET_TEST_PKGS)"
	cd $(TOP) && QEMU_SYSTEM_ARM=$(QEMU_SYSTEM_ARM) V4TCHECK=$(V4TCHECK) $(TAMAGO_ENV) \
		$(GO) test -ldflags "$(KERNEL_LDFLAGS)" -exec $(QEMUTEST) $(TARGET_TEST_PKGS)

# Instructions executed from reset to main.main under -icount (the wrapper
# stops the CPU there with a gdbstub breakpoint and asks QMP).
.PHONY: boot-icount
boot-icount: $(KERNEL_ELF) $(QEMUTEST) | qemu
	@QEMU_SYSTEM_ARM=$(QEMU_SYSTEM_ARM) $(QEMUTEST) -icount-at main.main $(KERNEL_ELF)
