// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import "testing"

// armCases are ARM-state words encoded by hand from the ARM ARM encoding
// tables; the comment is the instruction in GNU syntax (binutils'
// disassembler agrees with each, see README.md).
var armCases = []struct {
	word  uint32
	class string
}{
	// ARMv4T instructions.
	{0xe1a00000, ""}, // mov r0, r0
	{0xe0810002, ""}, // add r0, r1, r2
	{0xe0810112, ""}, // add r0, r1, r2, lsl r1
	{0xe3a00001, ""}, // mov r0, #1
	{0xe1a0f00e, ""}, // mov pc, lr
	{0xe12fff1e, ""}, // bx lr
	{0xe10f0000, ""}, // mrs r0, CPSR
	{0xe14f0000, ""}, // mrs r0, SPSR
	{0xe129f000, ""}, // msr CPSR_fc, r0
	{0xe321f0d3, ""}, // msr CPSR_c, #0xd3
	{0xee070f90, ""}, // mcr p15, 0, r0, c7, c0, 4 (ARM920T wait for interrupt)
	{0xee110f10, ""}, // mrc p15, 0, r0, c1, c0, 0
	{0xef000000, ""}, // svc 0
	{0xefa00001, ""}, // svc 0xa00001
	{0xe1d000b0, ""}, // ldrh r0, [r0]
	{0xe1c000b0, ""}, // strh r0, [r0]
	{0xe1d000d0, ""}, // ldrsb r0, [r0]
	{0xe1d000f0, ""}, // ldrsh r0, [r0]
	{0xe19100b2, ""}, // ldrh r0, [r1, r2]
	{0xe1010092, ""}, // swp r0, r2, [r1]
	{0xe1410092, ""}, // swpb r0, r2, [r1]
	{0xe0000291, ""}, // mul r0, r1, r2
	{0xe0000091, ""}, // mul r0, r1, r0 (Rd==Rs is fine)
	{0xe0203291, ""}, // mla r0, r1, r2, r3
	{0xe0810392, ""}, // umull r0, r1, r2, r3
	{0xe0c10392, ""}, // smull r0, r1, r2, r3
	{0xe0a10392, ""}, // umlal r0, r1, r2, r3
	{0x10e0209b, ""}, // smlalne r2, r0, fp, r0 (RdHi==Rs is fine)
	{0xe7f000f0, ""}, // udf #0
	{0xe7f001f0, ""}, // udf #16 (Linux BUG())
	{0xe59f0004, ""}, // ldr r0, [pc, #4]
	{0xe4910004, ""}, // ldr r0, [r1], #4
	{0xe7910002, ""}, // ldr r0, [r1, r2]
	{0xe4f10001, ""}, // ldrbt r0, [r1], #1
	{0xea000000, ""}, // b .+8
	{0xeb000000, ""}, // bl .+8
	{0xe92d4000, ""}, // push {lr}
	{0xe8bd8000, ""}, // pop {pc}
	{0xe8d08000, ""}, // ldm r0, {pc}^

	// ARMv5 and later, conditional space.
	{0xe12fff30, "BLX (register) [v5T]"},             // blx r0
	{0xe16f0f11, "CLZ [v5T]"},                        // clz r0, r1
	{0xe1200070, "BKPT [v5T]"},                       // bkpt 0x0000
	{0xe12fff20, "BXJ [v5TEJ]"},                      // bxj r0
	{0xe1020051, "QADD [v5TE]"},                      // qadd r0, r1, r2
	{0xe1220051, "QSUB [v5TE]"},                      // qsub r0, r1, r2
	{0xe1420051, "QDADD [v5TE]"},                     // qdadd r0, r1, r2
	{0xe1620051, "QDSUB [v5TE]"},                     // qdsub r0, r1, r2
	{0xe1003281, "SMLABB [v5TE]"},                    // smlabb r0, r1, r2, r3
	{0xe10032a1, "SMLATB [v5TE]"},                    // smlatb r0, r1, r2, r3
	{0xe10032c1, "SMLABT [v5TE]"},                    // smlabt r0, r1, r2, r3
	{0xe1203281, "SMLAWB [v5TE]"},                    // smlawb r0, r1, r2, r3
	{0xe1200bc0, "SMLAWT [v5TE]"},                    // smlawt r0, r0, fp, r0 (Go's runtime.udiv)
	{0xe12002a1, "SMULWB [v5TE]"},                    // smulwb r0, r1, r2
	{0xe1410382, "SMLALBB [v5TE]"},                   // smlalbb r0, r1, r2, r3
	{0xe16002e1, "SMULTT [v5TE]"},                    // smultt r0, r1, r2
	{0xe1c200d0, "LDRD [v5TE]"},                      // ldrd r0, [r2]
	{0xe1c200f0, "STRD [v5TE]"},                      // strd r0, [r2]
	{0xec410f02, "MCRR/MRRC [v5TE]"},                 // mcrr p15, 0, r0, r1, c2
	{0xec510f02, "MCRR/MRRC [v5TE]"},                 // mrrc p15, 0, r0, r1, c2
	{0xe1910f9f, "LDREX [v6]"},                       // ldrex r0, [r1]
	{0xe1810f92, "STREX [v6]"},                       // strex r0, r2, [r1]
	{0xe1d10f9f, "LDREXB [v6K]"},                     // ldrexb r0, [r1]
	{0xe1c10f92, "STREXB [v6K]"},                     // strexb r0, r2, [r1]
	{0xe1f10f9f, "LDREXH [v6K]"},                     // ldrexh r0, [r1]
	{0xe1e10f92, "STREXH [v6K]"},                     // strexh r0, r2, [r1]
	{0xe1b20f9f, "LDREXD [v6K]"},                     // ldrexd r0, r1, [r2]
	{0xe1a10f92, "STREXD [v6K]"},                     // strexd r0, r2, r3, [r1]
	{0xe1910c9f, "LDA/STL (acquire/release) [v8]"},   // lda r0, [r1]
	{0xe0410392, "UMAAL [v6]"},                       // umaal r0, r1, r2, r3
	{0xe0603291, "MLS [v6T2]"},                       // mls r0, r1, r2, r3
	{0xe0f100b2, "LDRHT/STRHT/LDRSBT/LDRSHT [v6T2]"}, // ldrht r0, [r1], #2
	{0xe0e100b2, "LDRHT/STRHT/LDRSBT/LDRSHT [v6T2]"}, // strht r0, [r1], #2
	{0xe3010234, "MOVW [v6T2]"},                      // movw r0, #0x1234
	{0xe3410234, "MOVT [v6T2]"},                      // movt r0, #0x1234
	{0xe320f000, "NOP (hint) [v6K]"},                 // nop {0}
	{0xe320f001, "YIELD [v6K]"},                      // yield
	{0xe320f002, "WFE [v6K]"},                        // wfe
	{0xe320f003, "WFI [v6K]"},                        // wfi
	{0xe320f004, "SEV [v6K]"},                        // sev
	{0xe320f0f0, "DBG [v7]"},                         // dbg #0
	{0xe320f014, "hint (MSR with no fields) [v6K]"},  // csdb
	{0xe1000200, "MRS/MSR (banked register) [v7VE]"}, // mrs r0, R8_usr
	{0xe120f200, "MRS/MSR (banked register) [v7VE]"}, // msr R8_usr, r0
	{0xe1600070, "SMC [Security Extensions]"},        // smc #0
	{0xe1400070, "HVC [v7VE]"},                       // hvc #0
	{0xe160006e, "ERET [v7VE]"},                      // eret
	{0xe710f211, "SDIV [v7VE]"},                      // sdiv r0, r1, r2
	{0xe730f211, "UDIV [v7VE]"},                      // udiv r0, r1, r2

	// ARMv6 media instructions (undefined on ARMv4).
	{0xe6af0071, "SXTB [v6]"},        // sxtb r0, r1
	{0xe6a20071, "SXTAB [v6]"},       // sxtab r0, r2, r1
	{0xe6bf0071, "SXTH [v6]"},        // sxth r0, r1
	{0xe68f0071, "SXTB16 [v6]"},      // sxtb16 r0, r1
	{0xe6ef0071, "UXTB [v6]"},        // uxtb r0, r1
	{0xe6ff0071, "UXTH [v6]"},        // uxth r0, r1
	{0xe6cf0071, "UXTB16 [v6]"},      // uxtb16 r0, r1
	{0xe6bf0f31, "REV [v6]"},         // rev r0, r1
	{0xe6bf0fb1, "REV16 [v6]"},       // rev16 r0, r1
	{0xe6ff0fb1, "REVSH [v6]"},       // revsh r0, r1
	{0xe6ff0f31, "RBIT [v6T2]"},      // rbit r0, r1
	{0xe6810fb2, "SEL [v6]"},         // sel r0, r1, r2
	{0xe6a70011, "SSAT [v6]"},        // ssat r0, #8, r1
	{0xe6e80011, "USAT [v6]"},        // usat r0, #8, r1
	{0xe6a70f31, "SSAT16 [v6]"},      // ssat16 r0, #8, r1
	{0xe6e80f31, "USAT16 [v6]"},      // usat16 r0, #8, r1
	{0xe6810012, "PKHBT/PKHTB [v6]"}, // pkhbt r0, r1, r2
	{0xe6510f92, "UADD8 [v6]"},       // uadd8 r0, r1, r2
	{0xe6110f12, "SADD16 [v6]"},      // sadd16 r0, r1, r2
	{0xe6210ff2, "QSUB8 [v6]"},       // qsub8 r0, r1, r2
	{0xe6310f32, "SHASX [v6]"},       // shasx r0, r1, r2
	{0xe6710f52, "UHSAX [v6]"},       // uhsax r0, r1, r2
	{0xe7003211, "SMLAD [v6]"},       // smlad r0, r1, r2, r3
	{0xe700f211, "SMUAD [v6]"},       // smuad r0, r1, r2
	{0xe7003251, "SMLSD [v6]"},       // smlsd r0, r1, r2, r3
	{0xe7410312, "SMLALD [v6]"},      // smlald r0, r1, r2, r3
	{0xe750f211, "SMMUL [v6]"},       // smmul r0, r1, r2
	{0xe7503211, "SMMLA [v6]"},       // smmla r0, r1, r2, r3
	{0xe75032d1, "SMMLS [v6]"},       // smmls r0, r1, r2, r3
	{0xe780f211, "USAD8 [v6]"},       // usad8 r0, r1, r2
	{0xe7803211, "USADA8 [v6]"},      // usada8 r0, r1, r2, r3
	{0xe7a70051, "SBFX [v6T2]"},      // sbfx r0, r1, #0, #8
	{0xe7e70051, "UBFX [v6T2]"},      // ubfx r0, r1, #0, #8
	{0xe7c7001f, "BFC [v6T2]"},       // bfc r0, #0, #8
	{0xe7c70011, "BFI [v6T2]"},       // bfi r0, r1, #0, #8
	{0xe6000010, classUnallocated},   // (unallocated media encoding)

	// cond=0b1111.
	{0xfa000000, "BLX (immediate) [v5T]"},                // blx .+8
	{0xf5d0f000, "PLD/PLDW/PLI (immediate) [v5TE]"},      // pld [r0]
	{0xf590f000, "PLD/PLDW/PLI (immediate) [v5TE]"},      // pldw [r0]
	{0xf4d0f000, "PLD/PLDW/PLI (immediate) [v5TE]"},      // pli [r0]
	{0xf7d0f001, "PLD/PLDW/PLI (register) [v5TE]"},       // pld [r0, r1]
	{0xf10c0080, "CPS [v6]"},                             // cpsid i
	{0xf1080080, "CPS [v6]"},                             // cpsie i
	{0xf1010200, "SETEND [v6]"},                          // setend be
	{0xf8900a00, "RFE [v6]"},                             // rfeia r0
	{0xf96d0513, "SRS [v6]"},                             // srsdb sp!, #19
	{0xf57ff01f, "CLREX [v6K]"},                          // clrex
	{0xf57ff04f, "DSB [v7]"},                             // dsb sy
	{0xf57ff05f, "DMB [v7]"},                             // dmb sy
	{0xf57ff05b, "DMB [v7]"},                             // dmb ish
	{0xf57ff06f, "ISB [v7]"},                             // isb sy
	{0xf7fabcfd, "UDF" + nv},                             // Go's UNDEF
	{0xfe000f10, "MCR2/MRC2 [v5T]"},                      // mcr2 p15, 0, r0, c0, c0, 0
	{0xfe100f10, "MCR2/MRC2 [v5T]"},                      // mrc2 p15, 0, r0, c0, c0, 0
	{0xfe000f00, "CDP2 [v5T]"},                           // cdp2 p15, 0, c0, c0, c0, 0
	{0xfd900f00, "LDC2/STC2 [v5T]"},                      // ldc2 p15, c0, [r0]
	{0xfd800f00, "LDC2/STC2 [v5T]"},                      // stc2 p15, c0, [r0]
	{0xfc410f00, "MCRR2/MRRC2 [v6]"},                     // mcrr2 p15, 0, r0, r1, c0
	{0xfc510f00, "MCRR2/MRRC2 [v6]"},                     // mrrc2 p15, 0, r0, r1, c0
	{0xf2210802, "Advanced SIMD data-processing [NEON]"}, // vadd.i32 d0, d1, d2
	{0xf420078f, "Advanced SIMD load/store [NEON]"},      // vld1.32 {d0}, [r0]
	{0xff000000, classUnallocatedNV},                     // (unallocated)

	// Coprocessors: VFP is cp10/cp11; the ARM920T has only CP15 and CP14.
	{0xee300a81, "VFP data-processing [VFP]"},                        // vadd.f32 s0, s1, s2
	{0xeef10a10, "VMRS/VMSR [VFP]"},                                  // vmrs r0, fpscr
	{0xeee10a10, "VMRS/VMSR [VFP]"},                                  // vmsr fpscr, r0
	{0xee100a10, "VMOV (core register) [VFP]"},                       // vmov r0, s0
	{0xed900b00, "VLDR/VSTR/VLDM/VSTM [VFP]"},                        // vldr d0, [r0]
	{0xed2d8b02, "VLDR/VSTR/VLDM/VSTM [VFP]"},                        // vpush {d8}
	{0xec410b10, "VMOV (two core registers) [VFP]"},                  // vmov d0, r0, r1
	{0xee010e10, classCP14},                                          // mcr p14, 0, r0, c1, c0, 0
	{0xee100e10, classCP14},                                          // mrc p14, 0, r0, c0, c0, 0
	{0xee111e10, classCP14},                                          // mrc p14, 0, r1, c1, c0, 0
	{0xee170ede, "MRC p14, 0, c7, c14, 6 [not an ARM920T register]"}, // mrc p14, 0, r0, c7, c14, 6 (v7 DBGAUTHSTATUS)
	{0xee000e10, "MCR p14, 0, c0, c0, 0 [not an ARM920T register]"},  // mcr p14, 0, r0, c0, c0, 0
	{0xee070f9a, ""},                                                 // mcr p15, 0, r0, c7, c10, 4 (drain write buffer)
	{0xee070f5e, ""},                                                 // mcr p15, 0, r0, c7, c14, 2
	{0xee080f17, ""},                                                 // mcr p15, 0, r0, c8, c7, 0
	{0xee100f30, ""},                                                 // mrc p15, 0, r0, c0, c0, 1 (cache type)
	{0xee0d0f10, ""},                                                 // mcr p15, 0, r0, c13, c0, 0
	{0xee1f0f11, ""},                                                 // mrc p15, 0, r0, c15, c1, 0 (test configuration)
	{0xee0c0f10, "MCR p15, 0, c12, c0, 0 [not an ARM920T register]"}, // mcr p15, 0, r0, c12, c0, 0 (v7 VBAR)
	{0xee300f30, "MRC p15, 1, c0, c0, 1 [not an ARM920T register]"},  // mrc p15, 1, r0, c0, c0, 1 (v7 CLIDR)
	{0xee100f11, "MRC p15, 0, c0, c1, 0 [not an ARM920T register]"},  // mrc p15, 0, r0, c0, c1, 0 (v7 ID_PFR0)
	{0xee070fba, "MCR p15, 0, c7, c10, 5 [not an ARM920T register]"}, // mcr p15, 0, r0, c7, c10, 5 (v6 DMB)
	{0xee070f95, "MCR p15, 0, c7, c5, 4 [not an ARM920T register]"},  // mcr p15, 0, r0, c7, c5, 4 (v6 ISB)
	{0xee17ff7e, "MRC p15, 0, c7, c14, 3 [not an ARM920T register]"}, // mrc p15, 0, pc, c7, c14, 3 (ARM926 test, clean, invalidate)
	{0xee1d0f70, "MRC p15, 0, c13, c0, 3 [not an ARM920T register]"}, // mrc p15, 0, r0, c13, c0, 3 (v6K TPIDRURO)
	{0xee000f10, "MCR p15, 0, c0, c0, 0 [not an ARM920T register]"},  // mcr p15, 0, r0, c0, c0, 0
	{0xed905e00, "LDC/STC p14 [UNDEFINED on ARM920T]"},               // ldc p14, c5, [r0]
	{0xee000f00, "CDP p15 [UNDEFINED on ARM920T]"},                   // cdp p15, 0, c0, c0, c0, 0
	{0xee000710, "MCR/MRC p7 [absent on ARM920T]"},                   // mcr p7, 0, r0, c0, c0, 0
	{0xed901100, "LDC/STC p1 [absent on ARM920T]"},                   // ldc p1, c1, [r0]
	{0xec001100, classUnallocated},                                   // (LDC with P=U=W=0)

	// Operand forms ARMv4 leaves UNPREDICTABLE.
	{0xe0000190, "MUL/MLA with Rd==Rm" + unpred},                     // mul r0, r0, r1
	{0xe0203190, "MUL/MLA with Rd==Rm" + unpred},                     // mla r0, r0, r1, r3
	{0xe00f0190, "R15 in multiply" + unpred},                         // mul pc, r0, r1
	{0xe0800291, "long multiply with RdHi==RdLo" + unpred},           // umull r0, r0, r1, r2
	{0xe0810290, "long multiply with RdHi or RdLo==Rm" + unpred},     // umull r0, r1, r0, r2
	{0xe0c1b091, "long multiply with RdHi or RdLo==Rm" + unpred},     // smull fp, r1, r1, r0 (Go)
	{0xe101f090, "R15 in SWP/SWPB" + unpred},                         // swp pc, r0, [r1]
	{0xe5bf0004, "write-back to R15 base" + unpred},                  // ldr r0, [pc, #4]!
	{0xe0df00b2, "write-back to R15 base" + unpred},                  // ldrh r0, [pc], #2
	{0xe791000f, "R15 as offset register" + unpred},                  // ldr r0, [r1, pc]
	{0xe081021f, "R15 in register-shifted data processing" + unpred}, // add r0, r1, pc, lsl r2
	{0xe8900000, "LDM/STM with R15 base or empty list" + unpred},     // ldm r0, {}
	{0xe89f0001, "LDM/STM with R15 base or empty list" + unpred},     // ldm pc, {r0}
}

