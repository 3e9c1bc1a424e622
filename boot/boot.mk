# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# Booting real boards and QEMU from NAND, and images for existing boot
# loaders (see boot/README.md).
#
#   make nand-image   build/nand.img: loader + kernel (+ user program with
#                     USER_BIN=file USER_LOAD=addr) for -drive if=mtd, and
#                     build/nand-used.img, its programmed blocks, to flash
#   make images       build/images/: kernel.bin (raw), kernel.uImage
#                     (U-Boot bootm), kernel-sdram.bin (load and start at
#                     0x30000000: supervivi [d], U-Boot go)
#   make dnw          build/bin/dnw (USB download to supervivi/U-Boot)
#   make test-boot    host tests, then NAND boot and raw-image boot on QEMU
#
# This file is included before cmd/ and kernel/, so their variables are
# used in recipes only (and the kernel through its phony target).

BOOT_OUT        := $(BUILD)/boot
BOOT_LOADER_ELF := $(BOOT_OUT)/loader.elf
BOOT_LOADER_BIN := $(BOOT_OUT)/loader.bin
BOOT_PAYLOAD_BIN := $(BOOT_OUT)/payload.bin
BOOT_MESSY_BIN  := $(BOOT_OUT)/messyboot.bin
BOOT_IMAGES     := $(BUILD)/images
NAND_IMAGE      := $(BUILD)/nand.img
NAND_USED_IMAGE := $(BUILD)/nand-used.img
NANDIMAGE       := $(BUILD)/bin/nandimage
DNW             := $(BUILD)/bin/dnw

ARM_AS      ?= arm-none-eabi-as
ARM_LD      ?= arm-none-eabi-ld
ARM_OBJCOPY ?= arm-none-eabi-objcopy
MKIMAGE     ?= mkimage

# Where the test programs of boot/testpayload run: the stand-in kernel
# where the kernel does, the untidy boot loader near the top of SDRAM.
BOOT_PAYLOAD_ADDR = $(KERNEL_LOAD_ADDR)
BOOT_MESSY_ADDR  := 0x33F00000
boot_addr_payload   = $(BOOT_PAYLOAD_ADDR)
boot_addr_messyboot = $(BOOT_MESSY_ADDR)

.PHONY: nand-image images dnw test-boot boot-binutils boot-mkimage
test: test-boot

# Debian's packages, installed when missing (apt-get needs root).
boot-binutils:
	@command -v $(ARM_AS) >/dev/null || { \
		echo "boot: installing binutils-arm-none-eabi"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils-arm-none-eabi >/dev/null; } || \
		{ echo "boot: need $(ARM_AS): apt-get install binutils-arm-none-eabi" >&2; exit 1; }

