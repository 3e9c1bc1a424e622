// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package arm920t

// User mode execution.
//
// Run switches from the calling goroutine to a Context in User mode and
// back: runUser (user.s) pushes the kernel's registers on the goroutine
// stack, remembers that stack and the Context in kernelSP and userContext,
// loads the User mode registers and returns to User mode with MOVS pc, lr.
// The next exception taken from User mode (any vector, see vectors.s)
// stores the user registers into userContext, switches back to System
// mode on kernelSP, pops the kernel's registers and returns from runUser.
//
// IRQs are masked from before the switch until Run returns, so the
// kernel's half of the switch cannot be interrupted; User mode itself runs
// with IRQs enabled. The kernel is uniprocessor and Go code is not
// preempted, so one Run at a time is a given: the goroutine in Run keeps
// the CPU until User mode takes an exception.

var (
	// kernelSP is the System mode stack pointer of the goroutine in Run.
	kernelSP uint32
	// userContext is the Context being run.
	userContext *Context
)

// defined in user.s
func runUser(c *Context)

// userExit is the common tail of the vectors' User mode exit; it returns
// from runUser.
func userExit()

// Run executes c in User mode, with IRQs and FIQs enabled and in ARM
// state whatever c.CPSR says, until an exception; it returns with c
// holding the registers at the exception and c.Exception its vector
// (UNDEFINED, SWI, PREFETCH_ABORT, DATA_ABORT or IRQ). R[15] is then the
// instruction to resume at: the one after a SWI, the one interrupted by an
// IRQ, the faulting one for the others. FaultStatus and FaultAddress
// describe a data abort until the next one.
func (c *Context) Run() {
	c.CPSR = c.CPSR&^(CPSR_MODE|CPSR_T|CPSR_I|CPSR_F) | USR_MODE
	s := DisableInterrupts()
	userContext = c
	runUser(c)
	userContext = nil
	RestoreInterrupts(s)
}
