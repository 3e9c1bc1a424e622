// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package boottest boots the mini2440 QEMU machine the ways a real board
// boots: from NAND through the first-stage loader (boot/nandloader), and
// from a raw image placed in SDRAM the way supervivi or U-Boot leave it.
//
// The tests read UART0 from QEMU's stdout and wait for known lines, each
// with a timeout. They need the paths `make test-boot` passes in the
// environment (QEMU_SYSTEM_ARM, NANDIMAGE, BOOT_LOADER_BIN, ...) and skip
// when run without them.
//
// The stand-in kernel (boot/testpayload) checks the loader on its own:
// it prints what the loader handed over and exits through semihosting,
// so those tests also check QEMU's exit status. The real kernel tests
// wait for the kernel's banner and then stop QEMU.
package boottest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mini2440-go/kernel/boot/nand"
)

// kernelBanner is the first line the kernel prints (kernel/main.go).
const kernelBanner = "mini2440 kernel (GOOS="

func env(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		t.Skipf("%s not set: run through `make test-boot`", name)
	}
	return v
}

func envAddr(t *testing.T, name string) uint32 {
	t.Helper()
	n, err := strconv.ParseUint(env(t, name), 0, 32)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return uint32(n)
}

// machine is a running QEMU whose UART0 output is collected.
type machine struct {
	t    *testing.T
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
	err  error // exit error, valid after done
}

type lockedWriter struct{ m *machine }

func (w lockedWriter) Write(p []byte) (int, error) {
	w.m.mu.Lock()
	defer w.m.mu.Unlock()
	return w.m.out.Write(p)
}

// boot starts qemu-system-arm -M mini2440 with UART0 on stdout and the
// given extra arguments; QEMU is killed when the test ends.
func boot(t *testing.T, args ...string) *machine {
	t.Helper()
	base := []string{"-M", "mini2440", "-display", "none", "-monitor", "none",
		"-serial", "stdio", "-semihosting-config", "enable=on,target=native"}
	m := &machine{t: t, done: make(chan struct{})}
	m.cmd = exec.Command(env(t, "QEMU_SYSTEM_ARM"), append(base, args...)...)
	m.cmd.Stdout = lockedWriter{m}
	m.cmd.Stderr = lockedWriter{m}
	t.Logf("qemu %s", strings.Join(m.cmd.Args[1:], " "))
	if err := m.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { m.err = m.cmd.Wait(); close(m.done) }()
	t.Cleanup(func() {
		m.cmd.Process.Kill()
		<-m.done
		t.Logf("UART0 and QEMU output:\n%s", m.output())
	})
	return m
}

func (m *machine) output() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.out.String()
}

