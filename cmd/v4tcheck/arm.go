// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import "fmt"

// The ARM-state decoder follows the encoding tables of the ARM Architecture
// Reference Manual (ARMv7-A/R edition, chapter A5, which also lists the
// architecture version that introduced each instruction). It walks the
// tables only as deep as needed to tell an ARMv4T instruction from a later
// one; an ARMv4T instruction yields the empty class.

// Architecture tags appended to class names.
const (
	v5T    = " [v5T]"
	v5TE   = " [v5TE]"
	v5TEJ  = " [v5TEJ]"
	v6     = " [v6]"
	v6K    = " [v6K]"
	v6T2   = " [v6T2]"
	v7     = " [v7]"
	v7VE   = " [v7VE]"
	v8     = " [v8]"
	secExt = " [Security Extensions]"
	vfp    = " [VFP]"
	neon   = " [NEON]"
	nv     = " [NV space, UNPREDICTABLE on v4]"
	unpred = " [UNPREDICTABLE on v4]"
)

// Classes that later code and tests refer to by name.
const (
	classUnallocated   = "unallocated encoding [UNDEFINED]"
	classUnallocatedNV = "unallocated encoding" + nv

	// ARM920T CP14 holds the debug communications channel, reached with
	// MCR/MRC. It exists on the board, so its registers are listed but
	// allowed.
	classCP14 = "MCR/MRC p14 debug comms channel [allowed]"
)

// allowed reports whether class is listed for information only and does
// not make the check fail.
func allowed(class string) bool {
	return class == classCP14
}

// literal describes the memory read by a PC-relative load: size bytes at
// target. A zero size means the instruction reads no literal.
type literal struct {
	target uint64
	size   int
}

func bits(w uint32, hi, lo uint) uint32 {
	return (w >> lo) & (1<<(hi-lo+1) - 1)
}

func bit(w uint32, n uint) bool {
	return w&(1<<n) != 0
}

// decodeARM classifies the ARM-state word w found at addr. It returns the
// class of an instruction the ARM920T lacks ("" if it implements it) and
// the literal the instruction loads, if any.
func decodeARM(w uint32, addr uint64) (string, literal) {
	if w>>28 == 0xf {
		return decodeUnconditional(w), literal{}
	}
	switch bits(w, 27, 25) {
	case 0:
		return decodeDataProcessingAndMisc(w, addr)
	case 1:
		return decodeDataProcessingImmediate(w), literal{}
	case 2:
		return decodeLoadStoreImmediate(w, addr)
	case 3:
		if bit(w, 4) {
			return decodeMedia(w), literal{}
		}
		return decodeLoadStoreRegister(w), literal{}
	case 4:
		return decodeBlockTransfer(w), literal{}
	case 5:
		return "", literal{} // B, BL
	case 6:
		return decodeCoprocessorLoadStore(w, addr)
	default:
		return decodeCoprocessorOther(w), literal{}
	}
}

// decodeUnconditional classifies the cond=0b1111 space. ARMv4 leaves it
// UNPREDICTABLE, so every word in it is reported; the name says what
// later architectures made of it.
func decodeUnconditional(w uint32) string {
	switch bits(w, 27, 25) {
	case 0, 1, 2, 3:
		return decodeUnconditionalMisc(w)
	case 4:
		switch {
		case bit(w, 22) && !bit(w, 20):
			return "SRS" + v6
		case !bit(w, 22) && bit(w, 20):
			return "RFE" + v6
		}
	case 5:
		return "BLX (immediate)" + v5T
	case 6:
		switch {
		case bits(w, 27, 21) == 0x62:
			return "MCRR2/MRRC2" + v6
		case !bit(w, 24) && !bit(w, 23) && !bit(w, 21):
			return classUnallocatedNV
		default:
			return "LDC2/STC2" + v5T
		}
	case 7:
		switch {
		case bit(w, 24):
			return classUnallocatedNV
		case bit(w, 4):
			return "MCR2/MRC2" + v5T
		default:
			return "CDP2" + v5T
		}
	}
	return classUnallocatedNV
}

