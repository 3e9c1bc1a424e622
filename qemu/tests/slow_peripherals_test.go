// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package tests

// Tests of the GPIO/EINT, RTC and NAND models (qemu/hw/s3c2440_gpio.c,
// s3c2440_rtc.c, s3c2440_nand.c). Each boots one guest program from this
// directory (through the harness, except the NAND boot which has no
// -kernel) and checks that it passes; the GPIO test also presses the
// board's buttons and reads its LEDs over QMP. The NAND ECC constants the guest checks are computed
// here by an independent reference of the contract in
// qemu/README-peripherals.md and cross-checked against boot/nand.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mini2440-go/kernel/boot/nand"
)

const slowGPIOPath = "/machine/gpio"

func slowQOMGet(t *testing.T, q *QMP, prop string) bool {
	t.Helper()
	v, err := q.Execute("qom-get", map[string]any{"path": slowGPIOPath, "property": prop})
	if err != nil {
		t.Fatalf("qom-get %s %s: %v", slowGPIOPath, prop, err)
	}
	var b bool
	if err := json.Unmarshal(v, &b); err != nil {
		t.Fatalf("qom-get %s: %v in %s", prop, err, v)
	}
	return b
}

func slowLEDs(t *testing.T, q *QMP) [4]bool {
	t.Helper()
	var on [4]bool
	for i := range on {
		on[i] = slowQOMGet(t, q, fmt.Sprintf("led%d", i+1))
	}
	return on
}

