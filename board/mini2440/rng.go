// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package mini2440

import (
	"encoding/binary"
	"math/bits"
	"unsafe"

	"github.com/mini2440-go/kernel/soc/s3c2440"
	"github.com/mini2440-go/kernel/soc/s3c2440/rtc"
)

// Random numbers.
//
// The S3C2440A has no random number generator. GetRandomData is a ChaCha20
// keystream generator with fast key erasure (after each request the key is
// replaced by fresh keystream, so a later compromise reveals nothing
// earlier), seeded by InitRNG from what the board offers:
//
//   - the RTC calendar (BCDYEAR..BCDSEC): a few bits at most, known to
//     anyone who knows when the board booted;
//   - the reset cause (GSTATUS2);
//   - 4 KB of SDRAM just past the boot record, which holds power-up noise
//     after a cold boot and whatever the last kernel left after a reset.
//
// Honestly: on the board that is a few tens of bits at best after a cold
// boot and close to none after a warm one; under QEMU it is none at all
// (the RTC follows the host clock only without -icount, SDRAM is zero), so
// the output is deterministic. Good enough for the runtime's hash seeds,
// not for keys. The ADC's noise would be a better source but is not used:
// the ADC is not modelled by QEMU.

const seedSample = 4096

var (
	rngKey     [8]uint32
	rngCounter uint32
	rngBlock   [16]uint32
)

//go:linkname initRNG runtime/goos.InitRNG
func initRNG() {
	var seed [8]uint32
	mix := func(i int, v uint32) {
		seed[i%8] = bits.RotateLeft32(seed[i%8]^v, 7) + 0x9e3779b9
	}
	now := rtc.Now()
	for i, v := range [...]int{now.Year, now.Month, now.Day, now.Hour, now.Min, now.Sec} {
		mix(i, uint32(v))
	}
	mix(6, s3c2440.ResetStatus())
	sample := uint32(SDRAMBase + 0xD000) // the board area, after the boot record
	for off := uint32(0); off < seedSample; off += 4 {
		mix(int(off/4), *(*uint32)(unsafe.Pointer(uintptr(sample + off))))
	}
	rngKey = seed
}

//go:linkname getRandomData runtime/goos.GetRandomData
func getRandomData(b []byte) {
	var buf [64]byte
	for len(b) > 0 {
		chachaBlock()
		for i, w := range rngBlock {
			binary.LittleEndian.PutUint32(buf[4*i:], w)
		}
		b = b[copy(b, buf[:]):]
	}
	// fast key erasure
	chachaBlock()
	copy(rngKey[:], rngBlock[:8])
	clear(buf[:])
}

// chachaBlock computes the ChaCha20 block for rngKey and rngCounter (nonce
// zero) into rngBlock, and advances the counter.
func chachaBlock() {
	s := [16]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}
	copy(s[4:12], rngKey[:])
	s[12] = rngCounter
	rngCounter++
	x := s
	qr := func(a, b, c, d int) {
		x[a] += x[b]
		x[d] = bits.RotateLeft32(x[d]^x[a], 16)
		x[c] += x[d]
		x[b] = bits.RotateLeft32(x[b]^x[c], 12)
		x[a] += x[b]
		x[d] = bits.RotateLeft32(x[d]^x[a], 8)
		x[c] += x[d]
		x[b] = bits.RotateLeft32(x[b]^x[c], 7)
	}
	for i := 0; i < 10; i++ {
		qr(0, 4, 8, 12)
		qr(1, 5, 9, 13)
		qr(2, 6, 10, 14)
		qr(3, 7, 11, 15)
		qr(0, 5, 10, 15)
		qr(1, 6, 11, 12)
		qr(2, 7, 8, 13)
		qr(3, 4, 9, 14)
	}
	for i := range rngBlock {
		rngBlock[i] = x[i] + s[i]
	}
}