// decodeUnconditionalMisc classifies cond=0b1111 words with bit 27 clear:
// CPS, SETEND, Advanced SIMD, preload hints and barriers.
func decodeUnconditionalMisc(w uint32) string {
	op1 := bits(w, 26, 20)
	op2 := bits(w, 7, 4)
	switch {
	case op1 == 0x10 && !bit(w, 16) && !bit(w, 5):
		return "CPS" + v6
	case op1 == 0x10 && bit(w, 16) && op2 == 0:
		return "SETEND" + v6
	case op1>>5 == 1:
		return "Advanced SIMD data-processing" + neon
	case op1&0x71 == 0x40:
		return "Advanced SIMD load/store" + neon
	case op1&0x77 == 0x45, op1&0x73 == 0x51:
		return "PLD/PLDW/PLI (immediate)" + v5TE
	case op1 == 0x57:
		switch op2 {
		case 1:
			return "CLREX" + v6K
		case 4:
			return "DSB" + v7
		case 5:
			return "DMB" + v7
		case 6:
			return "ISB" + v7
		}
	case (op1&0x77 == 0x65 || op1&0x73 == 0x71) && !bit(w, 4):
		return "PLD/PLDW/PLI (register)" + v5TE
	case op1 == 0x7f && op2 == 0xf:
		return "UDF" + nv
	}
	return classUnallocatedNV
}

// decodeDataProcessingAndMisc classifies op1=000: data processing with a
// register operand, multiplies, swaps and exclusives, halfword and
// doubleword transfers, and the miscellaneous space (MRS, BX, CLZ...).
func decodeDataProcessingAndMisc(w uint32, addr uint64) (string, literal) {
	if bit(w, 7) && bit(w, 4) {
		if bits(w, 6, 5) == 0 {
			return decodeMultiplyAndSync(w), literal{}
		}
		return decodeExtraLoadStore(w, addr)
	}
	if bits(w, 24, 20)&0x19 == 0x10 {
		return decodeMisc(w), literal{}
	}
	if bit(w, 4) && (bits(w, 19, 16) == 15 || bits(w, 15, 12) == 15 ||
		bits(w, 11, 8) == 15 || bits(w, 3, 0) == 15) {
		return "R15 in register-shifted data processing" + unpred, literal{}
	}
	return "", literal{}
}

// decodeMultiplyAndSync classifies bits[7:4]=1001: multiplies, SWP and the
// exclusive loads and stores.
func decodeMultiplyAndSync(w uint32) string {
	rdHi, rdLo := bits(w, 19, 16), bits(w, 15, 12)
	rs, rm := bits(w, 11, 8), bits(w, 3, 0)
	switch {
	case bits(w, 27, 24) == 0:
		switch bits(w, 23, 21) {
		case 0: // MUL Rd=[19:16]; [15:12] should be zero
			switch {
			case rdHi == 15 || rs == 15 || rm == 15:
				return "R15 in multiply" + unpred
			case rdHi == rm:
				return "MUL/MLA with Rd==Rm" + unpred
			}
			return ""
		case 1: // MLA
			switch {
			case rdHi == 15 || rdLo == 15 || rs == 15 || rm == 15:
				return "R15 in multiply" + unpred
			case rdHi == rm:
				return "MUL/MLA with Rd==Rm" + unpred
			}
			return ""
		case 2:
			if !bit(w, 20) {
				return "UMAAL" + v6
			}
		case 3:
			if !bit(w, 20) {
				return "MLS" + v6T2
			}
		default: // UMULL, UMLAL, SMULL, SMLAL
			switch {
			case rdHi == 15 || rdLo == 15 || rs == 15 || rm == 15:
				return "R15 in multiply" + unpred
			case rdHi == rdLo:
				return "long multiply with RdHi==RdLo" + unpred
			case rdHi == rm || rdLo == rm:
				return "long multiply with RdHi or RdLo==Rm" + unpred
			}
			return ""
		}
	case bits(w, 27, 23) == 2:
		if bits(w, 21, 20) == 0 && bits(w, 11, 8) == 0 {
			if rdHi == 15 || rdLo == 15 || rm == 15 {
				return "R15 in SWP/SWPB" + unpred
			}
			return "" // SWP, SWPB
		}
	case bits(w, 27, 23) == 3:
		if bits(w, 9, 8) != 3 {
			return "LDA/STL (acquire/release)" + v8
		}
		names := [8]string{"STREX" + v6, "LDREX" + v6, "STREXD" + v6K, "LDREXD" + v6K,
			"STREXB" + v6K, "LDREXB" + v6K, "STREXH" + v6K, "LDREXH" + v6K}
		return names[bits(w, 22, 20)]
	}
	return classUnallocated
}

