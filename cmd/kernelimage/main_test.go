// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"strings"
	"testing"
)

type segment struct {
	typ   elf.ProgType
	paddr uint32
	data  []byte
	memsz uint32 // 0: len(data)
}

// elf32 builds a little-endian 32-bit ELF executable for machine with the
// given entry point and program headers, segment contents after them.
func elf32(machine elf.Machine, entry uint32, segs []segment) []byte {
	const ehsize, phentsize = 52, 32
	var b bytes.Buffer
	le := binary.LittleEndian
	w := func(v any) { binary.Write(&b, le, v) }
	b.Write([]byte{0x7f, 'E', 'L', 'F', byte(elf.ELFCLASS32), byte(elf.ELFDATA2LSB), byte(elf.EV_CURRENT)})
	b.Write(make([]byte, 9))
	w(uint16(elf.ET_EXEC))
	w(uint16(machine))
	w(uint32(elf.EV_CURRENT))
	w(entry)
	w(uint32(ehsize))      // phoff
	w(uint32(0))           // shoff
	w(uint32(0))           // flags
	w(uint16(ehsize))      // ehsize
	w(uint16(phentsize))   // phentsize
	w(uint16(len(segs)))   // phnum
	w([3]uint16{40, 0, 0}) // shentsize, shnum, shstrndx
	off := uint32(ehsize + phentsize*len(segs))
	for _, s := range segs {
		memsz := s.memsz
		if memsz == 0 {
			memsz = uint32(len(s.data))
		}
		w([8]uint32{uint32(s.typ), off, s.paddr, s.paddr, uint32(len(s.data)), memsz, uint32(elf.PF_R | elf.PF_X), 4})
		off += uint32(len(s.data))
	}
	for _, s := range segs {
		b.Write(s.data)
	}
	return b.Bytes()
}

func parse(t *testing.T, raw []byte) *elf.File {
	t.Helper()
	f, err := elf.NewFile(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Segments land at their physical addresses relative to the lowest, in
// whatever order the headers list them; gaps are zero; bss is left out;
// non-PT_LOAD segments are ignored.
func TestRawImageLayout(t *testing.T) {
	f := parse(t, elf32(elf.EM_ARM, 0x30010010, []segment{
		{typ: elf.PT_LOAD, paddr: 0x30010020, data: []byte{5, 6}, memsz: 0x1000},
		{typ: elf.PT_NOTE, paddr: 0x20000000, data: []byte{9, 9, 9}},
		{typ: elf.PT_LOAD, paddr: 0x30010000, data: []byte{1, 2, 3, 4}},
	}))
	load, image, err := rawImage(f)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]byte, 0x22)
	copy(want, []byte{1, 2, 3, 4})
	copy(want[0x20:], []byte{5, 6})
	if load != 0x30010000 || !bytes.Equal(image, want) {
		t.Errorf("load %#x image % x, want 0x30010000 % x", load, image, want)
	}
}

func TestRawImageRejects(t *testing.T) {
	for _, tc := range []struct {
		name    string
		machine elf.Machine
		entry   uint32
		segs    []segment
		err     string
	}{
		{"not ARM", elf.EM_386, 0x1000, []segment{{typ: elf.PT_LOAD, paddr: 0x1000, data: []byte{1}}}, "not a 32-bit ARM"},
		{"nothing to load", elf.EM_ARM, 0x1000, []segment{{typ: elf.PT_NOTE, paddr: 0x1000, data: []byte{1}}}, "no loadable"},
		{"entry outside", elf.EM_ARM, 0x2000, []segment{{typ: elf.PT_LOAD, paddr: 0x1000, data: []byte{1}}}, "entry"},
		{"overlap", elf.EM_ARM, 0x1000, []segment{
			{typ: elf.PT_LOAD, paddr: 0x1000, data: []byte{1, 2, 3, 4}},
			{typ: elf.PT_LOAD, paddr: 0x1002, data: []byte{5}},
		}, "overlaps"},
		{"too far apart", elf.EM_ARM, 0x1000, []segment{
			{typ: elf.PT_LOAD, paddr: 0x1000, data: []byte{1}},
			{typ: elf.PT_LOAD, paddr: 0xFFFF0000, data: []byte{2}},
		}, "span"},
	} {
		_, _, err := rawImage(parse(t, elf32(tc.machine, tc.entry, tc.segs)))
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.err)
		}
	}
}

// Whatever the file says, rawImage returns an error or an image within
// bounds; it never panics.
func FuzzRawImage(f *testing.F) {
	f.Add(elf32(elf.EM_ARM, 0x30010000, []segment{{typ: elf.PT_LOAD, paddr: 0x30010000, data: []byte{1, 2, 3, 4}}}))
	f.Add(elf32(elf.EM_ARM, 0x1000, []segment{
		{typ: elf.PT_LOAD, paddr: 0x1000, data: []byte{1}},
		{typ: elf.PT_LOAD, paddr: 0x1004, data: []byte{2}},
	}))
	f.Fuzz(func(t *testing.T, raw []byte) {
		ef, err := elf.NewFile(bytes.NewReader(raw))
		if err != nil {
			return
		}
		if _, image, err := rawImage(ef); err == nil && len(image) > maxImage {
			t.Fatalf("image of %d bytes", len(image))
		}
	})
}