// waitFor waits until the output holds every line fragment, in order.
func (m *machine) waitFor(timeout time.Duration, want ...string) {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		exited := false
		select {
		case <-m.done: // the output is complete once Wait has returned
			exited = true
		default:
		}
		missing := firstMissing(m.output(), want)
		switch {
		case missing == "":
			return
		case exited:
			m.t.Fatalf("QEMU exited (%v) before printing %q", m.err, missing)
		case time.Now().After(deadline):
			m.t.Fatalf("no %q within %v", missing, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// firstMissing returns the first of want not found in out after the
// ones before it, or "" when all are there in order.
func firstMissing(out string, want []string) string {
	for _, w := range want {
		i := strings.Index(out, w)
		if i < 0 {
			return w
		}
		out = out[i+len(w):]
	}
	return ""
}

// waitExit waits for QEMU to exit and returns its exit status.
func (m *machine) waitExit(timeout time.Duration) int {
	m.t.Helper()
	select {
	case <-m.done:
	case <-time.After(timeout):
		m.t.Fatalf("QEMU still running after %v", timeout)
	}
	if ee, ok := m.err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if m.err != nil {
		m.t.Fatal(m.err)
	}
	return 0
}

// payloadImage builds a NAND image with cmd/nandimage: the loader, the
// stand-in kernel and a small user program, block 1 (the kernel slot's
// first block) marked bad.
func payloadImage(t *testing.T) (path string, user []byte) {
	t.Helper()
	return payloadImageWith(t, 0, "1")
}

// payloadImageWith appends pad bytes to the stand-in kernel (they are
// loaded but never run) and marks the listed blocks bad.
func payloadImageWith(t *testing.T, pad int, bad string) (path string, user []byte) {
	t.Helper()
	dir := t.TempDir()
	kernel := env(t, "BOOT_PAYLOAD_BIN")
	if pad > 0 {
		b, err := os.ReadFile(kernel)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < pad; i++ {
			b = append(b, byte(i*7+i>>9))
		}
		kernel = filepath.Join(dir, "payload-padded.bin")
		if err := os.WriteFile(kernel, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	user = []byte("USER program bytes for the loader test\n")
	userPath := filepath.Join(dir, "user.bin")
	if err := os.WriteFile(userPath, user, 0o644); err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(dir, "nand.img")
	cmd := exec.Command(env(t, "NANDIMAGE"), "-o", path,
		"-loader", env(t, "BOOT_LOADER_BIN"),
		"-kernel", kernel, "-kernel-load", env(t, "BOOT_PAYLOAD_ADDR"),
		"-user", userPath, "-user-load", "0x31000000", "-bad", bad)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nandimage: %v\n%s", err, out)
	}
	return path, user
}

func nandDrive(path string) []string {
	return []string{"-drive", "if=mtd,format=raw,file=" + path}
}

// editImage applies fn to the image file in place.
func editImage(t *testing.T, path string, fn func(im *nand.Image)) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	im, err := nand.ImageFromRaw(raw)
	if err != nil {
		t.Fatal(err)
	}
	fn(im)
	if err := os.WriteFile(path, im.Raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNANDBootPayload(t *testing.T) {
	img, user := payloadImage(t)
	m := boot(t, nandDrive(img)...)
	m.waitFor(20*time.Second,
		"mini2440 NAND loader",
		"NAND: skipping bad block 1",
		"loader: kernel ",
		"loader: user program ",
		fmt.Sprintf("loader: starting kernel at %#08x", envAddr(t, "BOOT_PAYLOAD_ADDR")),
		"payload: started by the NAND loader",
		fmt.Sprintf("payload: user program first word %08x", binary.LittleEndian.Uint32(user)),
		"payload: registers as documented")
	if code := m.waitExit(10 * time.Second); code != 0 {
		t.Fatalf("payload exit status %d, want 0", code)
	}
}

func TestNANDBootCorrectsSingleBit(t *testing.T) {
	img, _ := payloadImage(t)
	// Kernel slot: block 1 is bad, so the header is block 2 page 0 and
	// the payload starts at block 2 page 1. Flip bit 3 of byte 100.
	editImage(t, img, func(im *nand.Image) {
		d, _ := im.Page(2, 1)
		d[100] ^= 1 << 3
	})
	m := boot(t, nandDrive(img)...)
	m.waitFor(20*time.Second,
		"NAND: corrected a flipped bit at block 2 page 1 sector 0",
		"payload: registers as documented")
	if code := m.waitExit(10 * time.Second); code != 0 {
		t.Fatalf("payload exit status %d, want 0", code)
	}
}

// TestNANDBootLargePayload loads a payload of about three blocks and an
// odd size across bad blocks 1 and 3, with one flipped bit in a stored
// code on the way.
func TestNANDBootLargePayload(t *testing.T) {
	fi, err := os.Stat(env(t, "BOOT_PAYLOAD_BIN"))
	if err != nil {
		t.Fatal(err)
	}
	size := int(fi.Size()) + 3*nand.BlockSize + 1001
	img, _ := payloadImageWith(t, 3*nand.BlockSize+1001, "1,3")
	editImage(t, img, func(im *nand.Image) {
		_, s := im.Page(4, 10)
		s[nand.ECCOffset+nand.ECCStride*2] ^= 0x20 // sector 2's ECC0
	})
	m := boot(t, nandDrive(img)...)
	m.waitFor(30*time.Second,
		"NAND: skipping bad block 1",
		"NAND: skipping bad block 3",
		"NAND: stored ECC has a flipped bit, data good, at block 4 page 10 sector 2",
		fmt.Sprintf("loader: kernel %d bytes", size),
		"payload: registers as documented")
	if code := m.waitExit(10 * time.Second); code != 0 {
		t.Fatalf("payload exit status %d, want 0", code)
	}
}

func TestNANDBootStopsOnDoubleBit(t *testing.T) {
	img, _ := payloadImage(t)
	editImage(t, img, func(im *nand.Image) {
		d, _ := im.Page(2, 1)
		d[100] ^= 1 << 3
		d[200] ^= 1 << 6
	})
	m := boot(t, nandDrive(img)...)
	m.waitFor(20*time.Second,
		"NAND: uncorrectable ECC error at block 2 page 1 sector 0",
		"loader: stopped")
	if strings.Contains(m.output(), "payload:") {
		t.Fatal("the loader started the payload after an uncorrectable error")
	}
}

func TestNANDBootNoKernel(t *testing.T) {
	img, _ := payloadImage(t)
	editImage(t, img, func(im *nand.Image) {
		d, s := im.Page(2, 0) // kernel header page: erase it
		for i := range d {
			d[i] = 0xff
		}
		for i := range s {
			s[i] = 0xff
		}
	})
	m := boot(t, nandDrive(img)...)
	m.waitFor(20*time.Second, "loader: no kernel in NAND", "loader: stopped")
}

func TestKernelNANDBoot(t *testing.T) {
	m := boot(t, nandDrive(env(t, "NAND_IMAGE"))...)
	m.waitFor(60*time.Second, "mini2440 NAND loader", "loader: starting kernel", kernelBanner)
}

func TestKernelNANDBootCorrupted(t *testing.T) {
	raw, err := os.ReadFile(env(t, "NAND_IMAGE"))
	if err != nil {
		t.Fatal(err)
	}
	img := filepath.Join(t.TempDir(), "nand-corrupt.img")
	if err := os.WriteFile(img, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	// Two flipped bits in sector 2 of the kernel's fifth page.
	editImage(t, img, func(im *nand.Image) {
		d, _ := im.Page(nand.KernelSlot.FirstBlock, 5)
		d[2*nand.SectorSize+7] ^= 0x01
		d[2*nand.SectorSize+300] ^= 0x80
	})
	m := boot(t, nandDrive(img)...)
	m.waitFor(60*time.Second,
		fmt.Sprintf("NAND: uncorrectable ECC error at block %d page 5 sector 2", nand.KernelSlot.FirstBlock),
		"loader: stopped")
	if strings.Contains(m.output(), kernelBanner) {
		t.Fatal("the kernel ran from a corrupted image")
	}
}

// TestKernelRawSDRAMImage starts kernel-sdram.bin the way supervivi's
// download-and-run does: loaded at 0x30000000, started there in SVC mode
// with the MMU off.
func TestKernelRawSDRAMImage(t *testing.T) {
	file := filepath.Join(env(t, "BOOT_IMAGES"), "kernel-sdram.bin")
	m := boot(t, "-device", "loader,file="+file+",addr=0x30000000,cpu-num=0")
	m.waitFor(60*time.Second, kernelBanner)
}

// TestKernelRawAtLoadAddress loads kernel.bin at the kernel's load address
// and starts it at its entry, as U-Boot's loadb + go would.
func TestKernelRawAtLoadAddress(t *testing.T) {
	file := filepath.Join(env(t, "BOOT_IMAGES"), "kernel.bin")
	m := boot(t,
		"-device", fmt.Sprintf("loader,file=%s,addr=%#x", file, envAddr(t, "KERNEL_LOAD_ADDR")),
		"-device", fmt.Sprintf("loader,addr=%#x,cpu-num=0", envAddr(t, "KERNEL_ENTRY")))
	m.waitFor(60*time.Second, kernelBanner)
}

// TestKernelAfterUntidyLoader starts kernel.bin from a boot loader that
// leaves the MMU, caches, high vectors and alignment checking on, other
// clock dividers, interrupt sources unmasked and the watchdog about to
// reset the board (boot/testpayload/messyboot.S). The kernel must boot as
// from reset, at its own clock rates, and survive past the watchdog's
// deadline.
func TestKernelAfterUntidyLoader(t *testing.T) {
	file := filepath.Join(env(t, "BOOT_IMAGES"), "kernel.bin")
	m := boot(t,
		"-device", fmt.Sprintf("loader,file=%s,addr=%#x", file, envAddr(t, "KERNEL_LOAD_ADDR")),
		"-device", fmt.Sprintf("loader,file=%s,addr=%#x", env(t, "BOOT_MESSY_BIN"), envAddr(t, "BOOT_MESSY_ADDR")),
		"-device", fmt.Sprintf("loader,addr=%#x,data=%#x,data-len=4", envAddr(t, "BOOT_MESSY_ADDR")+0xffc, envAddr(t, "KERNEL_ENTRY")),
		"-device", fmt.Sprintf("loader,addr=%#x,cpu-num=0", envAddr(t, "BOOT_MESSY_ADDR")),
		"-no-reboot")
	m.waitFor(60*time.Second, kernelBanner, "clocks: FCLK 405.000 MHz HCLK 101.250 MHz PCLK 50.625 MHz", "boot:")
	// the LEDs blink on: the kernel is still running a second later
	time.Sleep(time.Second)
	select {
	case <-m.done:
		t.Fatalf("QEMU exited (%v): the watchdog reset the board", m.err)
	default:
	}
}

// TestUImageHeader checks the U-Boot image's load and entry addresses.
func TestUImageHeader(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(env(t, "BOOT_IMAGES"), "kernel.uImage"))
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) < 64 || binary.BigEndian.Uint32(raw) != 0x27051956 {
		t.Fatal("kernel.uImage has no legacy U-Boot header")
	}
	load, entry := binary.BigEndian.Uint32(raw[16:]), binary.BigEndian.Uint32(raw[20:])
	if load != envAddr(t, "KERNEL_LOAD_ADDR") || entry != envAddr(t, "KERNEL_ENTRY") {
		t.Fatalf("uImage load %#x entry %#x, want %#x %#x", load, entry,
			envAddr(t, "KERNEL_LOAD_ADDR"), envAddr(t, "KERNEL_ENTRY"))
	}
}
