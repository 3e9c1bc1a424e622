// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package nand

import (
	"bytes"
	"strings"
	"testing"
)

func TestFlashMap(t *testing.T) {
	for _, tc := range []struct {
		s      Slot
		offset int64
		size   int64
	}{
		{LoaderSlot, 0x0000000, 0x0020000},
		{KernelSlot, 0x0020000, 0x1fe0000},
		{UserSlot, 0x2000000, 0x2000000},
		{FreeSlot, 0x4000000, 0x4000000},
	} {
		if tc.s.Offset() != tc.offset || tc.s.Size() != tc.size {
			t.Errorf("%s: offset %#x size %#x, want %#x %#x", tc.s.Name, tc.s.Offset(), tc.s.Size(), tc.offset, tc.size)
		}
	}
	if end := FreeSlot.FirstBlock + FreeSlot.NumBlocks; end != Blocks {
		t.Errorf("flash map ends at block %d, part has %d", end, Blocks)
	}
	if raw := NewImage(2).Raw; len(raw) != 2*64*2112 {
		t.Errorf("two-block image is %d bytes, want 2*64*2112", len(raw))
	}
}

func TestPageAddressing(t *testing.T) {
	im := NewImage(4)
	d, s := im.Page(2, 3)
	d[0], s[0] = 1, 2
	dataOff := (2*64 + 3) * 2112
	if im.Raw[dataOff] != 1 || im.Raw[dataOff+2048] != 2 {
		t.Fatal("page 3 of block 2 is not at (2*64+3)*2112 with its spare 2048 bytes later")
	}
}

func TestSpareLayout(t *testing.T) {
	page := make([]byte, PageSize)
	for i := range page {
		page[i] = byte(i * 7)
	}
	page[3*SectorSize+5] = 0x33
	sp := Spare(page)
	for i := 0; i < SpareSize; i++ {
		inECC := i >= 8 && i < 24 && (i-8)%4 != 3
		if !inECC && sp[i] != 0xff {
			t.Errorf("spare byte %d = %#x, want 0xff", i, sp[i])
		}
	}
	for sec := 0; sec < SectorsPerPage; sec++ {
		want := Compute(page[sec*512 : sec*512+512]).Bytes()
		if !bytes.Equal(sp[8+4*sec:11+4*sec], want[:]) {
			t.Errorf("sector %d code % x, want % x", sec, sp[8+4*sec:11+4*sec], want)
		}
	}
}

func TestBadBlockMarker(t *testing.T) {
	im := NewImage(8)
	if im.IsBad(5) {
		t.Fatal("erased block reads as bad")
	}
	im.MarkBad(5)
	_, sp := im.Page(5, 0)
	if sp[0] != 0 || !im.IsBad(5) || im.IsBad(4) || im.IsBad(6) {
		t.Fatal("MarkBad must clear spare byte 0 of page 0 of that block only")
	}
}

func TestHeaderRoundTrip(t *testing.T) {
	h := Header{Kind: KindKernel, Size: 1234, Load: 0x30010000, Entry: 0x30010010, Sum: 0xdeadbeef}
	b := h.Marshal()
	if len(b) != HeaderLen || string(b[:4]) != "M2IH" {
		t.Fatalf("header bytes % x", b)
	}
	got, err := ParseHeader(b)
	if err != nil || got != h {
		t.Fatalf("ParseHeader = %+v, %v", got, err)
	}
	b[9] ^= 1
	if _, err := ParseHeader(b); err == nil || !strings.Contains(err.Error(), "checksum") {
		t.Fatalf("corrupted header: err %v", err)
	}
}

func TestChecksumPadsLastWord(t *testing.T) {
	if got := Checksum([]byte{1, 0, 0, 0, 2, 0, 0, 0, 3}); got != 6 {
		t.Fatalf("Checksum = %d, want 6", got)
	}
	if got := Checksum([]byte{0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0}); got != 1 {
		t.Fatalf("Checksum wraps: got %d, want 1", got)
	}
}

func TestHeaderCheckBounds(t *testing.T) {
	for _, tc := range []struct {
		h  Header
		ok bool
	}{
		{Header{Size: 1, Load: 0x30010000}, true},
		{Header{Size: 0, Load: 0x30010000}, false},
		{Header{Size: 1, Load: 0x3000e000}, false}, // the loader's hand-off area
		{Header{Size: 1, Load: 0x30010002}, false},
		{Header{Size: 2048, Load: SDRAMEnd - 2048}, true},
		{Header{Size: 2049, Load: SDRAMEnd - 4096 + 4}, false}, // two pages copied
	} {
		if err := tc.h.Check(); (err == nil) != tc.ok {
			t.Errorf("%+v: Check = %v, want ok=%v", tc.h, err, tc.ok)
		}
	}
}