// decodeExtraLoadStore classifies the halfword, signed byte and doubleword
// transfers (bits[7:4]=1011, 1101, 1111).
func decodeExtraLoadStore(w uint32, addr uint64) (string, literal) {
	load := bit(w, 20)
	pre, writeBack := bit(w, 24), bit(w, 21)
	rn := bits(w, 19, 16)
	size := 2
	var class string
	switch bits(w, 6, 5) {
	case 2:
		size = 1
		if !load {
			class, size = "LDRD"+v5TE, 8
		}
	case 3:
		if !load {
			class = "STRD" + v5TE
		}
	}
	switch {
	case class != "":
	case !pre && writeBack:
		class = "LDRHT/STRHT/LDRSBT/LDRSHT" + v6T2
	case rn == 15 && (!pre || writeBack):
		class = "write-back to R15 base" + unpred
	}
	reads := load || size == 8 // LDRD has L=0
	if rn == 15 && reads && pre && !writeBack && bit(w, 22) {
		off := uint64(bits(w, 11, 8)<<4 | bits(w, 3, 0))
		return class, literal{target: pcRelative(addr+8, off, bit(w, 23)), size: size}
	}
	return class, literal{}
}

func pcRelative(pc, off uint64, up bool) uint64 {
	if up {
		return pc + off
	}
	return pc - off
}

// decodeMisc classifies the miscellaneous space: op=10xx0 of data
// processing (TST, TEQ, CMP, CMN without S), bit 7 or bit 4 clear.
func decodeMisc(w uint32) string {
	op := bits(w, 22, 21)
	switch op2 := bits(w, 7, 4); op2 {
	case 0:
		if bit(w, 9) {
			return "MRS/MSR (banked register)" + v7VE
		}
		return "" // MRS, MSR (register)
	case 1:
		switch op {
		case 1:
			return "" // BX
		case 3:
			return "CLZ" + v5T
		}
	case 2:
		if op == 1 {
			return "BXJ" + v5TEJ
		}
	case 3:
		if op == 1 {
			return "BLX (register)" + v5T
		}
	case 5:
		return [4]string{"QADD", "QSUB", "QDADD", "QDSUB"}[op] + v5TE
	case 6:
		if op == 3 {
			return "ERET" + v7VE
		}
	case 7:
		switch op {
		case 1:
			return "BKPT" + v5T
		case 2:
			return "HVC" + v7VE
		case 3:
			return "SMC" + secExt
		}
	case 8, 10, 12, 14:
		x, y := half(bit(w, 5)), half(bit(w, 6))
		switch op {
		case 0:
			return "SMLA" + x + y + v5TE
		case 1:
			if bit(w, 5) {
				return "SMULW" + y + v5TE
			}
			return "SMLAW" + y + v5TE
		case 2:
			return "SMLAL" + x + y + v5TE
		default:
			return "SMUL" + x + y + v5TE
		}
	}
	return classUnallocated
}

func half(top bool) string {
	if top {
		return "T"
	}
	return "B"
}

// decodeDataProcessingImmediate classifies op1=001: data processing with an
// immediate, MSR (immediate), and the MOVW/MOVT and hint encodings carved
// out of the TST/CMP-without-S space.
func decodeDataProcessingImmediate(w uint32) string {
	switch bits(w, 24, 20) {
	case 0x10:
		return "MOVW" + v6T2
	case 0x14:
		return "MOVT" + v6T2
	case 0x12:
		if bits(w, 19, 16) != 0 {
			return "" // MSR CPSR (immediate)
		}
		switch op := bits(w, 7, 0); {
		case op == 0:
			return "NOP (hint)" + v6K
		case op == 1:
			return "YIELD" + v6K
		case op == 2:
			return "WFE" + v6K
		case op == 3:
			return "WFI" + v6K
		case op == 4:
			return "SEV" + v6K
		case op >= 0xf0:
			return "DBG" + v7
		default:
			return "hint (MSR with no fields)" + v6K
		}
	}
	return ""
}