boot-mkimage:
	@command -v $(MKIMAGE) >/dev/null || { \
		echo "boot: installing u-boot-tools (mkimage)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq u-boot-tools >/dev/null; } || \
		{ echo "boot: need $(MKIMAGE): apt-get install u-boot-tools" >&2; exit 1; }

$(BOOT_LOADER_ELF): $(TOP)/boot/nandloader/loader.S $(TOP)/boot/nandloader/loader.ld | $(BUILD)/bin/v4tcheck boot-binutils
	@echo "  AS       $@"
	@mkdir -p $(@D)
	@$(ARM_AS) -march=armv4t -o $(@:.elf=.o) $<
	@$(ARM_LD) -T $(TOP)/boot/nandloader/loader.ld -o $@ $(@:.elf=.o)
	@$(call v4t-check,$@)

.PRECIOUS: $(BOOT_OUT)/%.elf
$(BOOT_OUT)/%.elf: $(TOP)/boot/testpayload/%.S | $(BUILD)/bin/v4tcheck boot-binutils
	@echo "  AS       $@"
	@mkdir -p $(@D)
	@$(ARM_AS) -march=armv4t -o $(@:.elf=.o) $<
	@$(ARM_LD) -Ttext=$(boot_addr_$*) -e _start -o $@ $(@:.elf=.o)
	@$(call v4t-check,$@)

$(BOOT_OUT)/%.bin: $(BOOT_OUT)/%.elf
	@$(ARM_OBJCOPY) -O binary $< $@

nand-image: kernel $(BOOT_LOADER_BIN) $(NANDIMAGE)
	@echo "  NAND     $(NAND_IMAGE)"
	@$(NANDIMAGE) -o $(NAND_IMAGE) -used $(NAND_USED_IMAGE) -loader $(BOOT_LOADER_BIN) \
		-kernel $(KERNEL_BIN) -kernel-load $(KERNEL_LOAD_ADDR) -kernel-entry $(KERNEL_ENTRY) \
		$(if $(USER_BIN),-user $(USER_BIN) -user-load $(USER_LOAD))

# kernel-sdram.bin: a two-word trampoline at 0x30000000 (ldr pc, [pc, #-4];
# .word entry), zeros up to the kernel's load address, then the kernel.
images: kernel | boot-mkimage
	@echo "  IMAGES   $(BOOT_IMAGES)"
	@mkdir -p $(BOOT_IMAGES)
	@cp $(KERNEL_BIN) $(BOOT_IMAGES)/kernel.bin
	@$(MKIMAGE) -A arm -O linux -T kernel -C none -a $(KERNEL_LOAD_ADDR) -e $(KERNEL_ENTRY) \
		-n "mini2440-go kernel" -d $(KERNEL_BIN) $(BOOT_IMAGES)/kernel.uImage
	@entry=$$(($(KERNEL_ENTRY))); pad=$$(($(KERNEL_LOAD_ADDR) - 0x30000000)); \
	{ printf '\004\360\037\345'; \
	  printf "$$(printf '\\%03o\\%03o\\%03o\\%03o' $$((entry & 255)) $$((entry >> 8 & 255)) $$((entry >> 16 & 255)) $$((entry >> 24 & 255)))"; \
	} > $(BOOT_IMAGES)/kernel-sdram.bin && \
	truncate -s $$pad $(BOOT_IMAGES)/kernel-sdram.bin && \
	cat $(KERNEL_BIN) >> $(BOOT_IMAGES)/kernel-sdram.bin
	@ls -l $(BOOT_IMAGES)

dnw: $(DNW)

# -race needs cgo, hence a host C compiler.
test-boot: $(BOOT_LOADER_BIN) $(BOOT_PAYLOAD_BIN) $(BOOT_MESSY_BIN) $(NANDIMAGE) nand-image images | toolchain qemu
	@echo "test-boot: go test -race ./boot/nand ./cmd/nandimage ./cmd/dnw"
	@command -v $${CC:-gcc} >/dev/null || { echo "test-boot: go test -race needs a C compiler: apt-get install gcc" >&2; exit 1; }
	cd $(TOP) && CGO_ENABLED=1 $(GO) test -race ./boot/nand/... ./cmd/nandimage/... ./cmd/dnw/...
	@echo "test-boot: NAND boot and raw-image boot on QEMU (boot/boottest)"
	cd $(TOP) && QEMU_SYSTEM_ARM=$(QEMU_SYSTEM_ARM) NANDIMAGE=$(NANDIMAGE) \
		BOOT_LOADER_BIN=$(BOOT_LOADER_BIN) BOOT_PAYLOAD_BIN=$(BOOT_PAYLOAD_BIN) \
		BOOT_PAYLOAD_ADDR=$(BOOT_PAYLOAD_ADDR) BOOT_MESSY_BIN=$(BOOT_MESSY_BIN) BOOT_MESSY_ADDR=$(BOOT_MESSY_ADDR) BOOT_IMAGES=$(BOOT_IMAGES) NAND_IMAGE=$(NAND_IMAGE) \
		KERNEL_LOAD_ADDR=$(KERNEL_LOAD_ADDR) KERNEL_ENTRY=$(KERNEL_ENTRY) \
		$(GO) test -count=1 -v ./boot/boottest/
