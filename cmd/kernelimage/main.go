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

// maxImage bounds the raw image: it must fit the board's 64 MB of SDRAM.
const maxImage = 64 << 20

func run(path, out, show string) error {
	f, err := elf.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	load, image, err := rawImage(f)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
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

// rawImage lays out f's loadable segments as the boot loader copies them:
// file contents at their physical addresses relative to the lowest one.
func rawImage(f *elf.File) (load uint64, image []byte, err error) {
	if f.Machine != elf.EM_ARM || f.Class != elf.ELFCLASS32 {
		return 0, nil, fmt.Errorf("not a 32-bit ARM ELF file")
	}
	var segs []*elf.Prog
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD && p.Filesz > 0 {
			segs = append(segs, p)
		}
	}
	if len(segs) == 0 {
		return 0, nil, fmt.Errorf("no loadable segments")
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].Paddr < segs[j].Paddr })
	load = segs[0].Paddr
	end := load
	for _, p := range segs {
		if p.Paddr < end {
			return 0, nil, fmt.Errorf("segment at %#x overlaps the one before", p.Paddr)
		}
		end = p.Paddr + p.Filesz
		if end < p.Paddr || end-load > maxImage {
			return 0, nil, fmt.Errorf("segments span more than %d MB", maxImage>>20)
		}
	}
	image = make([]byte, end-load)
	for _, p := range segs {
		if _, err := p.ReadAt(image[p.Paddr-load:p.Paddr-load+p.Filesz], 0); err != nil {
			return 0, nil, fmt.Errorf("reading segment at %#x: %v", p.Paddr, err)
		}
	}
	if f.Entry < load || f.Entry >= end {
		return 0, nil, fmt.Errorf("entry %#x outside the image", f.Entry)
	}
	return load, image, nil
}
