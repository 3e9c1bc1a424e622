// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
)

// Each executable section becomes a textSection: spans say what is ARM,
// Thumb or data (from mapping symbols or function symbols), labels name
// addresses, and a per-halfword bitmap records the literals that
// PC-relative loads read. check walks the code twice: first to mark the
// literals, then to classify every instruction that is not one.

// finding is one instruction the ARM920T lacks (or an allowed class listed
// for information).
type finding struct {
	addr  uint64
	text  string // the instruction as hex, halfwords separated for Thumb
	class string
	where string // symbol+offset
}

// report is the result of checking one ELF file.
type report struct {
	file        string
	findings    []finding
	armWords    int // ARM words decoded
	thumbHalves int // Thumb halfwords decoded
	literals    int // words skipped as targets of PC-relative loads
	dataBytes   int // bytes skipped in $d ranges
}

// forbidden counts the findings that make the check fail.
func (r *report) forbidden() int {
	n := 0
	for _, f := range r.findings {
		if !allowed(f.class) {
			n++
		}
	}
	return n
}

// EF_ARM_BE8: big-endian data, little-endian code.
const efARMBE8 = 0x00800000

// checkFile checks every executable section of the ARM ELF file at path.
func checkFile(path string) (*report, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	f, err := elf.NewFile(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if f.Class != elf.ELFCLASS32 || f.Machine != elf.EM_ARM {
		return nil, fmt.Errorf("%s: not a 32-bit ARM ELF file (%v, %v)", path, f.Class, f.Machine)
	}
	var order binary.ByteOrder = binary.LittleEndian
	if f.Data == elf.ELFDATA2MSB {
		// debug/elf does not export e_flags (offset 36 in ELF32).
		var flags [4]byte
		if _, err := file.ReadAt(flags[:], 36); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		if f.ByteOrder.Uint32(flags[:])&efARMBE8 == 0 {
			order = binary.BigEndian
		}
	}
	syms, err := f.Symbols()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	r := &report{file: path}
	for i, s := range f.Sections {
		if s.Flags&elf.SHF_EXECINSTR == 0 || s.Type != elf.SHT_PROGBITS {
			continue
		}
		code, err := s.Data()
		if err != nil {
			return nil, fmt.Errorf("%s: section %s: %v", path, s.Name, err)
		}
		t := newTextSection(s.Name, s.Addr, code, order, sectionSymbols(syms, elf.SectionIndex(i)))
		t.check(r)
	}
	return r, nil
}

func sectionSymbols(syms []elf.Symbol, index elf.SectionIndex) []elf.Symbol {
	var in []elf.Symbol
	for _, s := range syms {
		if s.Section == index {
			in = append(in, s)
		}
	}
	return in
}

// mode is how a range of a code section is to be read.
type mode int

const (
	modeARM mode = iota
	modeThumb
	modeData
)

// span is a range of a section read in one mode; it ends where the next
// span starts.
type span struct {
	off  uint64
	mode mode
}

// label names an address for reports.
type label struct {
	off  uint64
	name string
	rank int // among labels at one address the highest is shown
}

// labelRank prefers a function to a plain label, a symbol with a size to
// a marker such as Go's runtime.text, and a global symbol to a local one.
func labelRank(s elf.Symbol) int {
	rank := 0
	if elf.ST_TYPE(s.Info) == elf.STT_FUNC {
		rank += 4
	}
	if s.Size > 0 {
		rank += 2
	}
	if elf.ST_BIND(s.Info) == elf.STB_GLOBAL {
		rank++
	}
	return rank
}

// textSection is one executable section being checked.
type textSection struct {
	name   string
	addr   uint64
	code   []byte
	order  binary.ByteOrder
	spans  []span
	labels []label
	data   []bool // per halfword: the target of a PC-relative load
}

// mappingSymbol returns the mode an ARM ELF mapping symbol ($a, $t, $d,
// optionally followed by a dot and anything) selects.
func mappingSymbol(name string) (mode, bool) {
	if len(name) < 2 || name[0] != '$' || (len(name) > 2 && name[2] != '.') {
		return 0, false
	}
	switch name[1] {
	case 'a':
		return modeARM, true
	case 't':
		return modeThumb, true
	case 'd':
		return modeData, true
	}
	return 0, false
}

// newTextSection prepares code, loaded at addr, for checking. syms are the
// symbols defined in the section. Mapping symbols, when present, decide
// what is ARM, Thumb and data; otherwise function symbols do (an odd
// address marks a Thumb function) and everything else is ARM.
func newTextSection(name string, addr uint64, code []byte, order binary.ByteOrder, syms []elf.Symbol) *textSection {
	t := &textSection{name: name, addr: addr, code: code, order: order, data: make([]bool, (len(code)+1)/2)}
	var mapped, byFunction []span
	for _, s := range syms {
		if s.Value < addr || s.Value-addr > uint64(len(code)) {
			continue
		}
		off := s.Value - addr
		typ := elf.ST_TYPE(s.Info)
		if m, ok := mappingSymbol(s.Name); ok {
			mapped = append(mapped, span{off, m})
			continue
		}
		if s.Name == "" || typ == elf.STT_SECTION || typ == elf.STT_FILE {
			continue
		}
		if typ == elf.STT_FUNC {
			m := modeARM
			if off&1 != 0 {
				m, off = modeThumb, off&^1
			}
			byFunction = append(byFunction, span{off, m})
		}
		t.labels = append(t.labels, label{off, s.Name, labelRank(s)})
	}
	t.spans = mapped
	if len(mapped) == 0 {
		t.spans = byFunction
	}
	sort.SliceStable(t.spans, func(i, j int) bool { return t.spans[i].off < t.spans[j].off })
	if len(t.spans) == 0 || t.spans[0].off != 0 {
		t.spans = append([]span{{0, modeARM}}, t.spans...)
	}
	sort.SliceStable(t.labels, func(i, j int) bool {
		a, b := t.labels[i], t.labels[j]
		if a.off != b.off {
			return a.off < b.off
		}
		return a.rank > b.rank
	})
	return t
}

// spanEnd returns where span i ends.
func (t *textSection) spanEnd(i int) uint64 {
	if i+1 < len(t.spans) {
		return t.spans[i+1].off
	}
	return uint64(len(t.code))
}

// isData reports whether the n bytes at off hold a PC-relative load target.
func (t *textSection) isData(off uint64, n int) bool {
	for h := off / 2; h < (off+uint64(n)+1)/2 && h < uint64(len(t.data)); h++ {
		if t.data[h] {
			return true
		}
	}
	return false
}

// markData records the literal lit, if it lies in this section.
func (t *textSection) markData(lit literal) {
	if lit.size == 0 || lit.target < t.addr || lit.target-t.addr >= uint64(len(t.code)) {
		return
	}
	off := lit.target - t.addr
	for h := off / 2; h < (off+uint64(lit.size)+1)/2 && h < uint64(len(t.data)); h++ {
		t.data[h] = true
	}
}

// instruction is one decoded instruction of a walk.
type instruction struct {
	off   uint64
	text  string
	class string
	size  int
	lit   literal
	thumb bool
}

// walk decodes every instruction of the ARM and Thumb spans in address
// order, skipping literal data, and calls visit with each.
func (t *textSection) walk(visit func(instruction)) {
	for i, s := range t.spans {
		end := t.spanEnd(i)
		switch s.mode {
		case modeARM:
			for off := (s.off + 3) &^ 3; off+4 <= end; off += 4 {
				if t.isData(off, 4) {
					continue
				}
				w := t.order.Uint32(t.code[off:])
				class, lit := decodeARM(w, t.addr+off)
				visit(instruction{off: off, text: fmt.Sprintf("%08x", w), size: 4, class: class, lit: lit})
			}
		case modeThumb:
			for off := (s.off + 1) &^ 1; off+2 <= end; {
				if t.isData(off, 2) {
					off += 2
					continue
				}
				h := t.order.Uint16(t.code[off:])
				var next uint16
				hasNext := off+4 <= end
				if hasNext {
					next = t.order.Uint16(t.code[off+2:])
				}
				class, size, lit := decodeThumb(h, next, hasNext, t.addr+off)
				text := fmt.Sprintf("%04x", h)
				if size == 4 && hasNext {
					text += fmt.Sprintf(" %04x", next)
				}
				visit(instruction{off: off, text: text, size: size, class: class, lit: lit, thumb: true})
				off += uint64(size)
			}
		}
	}
}

// check adds the section's findings and counts to r. A first walk marks
// the literals of PC-relative loads; a load is recognised only in a word
// not already marked, so literal data does not mark more literal data when
// the pool follows its loads (as compilers place it). The second walk
// classifies what is left.
func (t *textSection) check(r *report) {
	t.walk(func(in instruction) { t.markData(in.lit) })
	for i, s := range t.spans {
		if s.mode == modeData {
			r.dataBytes += int(t.spanEnd(i) - s.off)
		}
	}
	t.walk(func(in instruction) {
		if in.thumb {
			r.thumbHalves += in.size / 2
		} else {
			r.armWords++
		}
		if in.class != "" {
			r.findings = append(r.findings, finding{addr: t.addr + in.off, text: in.text, class: in.class, where: t.where(in.off)})
		}
	})
	halves := 0
	for i, s := range t.spans {
		if s.mode == modeData {
			continue
		}
		for h := s.off / 2; h < t.spanEnd(i)/2; h++ {
			if t.data[h] {
				halves++
			}
		}
	}
	r.literals += halves / 2
}

// where names the code at off as the nearest preceding label plus offset.
func (t *textSection) where(off uint64) string {
	i := sort.Search(len(t.labels), func(i int) bool { return t.labels[i].off > off })
	if i == 0 {
		return fmt.Sprintf("%s+%#x", t.name, off)
	}
	at := t.labels[i-1].off
	// Of several labels at one address the sort put the preferred first.
	l := t.labels[sort.Search(len(t.labels), func(i int) bool { return t.labels[i].off >= at })]
	return fmt.Sprintf("%s+%#x", l.name, off-l.off)
}