func TestDecodeARM(t *testing.T) {
	for _, c := range armCases {
		if got, _ := decodeARM(c.word, 0x8000); got != c.class {
			t.Errorf("%08x: class %q, want %q", c.word, got, c.class)
		}
	}
}

func TestDecodeARMLiteral(t *testing.T) {
	const pc = 0x8000
	cases := []struct {
		word uint32
		lit  literal
	}{
		{0xe59f0004, literal{pc + 8 + 4, 4}},    // ldr r0, [pc, #4]
		{0xe51f0010, literal{pc + 8 - 16, 4}},   // ldr r0, [pc, #-16]
		{0xe5df1000, literal{pc + 8, 1}},        // ldrb r1, [pc]
		{0xe1df00b6, literal{pc + 8 + 6, 2}},    // ldrh r0, [pc, #6]
		{0xe15f01f2, literal{pc + 8 - 0x12, 2}}, // ldrsh r0, [pc, #-18]
		{0xe1cf00d8, literal{pc + 8 + 8, 8}},    // ldrd r0, [pc, #8]
		{0xed9f0b02, literal{pc + 8 + 8, 8}},    // vldr d0, [pc, #8]
		{0xed9f0a01, literal{pc + 8 + 4, 4}},    // vldr s0, [pc, #4]
		{0xe58f0004, literal{}},                 // str r0, [pc, #4]
		{0xe59e0004, literal{}},                 // ldr r0, [lr, #4]
		{0xe79f0001, literal{}},                 // ldr r0, [pc, r1]
		{0xe19f00b1, literal{}},                 // ldrh r0, [pc, r1]
	}
	for _, c := range cases {
		if _, got := decodeARM(c.word, pc); got != c.lit {
			t.Errorf("%08x: literal %+v, want %+v", c.word, got, c.lit)
		}
	}
}

