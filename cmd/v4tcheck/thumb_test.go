// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import "testing"

// thumbCases are Thumb instructions encoded by hand from the ARM ARM; second
// is the following halfword, which matters only for 32-bit instructions.
var thumbCases = []struct {
	first, second uint16
	class         string
	size          int
}{
	// ARMv4T.
	{0x4770, 0, "", 2},      // bx lr
	{0x2001, 0, "", 2},      // movs r0, #1
	{0x1c08, 0, "", 2},      // adds r0, r1, #0
	{0x0008, 0, "", 2},      // movs r0, r1
	{0x4348, 0, "", 2},      // muls r0, r1
	{0x4680, 0, "", 2},      // mov r8, r0
	{0x4640, 0, "", 2},      // mov r0, r8
	{0x46c0, 0, "", 2},      // mov r8, r8 (the v4T nop)
	{0x4801, 0, "", 2},      // ldr r0, [pc, #4]
	{0x5a08, 0, "", 2},      // ldrh r0, [r1, r0]
	{0x5e08, 0, "", 2},      // ldrsh r0, [r1, r0]
	{0xb500, 0, "", 2},      // push {lr}
	{0xbd00, 0, "", 2},      // pop {pc}
	{0xb082, 0, "", 2},      // sub sp, #8
	{0xc001, 0, "", 2},      // stmia r0!, {r0}
	{0xdf00, 0, "", 2},      // svc 0
	{0xde00, 0, "", 2},      // udf #0
	{0xd0fe, 0, "", 2},      // beq .
	{0xe7fe, 0, "", 2},      // b .
	{0xf000, 0xf800, "", 4}, // bl .+4
	{0xf7ff, 0xfffe, "", 4}, // bl .

	// Later architectures.
	{0x4780, 0, "Thumb BLX (register) [v5T]", 2},                                       // blx r0
	{0xf000, 0xe800, "Thumb BLX (immediate) [v5T]", 4},                                 // blx .+4
	{0xbe00, 0, "Thumb BKPT [v5T]", 2},                                                 // bkpt 0x0000
	{0xb100, 0, "Thumb CBZ/CBNZ [v6T2]", 2},                                            // cbz r0, .+4
	{0xb900, 0, "Thumb CBZ/CBNZ [v6T2]", 2},                                            // cbnz r0, .+4
	{0xb240, 0, "Thumb SXTH/SXTB/UXTH/UXTB [v6]", 2},                                   // sxtb r0, r0
	{0xb2c0, 0, "Thumb SXTH/SXTB/UXTH/UXTB [v6]", 2},                                   // uxtb r0, r0
	{0xba00, 0, "Thumb REV/REV16/REVSH [v6]", 2},                                       // rev r0, r0
	{0xba40, 0, "Thumb REV/REV16/REVSH [v6]", 2},                                       // rev16 r0, r0
	{0xbac0, 0, "Thumb REV/REV16/REVSH [v6]", 2},                                       // revsh r0, r0
	{0xb650, 0, "Thumb SETEND [v6]", 2},                                                // setend le
	{0xb672, 0, "Thumb CPS [v6]", 2},                                                   // cpsid i
	{0xbf08, 0, "Thumb IT [v6T2]", 2},                                                  // it eq
	{0xbf00, 0, "Thumb hint (NOP/YIELD/WFE/WFI/SEV) [v6T2]", 2},                        // nop
	{0xbf30, 0, "Thumb hint (NOP/YIELD/WFE/WFI/SEV) [v6T2]", 2},                        // wfi
	{0xf3bf, 0x8f5f, "Thumb 32-bit instruction [v6T2]", 4},                             // dmb sy
	{0xe8bd, 0x8001, "Thumb 32-bit instruction [v6T2]", 4},                             // ldmia.w sp!, {r0, pc}
	{0xf8d0, 0x0004, "Thumb 32-bit instruction [v6T2]", 4},                             // ldr.w r0, [r0, #4]
	{0xfb00, 0xf001, "Thumb 32-bit instruction [v6T2]", 4},                             // mul.w r0, r0, r1
	{0xb700, 0, "Thumb " + classUnallocated, 2},                                        // (unallocated)
	{0x4600, 0, "Thumb ADD/CMP/MOV (high registers) on two low registers" + unpred, 2}, // mov r0, r0
	{0xc800, 0, "Thumb LDMIA/STMIA with empty list" + unpred, 2},                       // ldmia r0!, {}
	{0xb400, 0, "Thumb PUSH with empty list" + unpred, 2},                              // push {}
}

func TestDecodeThumb(t *testing.T) {
	for _, c := range thumbCases {
		class, size, _ := decodeThumb(c.first, c.second, true, 0x8000)
		if class != c.class || size != c.size {
			t.Errorf("%04x %04x: %q (%d bytes), want %q (%d bytes)", c.first, c.second, class, size, c.class, c.size)
		}
	}
}

func TestDecodeThumbLiteral(t *testing.T) {
	// ldr r0, [pc, #4] reads Align(address+4, 4)+4.
	for _, addr := range []uint64{0x8000, 0x8002} {
		_, _, lit := decodeThumb(0x4801, 0, false, addr)
		if want := (literal{target: 0x8008, size: 4}); lit != want {
			t.Errorf("at %#x: literal %+v, want %+v", addr, lit, want)
		}
	}
}

// A BL prefix or Thumb-2 first half with nothing after it is one
// halfword.
func TestDecodeThumbTruncated(t *testing.T) {
	for _, h := range []uint16{0xf000, 0xe800, 0xf8d0} {
		class, size, _ := decodeThumb(h, 0, false, 0x8000)
		if class != "Thumb first half of a 32-bit instruction at the end of code"+unpred || size != 2 {
			t.Errorf("%04x alone: %q (%d bytes)", h, class, size)
		}
	}
}
