// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package nand

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Geometry of the mini2440's 128 MB large-page part (K9F1G08U0B) as the
// QEMU model and the board have it.
const (
	PageSize       = 2048 // data bytes per page
	SpareSize      = 64   // spare (out-of-band) bytes per page
	RawPageSize    = PageSize + SpareSize
	PagesPerBlock  = 64
	BlockSize      = PageSize * PagesPerBlock // 128 KiB of data
	Blocks         = 1024
	SectorsPerPage = PageSize / SectorSize
)

// Spare-area layout of every page written by this package:
//
//	byte 0        bad-block marker (0xFF: good; meaningful in page 0 of a block)
//	bytes 1..7    0xFF
//	bytes 8..23   per sector i (0..3), at 8+4i: ECC0, ECC1, ECC2, then 0xFF
//	bytes 24..63  0xFF
//
// The fourth byte of each ECC slot is 0xFF so that the loader can fetch a
// slot as one little-endian word and compare its low 24 bits with NFMECC0.
const (
	BadBlockMarkerOffset = 0
	ECCOffset            = 8
	ECCStride            = 4
)

// Spare returns the spare bytes for a page of data with correct codes.
func Spare(page []byte) [SpareSize]byte {
	if len(page) != PageSize {
		panic("nand: page must be 2048 bytes")
	}
	var s [SpareSize]byte
	for i := range s {
		s[i] = 0xff
	}
	for i := 0; i < SectorsPerPage; i++ {
		e := Compute(page[i*SectorSize : (i+1)*SectorSize]).Bytes()
		copy(s[ECCOffset+ECCStride*i:], e[:])
	}
	return s
}

// StoredECC reads sector i's code from a spare area.
func StoredECC(spare []byte, i int) ECC {
	return ECCFromBytes(spare[ECCOffset+ECCStride*i:])
}

// Slot is a fixed region of flash, in whole blocks. A slot holds a header
// page followed by the payload pages; bad blocks inside it are skipped, so
// a slot must be larger than its contents by the number of bad blocks it
// may meet.
type Slot struct {
	Name       string
	Kind       uint32 // header kind the slot holds (0: no header)
	FirstBlock int
	NumBlocks  int
}

// Offset returns the slot's first byte address in flash (data bytes only).
func (s Slot) Offset() int64 { return int64(s.FirstBlock) * BlockSize }

// Size returns the slot's length in data bytes.
func (s Slot) Size() int64 { return int64(s.NumBlocks) * BlockSize }

// The flash map. The loader (boot/nandloader/loader.S) has the same numbers.
var (
	LoaderSlot = Slot{"loader", 0, 0, 1}            // 0x0000000: first-stage loader
	KernelSlot = Slot{"kernel", KindKernel, 1, 255} // 0x0020000: header + kernel
	UserSlot   = Slot{"user", KindUser, 256, 256}   // 0x2000000: header + user program
	FreeSlot   = Slot{"free", 0, 512, 512}          // 0x4000000: not used to boot
)

// Header describes a kernel or user-program image stored in a slot. It
// occupies the first 28 bytes of the slot's first good page (the rest of
// that page is 0xFF); the payload starts at the next page. All words are
// little-endian.
//
//	0  Magic    "M2IH"
//	4  Kind     KindKernel or KindUser
//	8  Size     payload length in bytes
//	12 Load     SDRAM address the payload is copied to
//	16 Entry    address the loader jumps to (kernel) or reports (user)
//	20 Sum      payload checksum: see Checksum
//	24 HdrSum   ^(sum of the six words above), 32-bit wrap-around
type Header struct {
	Kind  uint32
	Size  uint32
	Load  uint32
	Entry uint32
	Sum   uint32
}

const (
	Magic      = 0x4849324d // "M2IH" as little-endian bytes
	KindKernel = 1
	KindUser   = 2
	HeaderLen  = 28
)

// SDRAM bounds a payload must stay within, counting the whole last page
// (the loader copies whole pages). Below PayloadBase lie the kernel's
// reserved 64 KiB (arch/arm920t), where the loader leaves its header copies
// for the kernel (at 0x3000E000).
const (
	PayloadBase = 0x30010000
	SDRAMEnd    = 0x34000000
)

// Checksum is the 32-bit wrap-around sum of the payload as little-endian
// words, the last word padded with zero bytes.
func Checksum(payload []byte) uint32 {
	var sum uint32
	for i := 0; i < len(payload); i += 4 {
		var w [4]byte
		copy(w[:], payload[i:])
		sum += binary.LittleEndian.Uint32(w[:])
	}
	return sum
}

// Marshal returns the header's 28 bytes.
func (h Header) Marshal() []byte {
	b := make([]byte, HeaderLen)
	words := []uint32{Magic, h.Kind, h.Size, h.Load, h.Entry, h.Sum}
	var sum uint32
	for i, w := range words {
		binary.LittleEndian.PutUint32(b[4*i:], w)
		sum += w
	}
	binary.LittleEndian.PutUint32(b[24:], ^sum)
	return b
}

// ParseHeader checks and decodes a header.
func ParseHeader(b []byte) (Header, error) {
	if len(b) < HeaderLen {
		return Header{}, fmt.Errorf("nand: header needs %d bytes, have %d", HeaderLen, len(b))
	}
	w := func(i int) uint32 { return binary.LittleEndian.Uint32(b[4*i:]) }
	if w(0) != Magic {
		return Header{}, fmt.Errorf("nand: bad header magic %#08x", w(0))
	}
	var sum uint32
	for i := 0; i < 6; i++ {
		sum += w(i)
	}
	if w(6) != ^sum {
		return Header{}, fmt.Errorf("nand: bad header checksum %#08x, want %#08x", w(6), ^sum)
	}
	return Header{Kind: w(1), Size: w(2), Load: w(3), Entry: w(4), Sum: w(5)}, nil
}

// Check reports whether the header's payload is non-empty and its load
// range (in whole pages, as the loader copies) lies inside SDRAM.
func (h Header) Check() error {
	if h.Size == 0 {
		return errors.New("nand: empty payload")
	}
	end := int64(h.Load) + int64(payloadPages(h.Size))*PageSize
	if h.Load < PayloadBase || h.Load%4 != 0 || end > SDRAMEnd {
		return fmt.Errorf("nand: load range %#x..%#x must be word aligned and inside %#x..%#x",
			h.Load, end, PayloadBase, SDRAMEnd)
	}
	return nil
}
