// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

// ARMv4T Thumb is the 16-bit instruction set plus one 32-bit pair, BL
// (prefix 0b11110, suffix 0b11111). Later architectures added 16-bit
// instructions in the gaps (BLX, BKPT, CBZ, IT, extends, REV, CPS) and, in
// Thumb-2, turned the 0b11101, 0b11110 and 0b11111 prefixes into the first
// halves of 32-bit instructions. The decoder below treats any halfword that
// starts a 32-bit instruction other than BL as Thumb-2 and consumes both
// halves.

const thumb = "Thumb "

// decodeThumb classifies the Thumb instruction whose first halfword h is at
// addr; next is the following halfword, if hasNext. It returns the class
// ("" for an ARMv4T instruction), the instruction's size in bytes and the
// literal it loads, if any.
func decodeThumb(h, next uint16, hasNext bool, addr uint64) (string, int, literal) {
	w := uint32(h)
	switch h >> 11 {
	case 0x08: // 01000
		if !bit(w, 10) {
			return "", 2, literal{} // data processing
		}
		return decodeThumbSpecial(w), 2, literal{}
	case 0x09: // LDR Rd, [PC, #imm8*4]
		target := (addr+4)&^3 + uint64(bits(w, 7, 0))*4
		return "", 2, literal{target: target, size: 4}
	case 0x16, 0x17: // 1011x
		return decodeThumbMisc(w), 2, literal{}
	case 0x18, 0x19: // LDMIA, STMIA
		if bits(w, 7, 0) == 0 {
			return thumb + "LDMIA/STMIA with empty list" + unpred, 2, literal{}
		}
	case 0x1d, 0x1e, 0x1f: // BL or BLX prefix, or first half of Thumb-2
		switch {
		case !hasNext:
			return thumb + "first half of a 32-bit instruction at the end of code" + unpred, 2, literal{}
		case h>>11 != 0x1e:
			return thumb + "32-bit instruction" + v6T2, 4, literal{}
		case next>>11 == 0x1f:
			return "", 4, literal{} // BL
		case next>>11 == 0x1d:
			return thumb + "BLX (immediate)" + v5T, 4, literal{}
		default:
			return thumb + "32-bit instruction" + v6T2, 4, literal{}
		}
	}
	return "", 2, literal{}
}

// decodeThumbSpecial classifies 010001: high-register ADD, CMP, MOV and
// BX/BLX.
func decodeThumbSpecial(w uint32) string {
	if bits(w, 9, 8) == 3 {
		if bit(w, 7) {
			return thumb + "BLX (register)" + v5T
		}
		return "" // BX
	}
	if !bit(w, 7) && !bit(w, 6) {
		return thumb + "ADD/CMP/MOV (high registers) on two low registers" + unpred
	}
	return ""
}

// decodeThumbMisc classifies 1011: SP adjustment, PUSH, POP and what later
// architectures put around them.
func decodeThumbMisc(w uint32) string {
	switch op := bits(w, 11, 8); {
	case op == 0:
		return "" // ADD/SUB SP, #imm
	case op&5 == 1:
		return thumb + "CBZ/CBNZ" + v6T2
	case op == 2:
		return thumb + "SXTH/SXTB/UXTH/UXTB" + v6
	case op == 4 || op == 5:
		if bits(w, 8, 0) == 0 {
			return thumb + "PUSH with empty list" + unpred
		}
		return ""
	case op == 6 && bits(w, 7, 4) == 5:
		return thumb + "SETEND" + v6
	case op == 6 && bits(w, 7, 5) == 3:
		return thumb + "CPS" + v6
	case op == 10 && bits(w, 7, 6) != 2:
		return thumb + "REV/REV16/REVSH" + v6
	case op == 12 || op == 13:
		if bits(w, 8, 0) == 0 {
			return thumb + "POP with empty list" + unpred
		}
		return ""
	case op == 14:
		return thumb + "BKPT" + v5T
	case op == 15 && bits(w, 3, 0) != 0:
		return thumb + "IT" + v6T2
	case op == 15:
		return thumb + "hint (NOP/YIELD/WFE/WFI/SEV)" + v6T2
	}
	return thumb + classUnallocated
}
