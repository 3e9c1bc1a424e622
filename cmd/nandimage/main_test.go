// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/mini2440-go/kernel/boot/nand"
)

func TestBuildImage(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i + n)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	out := filepath.Join(dir, "nand.img")
	used := filepath.Join(dir, "used.img")
	err := run([]string{"-o", out, "-used", used, "-blocks", "300",
		"-loader", write("loader.bin", 2600),
		"-kernel", write("kernel.bin", 300000), "-kernel-load", "0x30010000",
		"-user", write("user.bin", 5000), "-user-load", "0x31000000", "-user-entry", "0x31000010",
		"-bad", "1,257"})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	im, err := nand.ImageFromRaw(raw)
	if err != nil || im.Blocks() != 300 {
		t.Fatalf("image: %v, %d blocks", err, im.Blocks())
	}
	loader, _ := os.ReadFile(filepath.Join(dir, "loader.bin"))
	d0, _ := im.Page(0, 0)
	d1, _ := im.Page(0, 1)
	if !bytes.Equal(append(append([]byte(nil), d0...), d1[:2600-2048]...), loader) {
		t.Error("loader not in pages 0 and 1 of block 0")
	}
	if !im.IsBad(1) || !im.IsBad(257) {
		t.Error("-bad blocks not marked")
	}
	h, _, _, err := im.ReadSlot(nand.KernelSlot)
	if err != nil || h.Load != 0x30010000 || h.Entry != 0x30010000 || h.Size != 300000 {
		t.Errorf("kernel slot: %+v %v", h, err)
	}
	if d, _ := im.Page(2, 0); string(d[:4]) != "M2IH" {
		t.Error("kernel header not in block 2 after bad block 1")
	}
	h, _, _, err = im.ReadSlot(nand.UserSlot)
	if err != nil || h.Entry != 0x31000010 || h.Kind != nand.KindUser {
		t.Errorf("user slot: %+v %v", h, err)
	}
	// The user program fits in block 256; block 257 carries a bad-block
	// marker, the last byte that is not 0xFF: 258 blocks.
	u, err := os.ReadFile(used)
	if err != nil || len(u) != 258*64*2112 || !bytes.Equal(u, raw[:len(u)]) {
		t.Errorf("-used image: %d bytes, %v", len(u), err)
	}
}

func TestParseRejects(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-o", "x", "-loader", "l", "-kernel", "k"},
		{"-o", "x", "-loader", "l", "-kernel", "k", "-kernel-load", "0x30010000", "-user", "u"},
		{"-o", "x", "-loader", "l", "-kernel", "k", "-kernel-load", "zz"},
	} {
		if _, err := parse(args); err == nil {
			t.Errorf("parse(%q) accepted", args)
		}
	}
}
