// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package nand

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// referenceECC computes the code from its definition, one data bit at a
// time: each of the 4096 bits has a 12-bit address (byte address 0..8,
// bit position 9..11); for every address bit, a set data bit toggles P if
// that address bit is 1 and P' if it is 0. Pair k sits at bits 2k+1 (P)
// and 2k (P').
func referenceECC(sector []byte) ECC {
	var code uint32
	for byteAddr, b := range sector {
		for bit := 0; bit < 8; bit++ {
			if b>>bit&1 == 0 {
				continue
			}
			addr := uint32(byteAddr) | uint32(bit)<<9
			for k := 0; k < 12; k++ {
				if addr>>k&1 == 1 {
					code ^= 1 << (2*k + 1)
				} else {
					code ^= 1 << (2 * k)
				}
			}
		}
	}
	return ECC(code)
}

func sectorOf(b byte) []byte {
	s := make([]byte, SectorSize)
	for i := range s {
		s[i] = b
	}
	return s
}

func TestComputeKnownPatterns(t *testing.T) {
	one := func(addr int, v byte) []byte { s := make([]byte, SectorSize); s[addr] = v; return s }
	for _, tc := range []struct {
		name   string
		sector []byte
		want   ECC
	}{
		// Every pair covers an even number of set bits.
		{"zeros", sectorOf(0x00), 0x000000},
		{"ones", sectorOf(0xff), 0x000000},
		// One set bit at byte 0 bit 0: every address bit is 0, so every P'.
		{"byte0-bit0", one(0, 0x01), 0x555555},
		// One set bit at byte 511 bit 7: every address bit is 1, so every P.
		{"byte511-bit7", one(511, 0x80), 0xaaaaaa},
		// Byte 1 bit 0: address bit 0 set (P8 at bit 1), others clear.
		{"byte1-bit0", one(1, 0x01), 0x555556},
		// Byte 256 bit 4: P2048 (bit 17) and P4 (bit 23); other pairs P'.
		{"byte256-bit4", one(256, 0x10), 0x965555},
		// Two set bits in one byte: line pairs cancel, column pairs differ.
		// Bits 0 and 1 differ only in position bit 0: P1 and P1' both set.
		{"byte0-bits01", one(0, 0x03), 0x0c0000},
	} {
		if got := Compute(tc.sector); got != tc.want {
			t.Errorf("%s: Compute = %06x, want %06x", tc.name, got, tc.want)
		}
		if got := referenceECC(tc.sector); got != tc.want {
			t.Errorf("%s: reference = %06x, want %06x", tc.name, got, tc.want)
		}
	}
}

// TestComputeQEMUVector checks the test vector of qemu/README-peripherals.md
// ("Hardware ECC"): xorshift32 bytes from seed 0x2440, whose first 512
// give NFMECC0[23:0] = 0x9959a9 in the NAND controller model.
func TestComputeQEMUVector(t *testing.T) {
	x := uint32(0x2440)
	s := make([]byte, SectorSize)
	for i := range s {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		s[i] = byte(x)
	}
	if got := Compute(s); got != 0x9959a9 {
		t.Fatalf("Compute = %06x, want 9959a9", got)
	}
}

func TestComputeMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	s := make([]byte, SectorSize)
	for n := 0; n < 200; n++ {
		for i := range s {
			s[i] = byte(r.Uint32())
		}
		if got, want := Compute(s), referenceECC(s); got != want {
			t.Fatalf("random sector %d: Compute = %06x, reference = %06x", n, got, want)
		}
	}
}

func TestCorrectEverySingleBit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	orig := make([]byte, SectorSize)
	for i := range orig {
		orig[i] = byte(r.Uint32())
	}
	stored := Compute(orig)
	s := make([]byte, SectorSize)
	for byteAddr := 0; byteAddr < SectorSize; byteAddr++ {
		for bit := 0; bit < 8; bit++ {
			copy(s, orig)
			s[byteAddr] ^= 1 << bit
			o, loc, err := Correct(s, stored)
			if err != nil || o != DataFixed || loc != (Location{byteAddr, bit}) {
				t.Fatalf("flip byte %d bit %d: outcome %v at %+v, err %v", byteAddr, bit, o, loc, err)
			}
			if string(s) != string(orig) {
				t.Fatalf("flip byte %d bit %d: data not restored", byteAddr, bit)
			}
		}
	}
}

func TestCorrectCodeBitAndDoubleErrors(t *testing.T) {
	orig := sectorOf(0x5a)
	stored := Compute(orig)
	for k := 0; k < 24; k++ {
		s := append([]byte(nil), orig...)
		o, _, err := Correct(s, stored^ECC(1)<<k)
		if err != nil || o != CodeFlipped || string(s) != string(orig) {
			t.Fatalf("code bit %d: outcome %v err %v", k, o, err)
		}
	}
	s := append([]byte(nil), orig...)
	s[10] ^= 0x01
	s[300] ^= 0x40
	if _, _, err := Correct(s, stored); !errors.Is(err, ErrUncorrectable) {
		t.Fatalf("two flipped bits: err %v, want ErrUncorrectable", err)
	}
	s = append([]byte(nil), orig...)
	s[7] ^= 0x03 // two bits of one byte
	if _, _, err := Correct(s, stored); !errors.Is(err, ErrUncorrectable) {
		t.Fatalf("two flipped bits in one byte: err %v, want ErrUncorrectable", err)
	}
}

func TestECCBytes(t *testing.T) {
	e := ECC(0x123456)
	b := e.Bytes()
	if b != [3]byte{0x56, 0x34, 0x12} || ECCFromBytes(b[:]) != e {
		t.Fatalf("Bytes = % x", b)
	}
}

// FuzzCorrect checks that any sector with at most one flipped data bit
// comes back intact, and that two flips are never "corrected" into
// anything but uncorrectable (their syndrome has only whole pairs set).
func FuzzCorrect(f *testing.F) {
	f.Add(make([]byte, SectorSize), uint16(0), uint16(4095))
	f.Add(sectorOf(0xff), uint16(17), uint16(17))
	f.Fuzz(func(t *testing.T, data []byte, flip1, flip2 uint16) {
		s := make([]byte, SectorSize)
		copy(s, data)
		orig := append([]byte(nil), s...)
		stored := Compute(s)
		if Compute(s) != referenceECC(s) {
			t.Fatal("Compute disagrees with reference")
		}
		a, b := int(flip1%4096), int(flip2%4096)
		s[a/8] ^= 1 << (a % 8)
		o, _, err := Correct(s, stored)
		if err != nil || o != DataFixed || string(s) != string(orig) {
			t.Fatalf("single flip %d: outcome %v err %v", a, o, err)
		}
		if a == b {
			return
		}
		s[a/8] ^= 1 << (a % 8)
		s[b/8] ^= 1 << (b % 8)
		if o, _, err := Correct(s, stored); !errors.Is(err, ErrUncorrectable) {
			t.Fatalf("double flip %d,%d: outcome %v err %v", a, b, o, err)
		}
	})
}
