// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command nandimage builds a whole-flash image for the mini2440's 128 MB
// large-page NAND: the first-stage loader in block 0, a kernel and an
// optional user program in their slots (boot/nand describes the layout),
// every page followed by its 64 spare bytes holding the S3C2440A ECC. QEMU
// takes the file with -drive if=mtd,format=raw,file=nand.img.
//
// Usage:
//
//	nandimage -o nand.img -loader loader.bin -kernel kernel.bin \
//	    -kernel-load 0x30010000 [-kernel-entry ADDR] \
//	    [-user prog.bin -user-load ADDR [-user-entry ADDR]] [-bad 3,7] \
//	    [-used nand-used.img]
//
// -bad marks blocks bad (spare byte 0 of their first page = 0) before
// writing, to exercise bad-block skipping. The image is read back with
// the loader's rules before it is written out. -used also writes the
// image's prefix up to its last programmed block: what a boot loader on a
// real board must write to flash, page and spare bytes together.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/mini2440-go/kernel/boot/nand"
)

type options struct {
	out, used, loader, kernel, user string
	kernelLoad, kernelEntry         uint32
	userLoad, userEntry             uint32
	bad                             []int
	blocks                          int
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "nandimage:", err)
		os.Exit(1)
	}
}

// addr parses a flag value such as 0x30000000.
type addr struct{ v *uint32 }

func (a addr) String() string {
	if a.v == nil {
		return "0"
	}
	return fmt.Sprintf("%#x", *a.v)
}

func (a addr) Set(s string) error {
	n, err := strconv.ParseUint(s, 0, 32)
	*a.v = uint32(n)
	return err
}

type blockList struct{ v *[]int }

func (b blockList) String() string { return "" }

func (b blockList) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return err
		}
		*b.v = append(*b.v, n)
	}
	return nil
}

func parse(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("nandimage", flag.ContinueOnError)
	fs.StringVar(&o.out, "o", "", "output image file")
	fs.StringVar(&o.used, "used", "", "also write the blocks up to the last programmed one to this file")
	fs.StringVar(&o.loader, "loader", "", "first-stage loader, raw binary (at most 4096 bytes)")
	fs.StringVar(&o.kernel, "kernel", "", "kernel, raw binary")
	fs.Var(addr{&o.kernelLoad}, "kernel-load", "kernel load address")
	fs.Var(addr{&o.kernelEntry}, "kernel-entry", "kernel entry address (default: load address)")
	fs.StringVar(&o.user, "user", "", "user program, raw binary (optional)")
	fs.Var(addr{&o.userLoad}, "user-load", "user program load address")
	fs.Var(addr{&o.userEntry}, "user-entry", "user program entry address (default: load address)")
	fs.Var(blockList{&o.bad}, "bad", "comma-separated blocks to mark bad")
	fs.IntVar(&o.blocks, "blocks", nand.Blocks, "erase blocks in the part (1024: 128 MB)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.out == "" || o.loader == "" || o.kernel == "" || o.kernelLoad == 0 {
		return o, fmt.Errorf("need -o, -loader, -kernel and -kernel-load")
	}
	if o.user != "" && o.userLoad == 0 {
		return o, fmt.Errorf("-user needs -user-load")
	}
	if o.kernelEntry == 0 {
		o.kernelEntry = o.kernelLoad
	}
	if o.userEntry == 0 {
		o.userEntry = o.userLoad
	}
	return o, nil
}

func run(args []string) error {
	o, err := parse(args)
	if err != nil {
		return err
	}
	im, err := build(o)
	if err != nil {
		return err
	}
	if err := os.WriteFile(o.out, im.Raw, 0o644); err != nil {
		return err
	}
	if o.used == "" {
		return nil
	}
	n := usedBlocks(im)
	fmt.Printf("nandimage: %s: blocks 0..%d, %d pages of %d bytes\n", o.used, n-1, n*nand.PagesPerBlock, nand.RawPageSize)
	return os.WriteFile(o.used, im.Raw[:n*nand.PagesPerBlock*nand.RawPageSize], 0o644)
}

// usedBlocks counts the blocks up to and including the last one holding
// anything but 0xFF (data, spare or bad-block marker).
func usedBlocks(im *nand.Image) int {
	const blockRaw = nand.PagesPerBlock * nand.RawPageSize
	for b := im.Blocks() - 1; b >= 0; b-- {
		for _, c := range im.Raw[b*blockRaw : (b+1)*blockRaw] {
			if c != 0xff {
				return b + 1
			}
		}
	}
	return 0
}

// build lays out the image and reads it back as the loader would.
func build(o options) (*nand.Image, error) {
	im := nand.NewImage(o.blocks)
	for _, b := range o.bad {
		if b <= 0 || b >= o.blocks {
			return nil, fmt.Errorf("-bad %d: block out of range 1..%d", b, o.blocks-1)
		}
		im.MarkBad(b)
	}
	loader, err := os.ReadFile(o.loader)
	if err != nil {
		return nil, err
	}
	if err := im.WriteLoader(loader); err != nil {
		return nil, err
	}
	fmt.Printf("nandimage: loader %d bytes at block 0\n", len(loader))
	slots := []struct {
		slot        nand.Slot
		file        string
		load, entry uint32
	}{
		{nand.KernelSlot, o.kernel, o.kernelLoad, o.kernelEntry},
		{nand.UserSlot, o.user, o.userLoad, o.userEntry},
	}
	for _, s := range slots {
		if s.file == "" {
			continue
		}
		payload, err := os.ReadFile(s.file)
		if err != nil {
			return nil, err
		}
		if _, err := im.WriteSlot(s.slot, nand.Header{Load: s.load, Entry: s.entry}, payload); err != nil {
			return nil, fmt.Errorf("%s: %w", s.file, err)
		}
		h, got, _, err := im.ReadSlot(s.slot)
		if err != nil || len(got) != len(payload) {
			return nil, fmt.Errorf("%s: reading the slot back: %v", s.file, err)
		}
		fmt.Printf("nandimage: %s %d bytes at flash %#x (block %d), load %#x, entry %#x, sum %#08x\n",
			s.slot.Name, h.Size, s.slot.Offset(), s.slot.FirstBlock, h.Load, h.Entry, h.Sum)
	}
	return im, nil
}
