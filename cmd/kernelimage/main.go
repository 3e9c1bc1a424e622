// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command kernelimage turns the kernel ELF into the raw image a boot loader
// copies to SDRAM, and reports the addresses it needs.
//
// Usage:
//
//	kernelimage [-o kernel.bin] [-print load|entry|size] kernel.elf
//
// The raw image holds the loadable segments' file contents at their
// physical addresses relative to the lowest one (the load address); gaps
// are zero-filled and the zero-initialised tail of the last segment (bss)
// is left out, as the kernel clears it itself. Without -print it reports
// the load address, the entry point and the image size.
package main

import (
	"debug/elf"
	"flag"
	"fmt"
	"os"
	"sort"
)

func main() {
	out := flag.String("o", "", "write the raw image to `file`")
	show := flag.String("print", "", "print only `load`, `entry` or `size` (hex addresses)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: kernelimage [-o kernel.bin] [-print load|entry|size] kernel.elf")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out, *show); err != nil {
		fmt.Fprintln(os.Stderr, "kernelimage:", err)
		os.Exit(1)
	}
}

func run(path, out, show string) error {
	f, err := elf.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if f.Machine != elf.EM_ARM || f.Class != elf.ELFCLASS32 {
		return fmt.Errorf("%s: not a 32-bit ARM ELF file", path)
	}

	var segs []*elf.Prog
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD && p.Filesz > 0 {
			segs = append(segs, p)
		}
	}
	if len(segs) == 0 {
		return fmt.Errorf("%s: no loadable segments", path)
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].Paddr < segs[j].Paddr })
	load := segs[0].Paddr
	last := segs[len(segs)-1]
	image := make([]byte, last.Paddr+last.Filesz-load)
	for _, p := range segs {
		if _, err := p.ReadAt(image[p.Paddr-load:p.Paddr-load+p.Filesz], 0); err != nil {
			return fmt.Errorf("%s: reading segment at %#x: %v", path, p.Paddr, err)
		}
	}
	if f.Entry < load || f.Entry >= load+uint64(len(image)) {
		return fmt.Errorf("%s: entry %#x outside the image", path, f.Entry)
	}

	if out != "" {
		if err := os.WriteFile(out, image, 0o644); err != nil {
			return err
		}
	}
	switch show {
	case "load":
		fmt.Printf("%#x\n", load)
	case "entry":
		fmt.Printf("%#x\n", f.Entry)
	case "size":
		fmt.Printf("%d\n", len(image))
	case "":
		fmt.Printf("load %#x entry %#x size %d\n", load, f.Entry, len(image))
	default:
		return fmt.Errorf("unknown -print %q", show)
	}
	return nil
}