func payload(n int) []byte {
	p := make([]byte, n)
	for i := range p {
		p[i] = byte(i*13 + i>>8)
	}
	return p
}

func TestSlotWriteReadSkipsBadBlocks(t *testing.T) {
	im := NewImage(8)
	im.MarkBad(1) // first kernel block
	im.MarkBad(3)
	p := payload(3*BlockSize + 999) // crosses several blocks
	h, err := im.WriteSlot(KernelSlot, Header{Load: 0x30010000, Entry: 0x30010000}, p)
	if err != nil {
		t.Fatal(err)
	}
	if h.Kind != KindKernel || h.Size != uint32(len(p)) || h.Sum != Checksum(p) {
		t.Fatalf("filled header %+v", h)
	}
	// The header page is the first page of block 2; the payload follows.
	d, _ := im.Page(2, 0)
	if got, err := ParseHeader(d); err != nil || got != h {
		t.Fatalf("header page: %+v %v", got, err)
	}
	d, _ = im.Page(2, 1)
	if !bytes.Equal(d, p[:PageSize]) {
		t.Fatal("payload does not start at page 1 of block 2")
	}
	// 63 payload pages in block 2, then block 3 is bad: block 4 page 0.
	d, _ = im.Page(4, 0)
	if !bytes.Equal(d, p[63*PageSize:64*PageSize]) {
		t.Fatal("payload does not continue at block 4 after bad block 3")
	}
	if !im.IsBad(1) || !im.IsBad(3) {
		t.Fatal("writing a slot cleared bad-block markers")
	}
	gh, got, rep, err := im.ReadSlot(KernelSlot)
	if err != nil || gh != h || !bytes.Equal(got, p) || len(rep.Fixed)+len(rep.Flipped) != 0 {
		t.Fatalf("ReadSlot: %+v, %d bytes, %+v, %v", gh, len(got), rep, err)
	}
	// The tail of the last page is padding: zeros to the word (one byte
	// here), then 0xFF.
	last := 1 + (len(p)+PageSize-1)/PageSize     // header page + payload pages
	d, _ = im.Page(2+(last-1)/64+1, (last-1)%64) // skip bad block 3
	tail := len(p) % PageSize
	if tail%4 != 3 || d[tail] != 0 || d[tail+1] != 0xff {
		t.Fatalf("last page tail % x", d[tail:tail+8])
	}
}

func TestReadSlotCorrectsAndDetects(t *testing.T) {
	im := NewImage(UserSlot.FirstBlock + 2)
	p := payload(5000)
	if _, err := im.WriteSlot(UserSlot, Header{Load: 0x31000000, Entry: 0x31000000}, p); err != nil {
		t.Fatal(err)
	}
	b := UserSlot.FirstBlock
	d, sp := im.Page(b, 2) // second payload page
	d[600] ^= 0x10         // sector 1, byte 88, bit 4
	sp[8+4*3] ^= 0x01      // sector 3's stored code
	_, got, rep, err := im.ReadSlot(UserSlot)
	if err != nil || !bytes.Equal(got, p) {
		t.Fatalf("single-bit errors: %v", err)
	}
	wantFixed := "block 256 page 2 sector 1 byte 88 bit 4"
	if len(rep.Fixed) != 1 || rep.Fixed[0] != wantFixed || len(rep.Flipped) != 1 {
		t.Fatalf("report %+v", rep)
	}
	d[601] ^= 0x01 // second bad bit in sector 1
	if _, _, _, err := im.ReadSlot(UserSlot); err == nil ||
		!strings.Contains(err.Error(), "uncorrectable ECC error at block 256 page 2 sector 1") {
		t.Fatalf("double error: %v", err)
	}
}

func TestWriteSlotRejects(t *testing.T) {
	im := NewImage(UserSlot.FirstBlock + 2)
	if _, err := im.WriteSlot(KernelSlot, Header{Load: 0x20000000}, payload(10)); err == nil {
		t.Error("load address outside SDRAM accepted")
	}
	small := Slot{"small", KindUser, 10, 1}
	if _, err := im.WriteSlot(small, Header{Load: 0x30010000}, payload(64*PageSize)); err == nil {
		t.Error("payload larger than slot accepted")
	}
	if err := im.WriteLoader(make([]byte, 4097)); err == nil {
		t.Error("loader larger than the steppingstone accepted")
	}
	if _, _, _, err := im.ReadSlot(UserSlot); err == nil {
		t.Error("erased slot read without error")
	}
}