// decodeLoadStoreImmediate classifies LDR, STR, LDRB, STRB and their T
// forms with an immediate offset.
func decodeLoadStoreImmediate(w uint32, addr uint64) (string, literal) {
	pre, writeBack, load := bit(w, 24), bit(w, 21), bit(w, 20)
	if bits(w, 19, 16) != 15 {
		return "", literal{}
	}
	if !pre || writeBack {
		return "write-back to R15 base" + unpred, literal{}
	}
	if !load {
		return "", literal{}
	}
	size := 4
	if bit(w, 22) {
		size = 1
	}
	return "", literal{target: pcRelative(addr+8, uint64(bits(w, 11, 0)), bit(w, 23)), size: size}
}

// decodeLoadStoreRegister classifies LDR, STR, LDRB, STRB with a
// (scaled) register offset.
func decodeLoadStoreRegister(w uint32) string {
	pre, writeBack := bit(w, 24), bit(w, 21)
	switch {
	case bits(w, 19, 16) == 15 && (!pre || writeBack):
		return "write-back to R15 base" + unpred
	case bits(w, 3, 0) == 15:
		return "R15 as offset register" + unpred
	}
	return ""
}

// decodeMedia classifies op1=011 with bit 4 set: undefined on ARMv4, the
// media instructions from ARMv6 on. Only UDF, the permanently undefined
// encoding, is allowed: it traps on every architecture.
func decodeMedia(w uint32) string {
	op1, op2 := bits(w, 24, 20), bits(w, 7, 5)
	switch op1 >> 3 {
	case 0: // parallel addition and subtraction
		prefix := [8]string{"", "S", "Q", "SH", "", "U", "UQ", "UH"}[op1&7]
		op := [8]string{"ADD16", "ASX", "SAX", "SUB16", "ADD8", "", "", "SUB8"}[op2]
		if prefix != "" && op != "" {
			return prefix + op + v6
		}
	case 1: // packing, unpacking, saturation and reversal
		if class := decodePacking(w, op1&7, op2); class != "" {
			return class
		}
	case 2: // signed multiplies
		if class := decodeSignedMultiply(w, op1&7, op2); class != "" {
			return class
		}
	default:
		switch {
		case op1 == 0x18 && op2 == 0:
			if bits(w, 15, 12) == 15 {
				return "USAD8" + v6
			}
			return "USADA8" + v6
		case op1&0x1e == 0x1a && op2&3 == 2:
			return "SBFX" + v6T2
		case op1&0x1e == 0x1c && op2&3 == 0:
			if bits(w, 3, 0) == 15 {
				return "BFC" + v6T2
			}
			return "BFI" + v6T2
		case op1&0x1e == 0x1e && op2&3 == 2:
			return "UBFX" + v6T2
		case op1 == 0x1f && op2 == 7:
			return "" // UDF
		}
	}
	return classUnallocated
}

func decodePacking(w, op1, op2 uint32) string {
	extend := func(accumulate, plain string) string {
		if bits(w, 19, 16) == 15 {
			return plain + v6
		}
		return accumulate + v6
	}
	switch {
	case op1 == 0 && op2&1 == 0:
		return "PKHBT/PKHTB" + v6
	case op1 == 0 && op2 == 3:
		return extend("SXTAB16", "SXTB16")
	case op1 == 0 && op2 == 5:
		return "SEL" + v6
	case op1&6 == 2 && op2&1 == 0:
		return "SSAT" + v6
	case op1&6 == 6 && op2&1 == 0:
		return "USAT" + v6
	case op1 == 2 && op2 == 1:
		return "SSAT16" + v6
	case op1 == 2 && op2 == 3:
		return extend("SXTAB", "SXTB")
	case op1 == 3 && op2 == 1:
		return "REV" + v6
	case op1 == 3 && op2 == 3:
		return extend("SXTAH", "SXTH")
	case op1 == 3 && op2 == 5:
		return "REV16" + v6
	case op1 == 4 && op2 == 3:
		return extend("UXTAB16", "UXTB16")
	case op1 == 6 && op2 == 1:
		return "USAT16" + v6
	case op1 == 6 && op2 == 3:
		return extend("UXTAB", "UXTB")
	case op1 == 7 && op2 == 1:
		return "RBIT" + v6T2
	case op1 == 7 && op2 == 3:
		return extend("UXTAH", "UXTH")
	case op1 == 7 && op2 == 5:
		return "REVSH" + v6
	}
	return ""
}

