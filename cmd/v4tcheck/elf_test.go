// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func armCode(words ...uint32) []byte {
	code := make([]byte, 4*len(words))
	for i, w := range words {
		binary.LittleEndian.PutUint32(code[4*i:], w)
	}
	return code
}

func checkCode(code []byte, syms []elf.Symbol) *report {
	r := &report{}
	newTextSection(".text", 0x8000, code, binary.LittleEndian, syms).check(r)
	return r
}

// A literal that decodes as BLX is data when a PC-relative load reads it,
// and code when nothing does.
func TestLiteralPoolExclusion(t *testing.T) {
	const looksLikeBLX = 0xe12fff33 // blx r3
	code := armCode(
		0xe59f0000, // 0x8000: ldr r0, [pc, #0] (reads 0x8008)
		0xe12fff1e, // 0x8004: bx lr
		looksLikeBLX,
		0xe12fff30, // 0x800c: blx r0
	)
	r := checkCode(code, nil)
	want := []finding{{0x800c, "e12fff30", "BLX (register) [v5T]", ".text+0xc"}}
	if !reflect.DeepEqual(r.findings, want) {
		t.Errorf("findings %+v, want %+v", r.findings, want)
	}
	if r.literals != 1 || r.armWords != 3 {
		t.Errorf("%d literals, %d words; want 1, 3", r.literals, r.armWords)
	}

	code = armCode(0xe1a00000, 0xe12fff1e, looksLikeBLX, 0xe12fff30) // mov r0, r0 first
	if r := checkCode(code, nil); len(r.findings) != 2 {
		t.Errorf("without the load: %d findings, want 2", len(r.findings))
	}
}

// A word of a literal pool that happens to decode as a PC-relative load
// must not make the word it would read data.
func TestLiteralPoolLoadsNothing(t *testing.T) {
	code := armCode(
		0xe59f0000, // 0x8000: ldr r0, [pc, #0] (reads 0x8008)
		0xe12fff1e, // 0x8004: bx lr
		0xe59f0000, // 0x8008: literal that decodes as ldr r0, [pc, #0]
		0xe1a00000, // 0x800c: mov r0, r0
		0xe16f0f11, // 0x8010: clz r0, r1
	)
	r := checkCode(code, nil)
	if len(r.findings) != 1 || r.findings[0].addr != 0x8010 {
		t.Errorf("findings %+v, want the CLZ at 0x8010", r.findings)
	}
}

func TestSymbolNames(t *testing.T) {
	code := armCode(0xe1a00000, 0xe16f0f11, 0xe1a00000, 0xe16f0f11)
	syms := []elf.Symbol{
		{Name: "label", Info: elf.ST_INFO(elf.STB_LOCAL, elf.STT_NOTYPE), Value: 0x8000},
		{Name: "runtime.text", Info: elf.ST_INFO(elf.STB_LOCAL, elf.STT_FUNC), Value: 0x8000},
		{Name: "fn", Info: elf.ST_INFO(elf.STB_GLOBAL, elf.STT_FUNC), Value: 0x8000, Size: 8},
		{Name: "$a", Info: elf.ST_INFO(elf.STB_LOCAL, elf.STT_NOTYPE), Value: 0x8000},
		{Name: "local", Info: elf.ST_INFO(elf.STB_LOCAL, elf.STT_FUNC), Value: 0x8008, Size: 8},
		{Name: "other", Info: elf.ST_INFO(elf.STB_GLOBAL, elf.STT_FUNC), Value: 0x8008, Size: 8},
	}
	r := checkCode(code, syms)
	var where []string
	for _, f := range r.findings {
		where = append(where, f.where)
	}
	if want := []string{"fn+0x4", "other+0x4"}; !reflect.DeepEqual(where, want) {
		t.Errorf("names %q, want %q", where, want)
	}
}