func slowWaitLEDs(t *testing.T, q *QMP, want [4]bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := slowLEDs(t, q)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("LEDs %v, want %v", got, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// slowButton presses or releases button Kk. A press is read back; after
// the last release the guest may already have exited.
func slowButton(t *testing.T, q *QMP, k int, pressed bool) {
	t.Helper()
	prop := fmt.Sprintf("button-k%d", k)
	if _, err := q.Execute("qom-set", map[string]any{"path": slowGPIOPath, "property": prop, "value": pressed}); err != nil {
		t.Fatalf("qom-set %s: %v", prop, err)
	}
	if pressed && !slowQOMGet(t, q, prop) {
		t.Fatalf("%s reads false after a press", prop)
	}
}

// TestGPIOButtonsAndLEDs follows gpio_buttons.S: the guest shows where it
// is on the LEDs, the test presses and releases K1 (EINT8, both edges) and
// K6 (EINT19, low level) in turn.
func TestGPIOButtonsAndLEDs(t *testing.T) {
	m := Boot(t, "gpio_buttons", Options{QMP: true,
		Args: []string{"-global", "s3c2440-gpio.log-leds=on"}})
	q := m.QMP()
	slowWaitLEDs(t, q, [4]bool{true, false, true, false})
	slowButton(t, q, 1, true)
	slowWaitLEDs(t, q, [4]bool{false, true, false, true})
	slowButton(t, q, 1, false)
	slowWaitLEDs(t, q, [4]bool{true, true, false, false})
	slowButton(t, q, 6, true)
	slowWaitLEDs(t, q, [4]bool{false, false, true, true})
	slowButton(t, q, 6, false)
	m.ExpectPass()
	for _, line := range []string{"LED1 on", "LED2 on", "LED3 off", "LED4 off"} {
		if !strings.Contains(m.stderr.String(), "mini2440: "+line) {
			t.Errorf("no %q line from log-leds:\n%s", line, m.stderr.String())
		}
	}
}

// TestGPIOEINTLevels: EINT0 and EINT4 on undriven (high) pins, level
// triggers, EINTPEND/EINTMASK, GSTATUS1/2.
func TestGPIOEINTLevels(t *testing.T) {
	Boot(t, "gpio_eint_levels", Options{}).ExpectPass()
}

// TestRTCCalendarAndAlarm needs wall-clock seconds (the calendar follows
// the host clock), so it runs without the harness's default idle skip.
func TestRTCCalendarAndAlarm(t *testing.T) {
	Boot(t, "rtc_calendar", Options{Icount: "shift=4", Timeout: 30 * time.Second}).ExpectPass()
}

// TestRTCTickUnderIcount: with 4 ns per instruction, rtc_tick.S counts
// the loop iterations between ticks and checks 128 Hz and 32 Hz exactly.
func TestRTCTickUnderIcount(t *testing.T) {
	Boot(t, "rtc_tick", Options{Icount: "shift=2"}).ExpectPass()
}

func TestNANDOperations(t *testing.T) {
	Boot(t, "nand_ops", Options{}).ExpectPass()
}

const (
	slowPageMain  = 2048
	slowPageTotal = 2048 + 64
	slowPages128M = 65536
)

// slowErasedImage writes an erased 128 MiB NAND image.
func slowErasedImage(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "nand.img")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := bytes.Repeat([]byte{0xFF}, 64*slowPageTotal)
	for i := 0; i < slowPages128M/64; i++ {
		if _, err := f.Write(block); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestNANDOperationsOnDrive runs nand_ops.S against an image file: the
// data goes through the block layer, and at the end (block 1 erased
// again) the image must be all 0xFF.
func TestNANDOperationsOnDrive(t *testing.T) {
	qemuBinary(t)
	img := slowErasedImage(t)
	Boot(t, "nand_ops", Options{Args: []string{"-drive", "if=mtd,format=raw,file=" + img}}).ExpectPass()
	data, err := os.ReadFile(img)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) != slowPages128M*slowPageTotal {
		t.Fatalf("image is %d bytes", len(data))
	}
	for i, b := range data {
		if b != 0xFF {
			t.Fatalf("image byte %d (page %d) is %#x, want erased", i, i/slowPageTotal, b)
		}
	}
}

// TestNANDBoot writes nand_boot.S into pages 0 and 1 (main data only) of
// an image and boots without -kernel: the board must copy both pages to
// the steppingstone and start there.
func TestNANDBoot(t *testing.T) {
	bin := qemuBinary(t)
	dir := t.TempDir()
	obj := filepath.Join(dir, "nand_boot.o")
	elf := filepath.Join(dir, "nand_boot.elf")
	raw := filepath.Join(dir, "nand_boot.bin")
	for _, c := range [][]string{
		{"arm-none-eabi-as", "-march=armv4t", "-o", obj, "nand_boot.S"},
		{"arm-none-eabi-ld", "-Ttext=0", "-o", elf, obj},
		{"arm-none-eabi-objcopy", "-O", "binary", elf, raw},
	} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
	code, err := os.ReadFile(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(code) <= slowPageMain || len(code) > 2*slowPageMain {
		t.Fatalf("nand_boot.bin is %d bytes, want page 0 and part of page 1", len(code))
	}
	img := slowErasedImage(t)
	f, err := os.OpenFile(img, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(code[:slowPageMain], 0); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(code[slowPageMain:], slowPageTotal); err != nil {
		t.Fatal(err)
	}
	f.Close()

	uart := filepath.Join(dir, "uart0.txt")
	cmd := exec.Command(bin, "-M", "mini2440", "-display", "none",
		"-monitor", "none", "-serial", "file:"+uart,
		"-semihosting-config", "enable=on,target=native",
		"-drive", "if=mtd,format=raw,file="+img)
	var stderr bytes.Buffer
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	kill := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	err = cmd.Wait()
	kill.Stop()
	out, _ := os.ReadFile(uart)
	if err != nil || !strings.Contains(string(out), "mini2440 NAND boot: steppingstone OK") {
		t.Fatalf("qemu: %v; uart0 %q; stderr %s", err, out, stderr.String())
	}
}

// ---- ECC reference --------------------------------------------------------

// slowParity returns the even parities of the contract: lp[h] bit k is the
// parity of the bytes whose index has bit k == h, cp[h] bit j that of the
// bits whose number has bit j == h.
func slowParity(d []byte, indexBits int) (lp [2]uint32, cp [2]uint32) {
	for i, b := range d {
		for bit := 0; bit < 8; bit++ {
			v := uint32(b>>bit) & 1
			for k := 0; k < indexBits; k++ {
				lp[i>>k&1] ^= v << k
			}
			for j := 0; j < 3; j++ {
				cp[bit>>j&1] ^= v << j
			}
		}
	}
	return lp, cp
}

// slowPair puts the (_1, _0) halves of pair n of (one, zero) at bits hi, lo.
func slowPair(one, zero uint32, n, hi, lo int) uint32 {
	return (one>>n&1)<<hi | (zero>>n&1)<<lo
}

// slowMainECC is NFMECC0 for d (up to 2048 bytes).
func slowMainECC(d []byte) uint32 {
	lp, cp := slowParity(d, 11)
	var code uint32
	for k := 0; k < 9; k++ {
		code |= slowPair(lp[1], lp[0], k, 2*k+1, 2*k)
	}
	for j := 0; j < 3; j++ {
		code |= slowPair(cp[1], cp[0], j, 19+2*j, 18+2*j)
	}
	code |= slowPair(lp[1], lp[0], 9, 29, 28) | slowPair(lp[1], lp[0], 10, 31, 30)
	return code
}

// slowSpareECC is NFSECC for d (up to 16 bytes).
func slowSpareECC(d []byte) uint32 {
	lp, cp := slowParity(d, 4)
	return slowPair(cp[1], cp[0], 1, 1, 0) | slowPair(cp[1], cp[0], 2, 3, 2) |
		slowPair(lp[1], lp[0], 0, 5, 4) | slowPair(lp[1], lp[0], 1, 7, 6) |
		slowPair(lp[1], lp[0], 2, 11, 10) | slowPair(lp[1], lp[0], 3, 13, 12) |
		slowPair(cp[1], cp[0], 0, 15, 14)
}

// slowTestData is nand_ops.S's data: xorshift32 from seed, low bytes.
func slowTestData(seed uint32) []byte {
	d := make([]byte, slowPageMain)
	x := seed
	for i := range d {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		d[i] = byte(x)
	}
	return d
}

// slowEqu reads the .equ constants of a test program.
func slowEqu(t *testing.T, file string) map[string]uint32 {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]uint32{}
	re := regexp.MustCompile(`(?m)^\s*\.equ\s+(\w+),\s*(0x[0-9a-fA-F]+|\d+)\s*(@.*)?$`)
	for _, g := range re.FindAllStringSubmatch(string(src), -1) {
		v, err := strconv.ParseUint(g[2], 0, 32)
		if err != nil {
			t.Fatal(err)
		}
		m[g[1]] = uint32(v)
	}
	return m
}

// TestNANDECCReference recomputes the ECC values nand_ops.S expects from
// the model, and checks the 512-byte code against boot/nand.Compute.
func TestNANDECCReference(t *testing.T) {
	equ := slowEqu(t, "nand_ops.S")
	data := slowTestData(equ["SEED"])
	if got := slowMainECC(data); got != equ["ECC_DATA"] {
		t.Errorf("ECC_DATA: reference %#08x, nand_ops.S %#08x", got, equ["ECC_DATA"])
	}
	flipped := append([]byte(nil), data...)
	flipped[1000] &^= 1 << 5
	if flipped[1000] == data[1000] {
		t.Fatal("bit 5 of byte 1000 is already clear; the test needs it set")
	}
	if got := slowMainECC(flipped); got != equ["ECC_FLIPPED"] {
		t.Errorf("ECC_FLIPPED: reference %#08x, nand_ops.S %#08x", got, equ["ECC_FLIPPED"])
	}
	spare := []byte{
		byte(equ["ECC_DATA"]), byte(equ["ECC_DATA"] >> 8), byte(equ["ECC_DATA"] >> 16), byte(equ["ECC_DATA"] >> 24),
		byte(equ["SPARE_WORD2"]), byte(equ["SPARE_WORD2"] >> 8), byte(equ["SPARE_WORD2"] >> 16), byte(equ["SPARE_WORD2"] >> 24),
	}
	if got := slowSpareECC(spare); got != equ["ECC_SPARE"] {
		t.Errorf("ECC_SPARE: reference %#04x, nand_ops.S %#04x", got, equ["ECC_SPARE"])
	}
	if got := slowMainECC(bytes.Repeat([]byte{0xFF}, slowPageMain)); got != 0 {
		t.Errorf("ECC of erased data %#08x, want 0", got)
	}
	for _, sector := range [][]byte{data[:512], data[512:1024], flipped[768:1280]} {
		if got, want := slowMainECC(sector)&0xFFFFFF, uint32(nand.Compute(sector)); got != want {
			t.Errorf("512-byte code %#06x, boot/nand computes %#06x", got, want)
		}
	}
}

// TestNANDLargeChip: a 256 MiB image makes the chip a 2048-block part with
// three row address cycles; nand_big.S programs a page of the last block,
// which must then be in the image at its place.
func TestNANDLargeChip(t *testing.T) {
	qemuBinary(t)
	const pages = 2 * slowPages128M
	path := filepath.Join(t.TempDir(), "nand256.img")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	block := bytes.Repeat([]byte{0xFF}, 64*slowPageTotal)
	for i := 0; i < pages/64; i++ {
		if _, err := f.Write(block); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	Boot(t, "nand_big", Options{Args: []string{"-drive", "if=mtd,format=raw,file=" + path}}).ExpectPass()

	equ := slowEqu(t, "nand_big.S")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := data[int(equ["ROW"])*slowPageTotal:][:slowPageTotal]
	w := uint32(0x00010203)
	for i := 0; i < slowPageMain; i += 4 {
		got := uint32(page[i]) | uint32(page[i+1])<<8 | uint32(page[i+2])<<16 | uint32(page[i+3])<<24
		if got != w {
			t.Fatalf("page %#x word %d is %#08x, want %#08x", equ["ROW"], i/4, got, w)
		}
		w += 0x01010101
	}
	for i, b := range page[slowPageMain:] {
		if b != 0xFF {
			t.Fatalf("spare byte %d is %#x, want erased", i, b)
		}
	}
}
