// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import "fmt"

// The ARM920T implements CP15 and CP14 but only the registers its
// Technical Reference Manual lists; any other MCR or MRC to them is
// UNPREDICTABLE. Later cores added registers there (VBAR, CLIDR, the
// ARMv6 barrier operations, the ARM926 test-and-clean loop), so a CP15
// access in code written for them is reported even though the instruction
// itself exists on ARMv4T.

// cpOp identifies an MCR/MRC target: CRn, CRm and opcode_2 (opcode_1 is
// 0 for every ARM920T register outside CP15 c15).
type cpOp struct{ crn, crm, op2 uint32 }

// cp15Read and cp15Write list the CP15 operations of the ARM920T.
var (
	cp15Read = map[cpOp]bool{
		{1, 0, 0}: true, {2, 0, 0}: true, {3, 0, 0}: true, // control, TTB, domains
		{5, 0, 0}: true, {5, 0, 1}: true, {6, 0, 0}: true, // data/prefetch FSR, FAR
		{9, 0, 0}: true, {9, 0, 1}: true, // D/I cache lockdown
		{10, 0, 0}: true, {10, 0, 1}: true, // D/I TLB lockdown
		{13, 0, 0}: true, {13, 0, 1}: true, // FCSE PID, trace process ID
	}
	cp15Write = map[cpOp]bool{
		{1, 0, 0}: true, {2, 0, 0}: true, {3, 0, 0}: true,
		{5, 0, 0}: true, {5, 0, 1}: true, {6, 0, 0}: true,
		{9, 0, 0}: true, {9, 0, 1}: true,
		{10, 0, 0}: true, {10, 0, 1}: true,
		{13, 0, 0}: true, {13, 0, 1}: true,
		// c7: wait for interrupt; invalidate I+D, I, I entry, D, D entry;
		// prefetch I line; clean D entry (MVA, index); clean and
		// invalidate D entry (MVA, index); drain write buffer.
		{7, 0, 4}: true, {7, 7, 0}: true, {7, 5, 0}: true, {7, 5, 1}: true,
		{7, 6, 0}: true, {7, 6, 1}: true, {7, 13, 1}: true,
		{7, 10, 1}: true, {7, 10, 2}: true, {7, 14, 1}: true, {7, 14, 2}: true,
		{7, 10, 4}: true,
		// c8: invalidate I+D TLB, I TLB, I TLB entry, D TLB, D TLB entry.
		{8, 7, 0}: true, {8, 5, 0}: true, {8, 5, 1}: true, {8, 6, 0}: true, {8, 6, 1}: true,
	}
)

// cp14Read and cp14Write list the ARM920T debug communications channel:
// the control register (read only) and the data registers.
var (
	cp14Read  = map[cpOp]bool{{0, 0, 0}: true, {1, 0, 0}: true}
	cp14Write = map[cpOp]bool{{1, 0, 0}: true}
)

// decodeSystemTransfer classifies an MCR or MRC to CP15 or CP14.
func decodeSystemTransfer(w uint32) string {
	op1, read, cp := bits(w, 23, 21), bit(w, 20), bits(w, 11, 8)
	op := cpOp{crn: bits(w, 19, 16), crm: bits(w, 3, 0), op2: bits(w, 7, 5)}
	var ok bool
	switch {
	case cp == 15 && op.crn == 15:
		return "" // implementation-defined test configuration
	case cp == 15 && op.crn == 0:
		ok = read && op1 == 0 && op.crm == 0 // ID code (any opcode_2) and cache type
	case cp == 15 && read:
		ok = op1 == 0 && cp15Read[op]
	case cp == 15:
		ok = op1 == 0 && cp15Write[op]
	case read:
		ok = op1 == 0 && cp14Read[op]
	default:
		ok = op1 == 0 && cp14Write[op]
	}
	if ok && cp == 14 {
		return classCP14
	}
	if ok {
		return ""
	}
	name := "MCR"
	if read {
		name = "MRC"
	}
	return fmt.Sprintf("%s p%d, %d, c%d, c%d, %d [not an ARM920T register]", name, cp, op1, op.crn, op.crm, op.op2)
}