// FuzzDecode checks that the decoders never panic, that equal input gives
// equal output, and that the structural invariants hold.
func FuzzDecode(f *testing.F) {
	for _, c := range armCases {
		f.Add(c.word, uint32(0x8000))
	}
	for _, c := range thumbCases {
		f.Add(uint32(c.first)|uint32(c.second)<<16, uint32(0x8002))
	}
	f.Fuzz(func(t *testing.T, w, addr uint32) {
		a := uint64(addr &^ 1)
		class, lit := decodeARM(w, a)
		class2, lit2 := decodeARM(w, a)
		if class != class2 || lit != lit2 {
			t.Fatalf("%08x: not deterministic", w)
		}
		if w>>28 == 0xf && class == "" {
			t.Fatalf("%08x: NV space word accepted", w)
		}
		if lit.size != 0 && lit.size != 1 && lit.size != 2 && lit.size != 4 && lit.size != 8 {
			t.Fatalf("%08x: literal size %d", w, lit.size)
		}
		h, next := uint16(w), uint16(w>>16)
		tc, size, tl := decodeThumb(h, next, true, a)
		tc2, size2, tl2 := decodeThumb(h, next, true, a)
		if tc != tc2 || size != size2 || tl != tl2 {
			t.Fatalf("%04x %04x: not deterministic", h, next)
		}
		if size != 2 && size != 4 {
			t.Fatalf("%04x %04x: size %d", h, next, size)
		}
		if tl.size != 0 && (tl.size != 4 || tl.target&3 != 0) {
			t.Fatalf("%04x: literal %+v", h, tl)
		}
		if _, size, _ := decodeThumb(h, 0, false, a); size != 2 {
			t.Fatalf("%04x: consumed a missing second halfword", h)
		}
	})
}
