# QEMU with the mini2440 machine (see qemu/README.md).
#
# QEMU_SYSTEM_ARM is the cached qemu-system-arm for the current qemu/
# sources. It is recursive on purpose: the path depends on the Debian
# source version, which apt may only know after `make qemu` ran
# apt-get update, so it is recomputed wherever a recipe uses it. Rules
# that run QEMU should depend on `qemu` and use $(QEMU_SYSTEM_ARM) in
# their recipe.
QEMU_SYSTEM_ARM = $(shell $(TOP)/qemu/build.sh --print-path)

.PHONY: qemu test-qemu qemu-test-tools
qemu:
	@$(TOP)/qemu/build.sh >/dev/null

# Debian's arm-none-eabi binutils assemble the device tests.
qemu-test-tools:
	@command -v arm-none-eabi-as >/dev/null || { \
	  echo "qemu: installing binutils-arm-none-eabi"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q binutils-arm-none-eabi >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q binutils-arm-none-eabi >/dev/null; } || \
	  { echo "qemu: cannot install binutils-arm-none-eabi" >&2; exit 1; }; }

# Device tests: bare-metal programs in qemu/tests booted on -M mini2440.
test-qemu: qemu qemu-test-tools | toolchain
	@echo "qemu: device tests with $(QEMU_SYSTEM_ARM)"
	cd $(TOP) && QEMU_SYSTEM_ARM=$(QEMU_SYSTEM_ARM) $(GO) test -count=1 -v ./qemu/...

test: test-qemu
