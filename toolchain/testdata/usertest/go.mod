module github.com/mini2440-go/kernel/toolchain/testdata/usertest

go 1.27.1

require github.com/usbarmory/tamago v1.27.1
