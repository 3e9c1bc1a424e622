// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t

// CP15 register 1 (control) bits, ARM920T TRM 2.3.5.
const (
	CTRL_M  = 1 << 0  // MMU enable
	CTRL_A  = 1 << 1  // alignment fault checking
	CTRL_C  = 1 << 2  // data cache enable
	CTRL_W  = 1 << 3  // should be one
	CTRL_P  = 1 << 4  // should be one
	CTRL_D  = 1 << 5  // should be one
	CTRL_L  = 1 << 6  // should be one
	CTRL_B  = 1 << 7  // big-endian
	CTRL_S  = 1 << 8  // system protection
	CTRL_R  = 1 << 9  // ROM protection
	CTRL_I  = 1 << 12 // instruction cache enable
	CTRL_V  = 1 << 13 // high exception vectors (0xFFFF0000)
	CTRL_RR = 1 << 14 // round-robin cache replacement
	CTRL_nF = 1 << 30 // not FastBus
	CTRL_iA = 1 << 31 // asynchronous clocking (with nF)

	ctrlSBO = CTRL_W | CTRL_P | CTRL_D | CTRL_L
)

// Data cache geometry (ARM920T TRM 4.1): 16 KB, 8 segments of 64 lines
// of 32 bytes; c7 index operations take the line in bits [31:26] and the
// segment in bits [7:5].
const (
	dcacheSegments = 8
	dcacheWays     = 64
)

// defined in cp15.s

// MainID returns the CP15 c0 main ID register (MIDR).
//
//go:nosplit
func MainID() uint32

// CacheType returns the CP15 c0 cache type register.
//
//go:nosplit
func CacheType() uint32

//go:nosplit
func readControl() uint32

//go:nosplit
func writeControl(val uint32)

//go:nosplit
func writeTTB(addr uint32)

//go:nosplit
func writeDACR(val uint32)

// FaultStatus returns the CP15 c5 fault status register (FSR).
//
//go:nosplit
func FaultStatus() uint32

// FaultAddress returns the CP15 c6 fault address register (FAR).
//
//go:nosplit
func FaultAddress() uint32

// PID returns the FCSE process ID (CP15 c13), as the value written: the
// 7-bit PID in bits [31:25].
//
//go:nosplit
func PID() uint32

// SetPID sets the FCSE process ID (CP15 c13); virtual addresses below
// 32 MB are relocated by pid (bits [31:25]) before translation. The caller
// cleans the caches if the old mapping may hold dirty lines.
//
//go:nosplit
func SetPID(pid uint32)

// InvalidateTLB invalidates the instruction and data TLBs.
//
//go:nosplit
func InvalidateTLB()

// InvalidateICache invalidates the whole instruction cache.
//
//go:nosplit
func InvalidateICache()

// DrainWriteBuffer waits until the write buffer is empty.
//
//go:nosplit
func DrainWriteBuffer()

// CleanInvalidateDCache writes back every dirty data cache line, then
// invalidates it, walking all 8 segments x 64 lines by index, and drains
// the write buffer.
//
//go:nosplit
func CleanInvalidateDCache()

// invalidateCaches invalidates both caches without cleaning (only safe while
// the data cache has never been enabled).
//
//go:nosplit
func invalidateCaches()

// SetAsyncBusMode selects the asynchronous clocking mode (nF and iA set)
// that the S3C2440A requires whenever HCLK differs from FCLK.
//
//go:nosplit
func SetAsyncBusMode() {
	writeControl(readControl() | CTRL_nF | CTRL_iA)
}

// SyncInstructions makes instructions written by data stores visible to
// instruction fetch: it cleans the data cache and invalidates the
// instruction cache.
//
//go:nosplit
func SyncInstructions() {
	CleanInvalidateDCache()
	InvalidateICache()
}

// Control returns the CP15 c1 control register.
//
//go:nosplit
func Control() uint32 {
	return readControl()
}