// An odd function symbol starts Thumb code when there are no mapping
// symbols; the next even one returns to ARM.
func TestThumbByFunctionSymbol(t *testing.T) {
	code := []byte{
		0x80, 0x47, // 0x8000: blx r0 (Thumb)
		0x70, 0x47, // 0x8002: bx lr
		0x11, 0x0f, 0x6f, 0xe1, // 0x8004: clz r0, r1 (ARM)
	}
	syms := []elf.Symbol{
		{Name: "t", Info: elf.ST_INFO(elf.STB_GLOBAL, elf.STT_FUNC), Value: 0x8001},
		{Name: "a", Info: elf.ST_INFO(elf.STB_GLOBAL, elf.STT_FUNC), Value: 0x8004},
	}
	r := checkCode(code, syms)
	want := []finding{
		{0x8000, "4780", "Thumb BLX (register) [v5T]", "t+0x0"},
		{0x8004, "e16f0f11", "CLZ [v5T]", "a+0x0"},
	}
	if !reflect.DeepEqual(r.findings, want) {
		t.Errorf("findings %+v, want %+v", r.findings, want)
	}
}

// mixedFindings are the findings in testdata/mixed.S linked at base.
func mixedFindings(base uint64) []finding {
	return []finding{
		{base + 0x08, "e16f2f10", "CLZ [v5T]", "arm_code+0x8"},
		{base + 0x0c, "e0030193", "MUL/MLA with Rd==Rm" + unpred, "arm_code+0xc"},
		{base + 0x1e, "4780", "Thumb BLX (register) [v5T]", "thumb_code+0x2"},
	}
}

// The fixtures are built from testdata/*.S (see README.md).
func TestCheckFile(t *testing.T) {
	cases := []struct {
		file     string
		findings []finding
		literals int
	}{
		{"mixed.elf", mixedFindings(0x8000), 0},
		{"mixed.o", mixedFindings(0), 0},
		{"mixed-be32.elf", mixedFindings(0x8000), 0},
		{"mixed-be8.elf", mixedFindings(0x8000), 0},
		// Without $d the table read through ADR is taken for code.
		{"mixed-nomap.elf", append(mixedFindings(0x8000), finding{0x8034, "f57ff05f", "DMB [v7]", "table+0x0"}), 3},
		{"clean.elf", []finding{{0x8008, "ee101e10", classCP14, "start+0x8"}}, 0},
	}
	for _, c := range cases {
		r, err := checkFile(filepath.Join("testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r.findings, c.findings) {
			t.Errorf("%s: findings %+v, want %+v", c.file, r.findings, c.findings)
		}
		if r.literals != c.literals {
			t.Errorf("%s: %d literal words, want %d", c.file, r.literals, c.literals)
		}
	}
}

func TestRun(t *testing.T) {
	notELF := filepath.Join(t.TempDir(), "not.elf")
	if err := os.WriteFile(notELF, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args   []string
		status int
		stdout []string // substrings, in order
	}{
		{[]string{"testdata/clean.elf"}, 0, []string{"testdata/clean.elf: 0 forbidden instructions"}},
		{[]string{"testdata/mixed.elf"}, 1, []string{
			"testdata/mixed.elf: 0x00008008: e16f2f10  CLZ [v5T]  in arm_code+0x8\n",
			"testdata/mixed.elf:      1  CLZ [v5T]\n",
			"testdata/mixed.elf: 3 forbidden instructions (8 ARM words, 4 Thumb halfwords decoded; 0 literal words, 16 $d bytes skipped)\n",
		}},
		{[]string{"-s", "testdata/mixed.elf", "testdata/clean.elf"}, 1, []string{
			"testdata/mixed.elf:      1  CLZ [v5T]\n", "testdata/clean.elf: 0 forbidden"}},
		{[]string{"testdata/mixed.elf", notELF}, 2, []string{"testdata/mixed.elf: 3 forbidden"}},
		{[]string{"testdata/missing.elf"}, 2, nil},
		{nil, 2, nil},
		{[]string{"-x", "testdata/clean.elf"}, 2, nil},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		if status := run(c.args, &stdout, &stderr); status != c.status {
			t.Errorf("%q: status %d, want %d (stderr %q)", c.args, status, c.status, stderr.String())
		}
		out := stdout.String()
		for _, s := range c.stdout {
			i := strings.Index(out, s)
			if i < 0 {
				t.Errorf("%q: output lacks %q:\n%s", c.args, s, stdout.String())
				break
			}
			out = out[i+len(s):]
		}
		if c.status == 2 && stderr.Len() == 0 {
			t.Errorf("%q: no error message", c.args)
		}
	}
	var stdout, stderr bytes.Buffer
	run([]string{"-s", "testdata/mixed.elf"}, &stdout, &stderr)
	if strings.Contains(stdout.String(), "0x0000") {
		t.Errorf("-s printed instructions:\n%s", stdout.String())
	}
}
