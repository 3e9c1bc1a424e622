// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command v4tcheck reports every instruction in an ARM ELF file that the
// ARM920T, an ARMv4T core, does not implement.
//
// Usage:
//
//	v4tcheck [-s] file.elf...
//
// It decodes each executable section word by word (halfword by halfword
// in Thumb code) and prints one line per offending instruction:
//
//	file: 0xADDR: WORD  class  in SYMBOL+0xOFF
//
// then, per file, the count of each class and a total. -s prints only the
// counts. The exit status is 0 if nothing was found, 1 if a forbidden
// instruction was found and 2 on a usage or read error.
//
// The check must not count data as code. Literal pools are found the way
// the processor finds them: every word that a PC-relative load in the code
// reads (base register PC, immediate offset, PC = instruction + 8 in ARM
// state) is data. ARM ELF mapping symbols ($a, $t, $d), which GNU tools
// emit and the Go linker does not, mark ARM, Thumb and data ranges when
// present; without them a function symbol with an odd address starts
// Thumb code and everything else is ARM.
//
// Besides instructions from later architectures the checker reports
// operand forms that ARMv4 leaves UNPREDICTABLE and compilers could emit
// (MUL with Rd==Rm, long multiplies whose RdHi, RdLo and Rm overlap, R15
// where it is not allowed) and MCR/MRC to CP15 and CP14 registers the
// ARM920T does not have. MCR and MRC to CP14's debug communications
// channel are listed but allowed.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run checks the files named in args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("v4tcheck", flag.ContinueOnError)
	flags.SetOutput(stderr)
	summaryOnly := flags.Bool("s", false, "print only the per-class counts")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: v4tcheck [-s] file.elf...")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}
	status := 0
	for _, path := range flags.Args() {
		r, err := checkFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "v4tcheck: %v\n", err)
			status = 2
			continue
		}
		if !*summaryOnly {
			for _, f := range r.findings {
				fmt.Fprintf(stdout, "%s: %#08x: %s  %s  in %s\n", r.file, f.addr, f.text, f.class, f.where)
			}
		}
		printSummary(stdout, r)
		if r.forbidden() > 0 && status == 0 {
			status = 1
		}
	}
	return status
}

// printSummary prints the count of each class found in r, most frequent
// first, and a total.
func printSummary(w io.Writer, r *report) {
	counts := map[string]int{}
	for _, f := range r.findings {
		counts[f.class]++
	}
	classes := make([]string, 0, len(counts))
	for c := range counts {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := classes[i], classes[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	for _, c := range classes {
		fmt.Fprintf(w, "%s: %6d  %s\n", r.file, counts[c], c)
	}
	fmt.Fprintf(w, "%s: %d forbidden instructions (%d ARM words, %d Thumb halfwords decoded; %d literal words, %d $d bytes skipped)\n",
		r.file, r.forbidden(), r.armWords, r.thumbHalves, r.literals, r.dataBytes)
}
