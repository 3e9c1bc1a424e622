// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package nand describes how the mini2440's large-page NAND flash is laid
// out for booting: the S3C2440A controller's main-area ECC, the spare-area
// layout, the headers of the kernel and user-program slots, and the image
// file that holds every page followed by its spare bytes.
//
// # ECC
//
// The S3C2440A NAND controller computes, while data passes through NFDATA,
// a Hamming code over each 512-byte sector and shows it in NFMECC0 (8-bit
// bus). The code is 24 parity bits: for each of the 9 byte-address bits a
// pair (P, P') where P is the parity of the bytes whose address has that
// bit set and P' of the bytes whose address has it clear, and for each of
// the 3 bit-position bits a pair over the bit columns. NFMECC0 packs them
// as (bit 7 first):
//
//	ECC0 [7:0]   P64   P64'   P32  P32'  P16  P16'  P8    P8'
//	ECC1 [15:8]  P1024 P1024' P512 P512' P256 P256' P128  P128'
//	ECC2 [23:16] P4    P4'    P2   P2'   P1   P1'   P2048 P2048'
//
// P8..P2048 are the line parities of byte-address bits 0..8; P1, P2, P4
// the column parities of bit-position bits 0..2. A parity is the plain XOR
// of the bits it covers (no inversion), so a sector of all 0x00 or all
// 0xFF bytes has code 0x000000.
//
// A single flipped data bit flips exactly one bit of every pair, and the
// P halves spell the byte address and bit position of the error; a single
// flipped bit in the stored code itself differs in one bit only. Anything
// else is uncorrectable.
//
// Nothing here keeps state; every function is safe for concurrent use.
package nand

import (
	"errors"
	"math/bits"
)

// SectorSize is the number of data bytes one ECC code covers.
const SectorSize = 512

// ECC is one 24-bit sector code as NFMECC0[23:0] holds it.
type ECC uint32

// Bytes returns the code as stored in the spare area: ECC0, ECC1, ECC2.
func (e ECC) Bytes() [3]byte {
	return [3]byte{byte(e), byte(e >> 8), byte(e >> 16)}
}

// ECCFromBytes reads a code stored as ECC0, ECC1, ECC2.
func ECCFromBytes(b []byte) ECC {
	return ECC(b[0]) | ECC(b[1])<<8 | ECC(b[2])<<16
}

// Compute returns the code of one 512-byte sector.
func Compute(sector []byte) ECC {
	if len(sector) != SectorSize {
		panic("nand: ECC sector must be 512 bytes")
	}
	var column byte    // XOR of all bytes: the parity of each bit column
	var lineSet uint32 // bit k: parity of bytes whose address has bit k set
	var lineAll uint32 // parity of every byte together
	for addr, b := range sector {
		column ^= b
		if bits.OnesCount8(b)&1 == 1 {
			lineSet ^= uint32(addr)
			lineAll ^= 1
		}
	}
	var code uint32
	// Line parities: pair k sits at bits 2k+1 (P) and 2k (P'), k = 0..8,
	// which puts P2048 at bits 17:16 as the table above shows.
	for k := 0; k < 9; k++ {
		p := lineSet >> k & 1
		code |= p<<(2*k+1) | (p^lineAll)<<(2*k)
	}
	// Column parities: P1/P1' at 19:18, P2/P2' at 21:20, P4/P4' at 23:22.
	colAll := uint32(bits.OnesCount8(column) & 1)
	for k := 0; k < 3; k++ {
		var p uint32
		for bit := 0; bit < 8; bit++ {
			if bit>>k&1 == 1 {
				p ^= uint32(column>>bit) & 1
			}
		}
		code |= p<<(19+2*k) | (p^colAll)<<(18+2*k)
	}
	return ECC(code)
}

// Outcome says what Correct found.
type Outcome int

const (
	Clean       Outcome = iota // stored and computed codes agree
	DataFixed                  // one data bit was wrong and is now fixed
	CodeFlipped                // one bit of the stored code was wrong; data is good
)

// ErrUncorrectable reports a sector with more than one bad bit.
var ErrUncorrectable = errors.New("nand: uncorrectable ECC error")

// Location of a corrected data bit within its sector.
type Location struct {
	Byte int // 0..511
	Bit  int // 0..7
}

// Syndrome locates the single-bit error that turns code computed into
// code stored, if there is one.
func Syndrome(stored, computed ECC) (Outcome, Location, error) {
	diff := uint32(stored^computed) & 0xffffff
	switch {
	case diff == 0:
		return Clean, Location{}, nil
	case (diff^diff>>1)&0x555555 == 0x555555:
		p := pHalves(diff)
		return DataFixed, Location{Byte: int(p & 0x1ff), Bit: int(p >> 9)}, nil
	case bits.OnesCount32(diff) == 1:
		return CodeFlipped, Location{}, nil
	}
	return 0, Location{}, ErrUncorrectable
}

// pHalves gathers the P bit of every pair (the odd bits) into one 12-bit
// number: bits 0..8 byte address, bits 9..11 bit position.
func pHalves(diff uint32) uint32 {
	var v uint32
	for k := 0; k < 12; k++ {
		v |= (diff >> (2*k + 1) & 1) << k
	}
	return v
}

// Correct checks a sector read from flash against its stored code and
// repairs a single flipped data bit in place.
func Correct(sector []byte, stored ECC) (Outcome, Location, error) {
	o, loc, err := Syndrome(stored, Compute(sector))
	if o == DataFixed {
		sector[loc.Byte] ^= 1 << loc.Bit
	}
	return o, loc, err
}