func decodeSignedMultiply(w, op1, op2 uint32) string {
	noAccumulate := bits(w, 15, 12) == 15
	pick := func(accumulate, plain string) string {
		if noAccumulate {
			return plain + v6
		}
		return accumulate + v6
	}
	switch {
	case op1 == 0 && op2 < 2:
		return pick("SMLAD", "SMUAD")
	case op1 == 0 && op2 < 4:
		return pick("SMLSD", "SMUSD")
	case op1 == 1 && op2 == 0:
		return "SDIV" + v7VE
	case op1 == 3 && op2 == 0:
		return "UDIV" + v7VE
	case op1 == 4 && op2 < 2:
		return "SMLALD" + v6
	case op1 == 4 && op2 < 4:
		return "SMLSLD" + v6
	case op1 == 5 && op2 < 2:
		return pick("SMMLA", "SMMUL")
	case op1 == 5 && op2 >= 6:
		return "SMMLS" + v6
	}
	return ""
}

// decodeBlockTransfer classifies LDM and STM.
func decodeBlockTransfer(w uint32) string {
	if bits(w, 19, 16) == 15 || bits(w, 15, 0) == 0 {
		return "LDM/STM with R15 base or empty list" + unpred
	}
	return ""
}

// coprocessor names the coprocessor a coprocessor instruction addresses
// and why the ARM920T rejects it: it has only CP15 (system control) and
// CP14 (debug), and both take only MCR and MRC.
func coprocessor(w uint32) string {
	switch cp := bits(w, 11, 8); cp {
	case 14, 15:
		return fmt.Sprintf("p%d [UNDEFINED on ARM920T]", cp)
	default:
		return fmt.Sprintf("p%d [absent on ARM920T]", cp)
	}
}

// decodeCoprocessorLoadStore classifies op1=110: LDC, STC, MCRR, MRRC and
// the VFP loads and stores. The ARM920T has no coprocessor that LDC and
// STC could address: CP15 and CP14 take only MCR and MRC.
func decodeCoprocessorLoadStore(w uint32, addr uint64) (string, literal) {
	cp := bits(w, 11, 8)
	vfpRegs := cp == 10 || cp == 11
	if bits(w, 24, 21) == 2 {
		if vfpRegs {
			return "VMOV (two core registers)" + vfp, literal{}
		}
		return "MCRR/MRRC" + v5TE, literal{}
	}
	pre, up, writeBack := bit(w, 24), bit(w, 23), bit(w, 21)
	if !pre && !up && !writeBack {
		return classUnallocated, literal{}
	}
	var lit literal
	if bits(w, 19, 16) == 15 && pre && !writeBack && bit(w, 20) {
		lit = literal{target: pcRelative(addr+8, uint64(bits(w, 7, 0))*4, up), size: 4}
		if cp == 11 {
			lit.size = 8
		}
	}
	if vfpRegs {
		return "VLDR/VSTR/VLDM/VSTM" + vfp, lit
	}
	return "LDC/STC " + coprocessor(w), lit
}

// decodeCoprocessorOther classifies op1=111: SWI, CDP, MCR, MRC.
func decodeCoprocessorOther(w uint32) string {
	if bit(w, 24) {
		return "" // SWI
	}
	cp := bits(w, 11, 8)
	transfer := bit(w, 4)
	switch {
	case cp == 10 || cp == 11:
		switch {
		case !transfer:
			return "VFP data-processing" + vfp
		case cp == 10 && bits(w, 23, 21) == 7:
			return "VMRS/VMSR" + vfp
		default:
			return "VMOV (core register)" + vfp
		}
	case transfer && (cp == 15 || cp == 14):
		return decodeSystemTransfer(w)
	case transfer:
		return "MCR/MRC " + coprocessor(w)
	default:
		return "CDP " + coprocessor(w)
	}
}
