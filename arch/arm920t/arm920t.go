// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package arm920t supports the ARM920T core (ARMv4T) under GOOS=tamago:
// processor modes and status, the CP15 system control coprocessor (MMU,
// caches, write buffer, FCSE), the exception vectors and the kernel-mode
// fault report.
//
// # Model
//
// Go code runs in System mode (privileged, sharing the User mode register
// bank), so a goroutine's stack pointer is the banked SP of System/User mode
// and the exception modes keep their own small stacks, set by the board's
// cpuinit. The CPU takes every exception through the high vectors at
// 0xFFFF0000 (see vectors.go): the page there is mapped to a page of SDRAM
// and virtual address 0 stays unmapped, so a nil pointer dereference is a
// data abort instead of a read of the boot ROM.
//
// An exception saves the interrupted register set into a Context (r0-r15,
// CPSR). Every vector first looks at the mode field of SPSR:
//
//   - From User mode, the exception ends a Context.Run (user.go): the user
//     registers are stored into the running Context and the goroutine that
//     called Run continues, with Context.Exception telling why. This is
//     the kernel side of a future LWP: a goroutine loops on Run and handles
//     system calls (SWI 0xa00000|n), page faults and the tick (an IRQ from
//     User mode returns to it too; the IRQ itself is then taken in kernel
//     mode as soon as Run unmasks IRQs), so a scheduler of our own can
//     switch LWPs there.
//   - From a privileged mode (the kernel), an IRQ is dispatched and returns
//     to the interrupted code; anything else is a kernel bug, reported with
//     the registers, fault status and symbolized pc (exception.go), and the
//     kernel halts.
//
// # Locking
//
// The kernel is uniprocessor. Code that shares state with interrupt context
// masks IRQs with DisableInterrupts/RestoreInterrupts around the critical
// section; nothing here takes a lock, so everything is usable from
// exception context and before the Go runtime has started.
//
// This package does not use the ARMv5 path of the tamago arm package: that
// code relies on instructions and modes an ARMv4T lacks (the ARMv7 WFI hint
// in its exit path, the Monitor-mode stack set-up, HYP detection with ERET
// in its cpuinit) and its irq_enable ignores its argument on ARMv5.
package arm920t

// Processor modes (CPSR[4:0]).
const (
	USR_MODE = 0x10
	FIQ_MODE = 0x11
	IRQ_MODE = 0x12
	SVC_MODE = 0x13
	ABT_MODE = 0x17
	UND_MODE = 0x1b
	SYS_MODE = 0x1f
)

// CPSR bits.
const (
	CPSR_MODE = 0x1f
	CPSR_T    = 1 << 5
	CPSR_F    = 1 << 6
	CPSR_I    = 1 << 7
)

// Context is a complete ARM register set as saved on exception entry.
type Context struct {
	// R holds r0-r12, sp (r13), lr (r14) and pc (r15) of the interrupted
	// mode; pc is the address of the instruction that faulted or would
	// have run next.
	R [16]uint32
	// CPSR is the interrupted program status (the exception mode's SPSR).
	CPSR uint32
	// Exception is the vector offset of the exception that saved the
	// context.
	Exception uint32
}

// Mode returns the processor mode the context was interrupted in.
func (c *Context) Mode() uint32 {
	return c.CPSR & CPSR_MODE
}

// ModeName returns the name of a processor mode.
func ModeName(mode uint32) string {
	switch mode {
	case USR_MODE:
		return "USR"
	case FIQ_MODE:
		return "FIQ"
	case IRQ_MODE:
		return "IRQ"
	case SVC_MODE:
		return "SVC"
	case ABT_MODE:
		return "ABT"
	case UND_MODE:
		return "UND"
	case SYS_MODE:
		return "SYS"
	}
	return "invalid"
}

// defined in arm920t.s

// CPSR returns the current program status register.
//
//go:nosplit
func CPSR() uint32

// DisableInterrupts masks IRQs and returns the previous CPSR for
// RestoreInterrupts.
//
//go:nosplit
func DisableInterrupts() (cpsr uint32)

// RestoreInterrupts restores the IRQ and FIQ masks saved by
// DisableInterrupts.
//
//go:nosplit
func RestoreInterrupts(cpsr uint32)

// EnableInterrupts unmasks IRQs.
//
//go:nosplit
func EnableInterrupts()

// WaitForInterrupt stops the core clock until an interrupt request is
// asserted (CP15 c7 wait-for-interrupt). It returns even while IRQs are
// masked in CPSR, so a caller masks them to close the race between checking
// for work and waiting, then unmasks them to take the interrupt.
//
//go:nosplit
func WaitForInterrupt()

// Semihosting issues an ARM semihosting call (SWI 0x123456) with operation
// op and parameter arg, and returns r0. Without a debugger or emulator
// serving the call the SWI traps to the kernel, which returns 0xFFFFFFFF.
//
//go:nosplit
func Semihosting(op uint32, arg uint32) uint32
