// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Package tests boots small bare-metal programs on QEMU's mini2440 machine
// to check the device models.
//
// Each program is a qemu/tests/NAME.S file (GNU as, ARMv4T), assembled with
// Debian's arm-none-eabi binutils and linked at 0x30000000. Boot starts it
// with `-M mini2440 -kernel NAME.elf` under -icount, with UART0 on a Unix
// socket the test reads (and may write), an optional QMP socket, and ARM
// semihosting so the program's SYS_EXIT becomes QEMU's exit status. The
// QEMU binary comes from $QEMU_SYSTEM_ARM (set by `make test-qemu`).
package tests

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Options adjust how Boot starts QEMU.
type Options struct {
	// Icount is the -icount argument; "shift=4,sleep=off" (16 ns per
	// instruction, idle time skipped) if empty.
	Icount string
	// QMP adds a QMP monitor socket (see Machine.QMP). The guest starts
	// only once the client is connected, so no event is missed.
	QMP bool
	// Args are extra QEMU arguments.
	Args []string
	// Timeout bounds the whole run (wall clock); 60 s if zero.
	Timeout time.Duration
	// Loader boots the program as a raw binary through
	// `-device loader,...,cpu-num=0` instead of -kernel.
	Loader bool
}

// Machine is a running QEMU.
type Machine struct {
	t        *testing.T
	cmd      *exec.Cmd
	uart     net.Conn
	qmp      *QMP
	mu       sync.Mutex
	out      bytes.Buffer
	outCh    chan struct{} // signalled on new UART output
	done     chan struct{}
	exitCode int
	stderr   bytes.Buffer
	timer    *time.Timer
}

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

func qemuBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("QEMU_SYSTEM_ARM")
	if bin == "" {
		t.Skip("QEMU_SYSTEM_ARM not set (run through `make test-qemu`)")
	}
	return bin
}

// Assemble builds NAME.S into an ELF and returns its path.
func Assemble(t *testing.T, name string) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "mini2440-qemu-tests")
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	obj := filepath.Join(buildDir, name+".o")
	elf := filepath.Join(buildDir, name+".elf")
	run := func(name string, args ...string) {
		out, err := exec.Command(name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
	}
	run("arm-none-eabi-as", "-march=armv4t", "-I", ".", "-o", obj, name+".S")
	run("arm-none-eabi-ld", "-Ttext=0x30000000", "-e", "_start", "-o", elf, obj)
	return elf
}

// Boot assembles NAME.S and starts it on the mini2440 machine.
func Boot(t *testing.T, name string, opt Options) *Machine {
	t.Helper()
	bin := qemuBinary(t)
	elf := Assemble(t, name)
	dir, err := os.MkdirTemp("", "m2440-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	uartSock := filepath.Join(dir, "uart0")
	qmpSock := filepath.Join(dir, "qmp")
	icount := opt.Icount
	if icount == "" {
		icount = "shift=4,sleep=off"
	}
	image := []string{"-kernel", elf}
	if opt.Loader {
		bin := filepath.Join(dir, name+".bin")
		if out, err := exec.Command("arm-none-eabi-objcopy", "-O", "binary", elf, bin).CombinedOutput(); err != nil {
			t.Fatalf("objcopy: %v\n%s", err, out)
		}
		image = []string{"-device", "loader,file=" + bin + ",addr=0x30000000,cpu-num=0"}
	}
	args := append([]string{"-M", "mini2440", "-nographic"}, image...)
	args = append(args,
		"-monitor", "none", "-icount", icount,
		"-semihosting-config", "enable=on,target=native",
		"-chardev", "socket,id=uart0,path="+uartSock+",server=on,wait=on",
		"-serial", "chardev:uart0")
	if opt.QMP {
		args = append(args, "-S", "-qmp", "unix:"+qmpSock+",server=on,wait=off")
	}
	args = append(args, opt.Args...)
	m := &Machine{t: t, outCh: make(chan struct{}, 1), done: make(chan struct{})}
	m.cmd = exec.Command(bin, args...)
	m.cmd.Stderr = &m.stderr
	m.cmd.Stdout = &m.stderr
	if err := m.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timeout := opt.Timeout
	if timeout == 0 {
		timeout = 60 * time.Second
	}
	m.timer = time.AfterFunc(timeout, func() { m.cmd.Process.Kill() })
	go func() {
		m.cmd.Wait()
		m.exitCode = m.cmd.ProcessState.ExitCode()
		close(m.done)
	}()
	t.Cleanup(func() {
		m.cmd.Process.Kill()
		<-m.done
		m.timer.Stop()
	})
	m.uart = dial(t, uartSock, m.done)
	go m.readUART()
	if opt.QMP {
		m.qmp = dialQMP(t, qmpSock, m.done)
		if _, err := m.qmp.Execute("cont", nil); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// dial connects to a Unix socket QEMU is about to create.
func dial(t *testing.T, path string, done chan struct{}) net.Conn {
	t.Helper()
	for i := 0; ; i++ {
		c, err := net.Dial("unix", path)
		if err == nil {
			return c
		}
		select {
		case <-done:
			t.Fatalf("QEMU exited before %s was ready", filepath.Base(path))
		case <-time.After(20 * time.Millisecond):
		}
		if i > 500 {
			t.Fatalf("connect %s: %v", path, err)
		}
	}
}

func (m *Machine) readUART() {
	buf := make([]byte, 4096)
	for {
		n, err := m.uart.Read(buf)
		if n > 0 {
			m.mu.Lock()
			m.out.Write(buf[:n])
			m.mu.Unlock()
			select {
			case m.outCh <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// Output returns everything UART0 has sent so far.
func (m *Machine) Output() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.out.String()
}

// WaitOutput waits until UART0 output contains s.
func (m *Machine) WaitOutput(s string, timeout time.Duration) {
	m.t.Helper()
	deadline := time.After(timeout)
	for !strings.Contains(m.Output(), s) {
		select {
		case <-m.outCh:
		case <-m.done:
			if strings.Contains(m.Output(), s) {
				return
			}
			m.t.Fatalf("QEMU exited before printing %q; output:\n%s%s", s, m.Output(), m.stderr.String())
		case <-deadline:
			m.t.Fatalf("no %q on UART0 after %v; output:\n%s", s, timeout, m.Output())
		}
	}
}

// SendUART writes bytes into UART0's receiver.
func (m *Machine) SendUART(b []byte) {
	m.t.Helper()
	if _, err := m.uart.Write(b); err != nil {
		m.t.Fatal(err)
	}
}

// Wait waits for QEMU to exit and returns its exit status (the guest's
// semihosting exit: 0 pass, 1 fail; -1 when killed by the timeout).
func (m *Machine) Wait() int {
	<-m.done
	m.timer.Stop()
	// Let the reader drain what QEMU sent before exiting.
	time.Sleep(50 * time.Millisecond)
	return m.exitCode
}

// ExpectPass waits for the guest to exit and fails the test unless it
// reported success.
func (m *Machine) ExpectPass() {
	m.t.Helper()
	if code := m.Wait(); code != 0 || !strings.Contains(m.Output(), "PASS") {
		m.t.Fatalf("guest failed (exit %d); UART0:\n%s\nQEMU:\n%s", code, m.Output(), m.stderr.String())
	}
}

// QMP is a minimal QMP client. A reader goroutine collects events and
// hands command replies to Execute.
type QMP struct {
	conn    net.Conn
	replies chan qmpReply
	mu      sync.Mutex
	events  []map[string]any
	closed  chan struct{}
}

type qmpReply struct {
	Return json.RawMessage `json:"return"`
	Error  *struct {
		Class, Desc string
	} `json:"error"`
}

func dialQMP(t *testing.T, path string, done chan struct{}) *QMP {
	t.Helper()
	q := &QMP{conn: dial(t, path, done), replies: make(chan qmpReply, 1),
		closed: make(chan struct{})}
	r := bufio.NewReader(q.conn)
	if _, err := r.ReadBytes('\n'); err != nil { // greeting
		t.Fatal(err)
	}
	go q.read(r)
	if _, err := q.Execute("qmp_capabilities", nil); err != nil {
		t.Fatal(err)
	}
	return q
}

func (q *QMP) read(r *bufio.Reader) {
	defer close(q.closed)
	for {
		line, err := r.ReadBytes('\n')
		if err != nil {
			return
		}
		var msg map[string]any
		if json.Unmarshal(line, &msg) != nil {
			continue
		}
		if _, ok := msg["event"]; ok {
			q.mu.Lock()
			q.events = append(q.events, msg)
			q.mu.Unlock()
			continue
		}
		var rep qmpReply
		json.Unmarshal(line, &rep)
		q.replies <- rep
	}
}

// QMP returns the machine's QMP client (Options.QMP must be set).
func (m *Machine) QMP() *QMP {
	if m.qmp == nil {
		m.t.Fatal("machine started without Options.QMP")
	}
	return m.qmp
}

// Execute runs a QMP command and returns its "return" value.
func (q *QMP) Execute(cmd string, args map[string]any) (json.RawMessage, error) {
	req := map[string]any{"execute": cmd}
	if args != nil {
		req["arguments"] = args
	}
	b, _ := json.Marshal(req)
	if _, err := q.conn.Write(append(b, '\n')); err != nil {
		return nil, err
	}
	select {
	case rep := <-q.replies:
		if rep.Error != nil {
			return nil, fmt.Errorf("%s: %s: %s", cmd, rep.Error.Class, rep.Error.Desc)
		}
		return rep.Return, nil
	case <-q.closed:
		return nil, fmt.Errorf("%s: QMP connection closed", cmd)
	}
}

// Events returns the QMP events with the given name received so far (all
// of them once QEMU has exited).
func (q *QMP) Events(name string) []map[string]any {
	q.mu.Lock()
	defer q.mu.Unlock()
	var evs []map[string]any
	for _, ev := range q.events {
		if ev["event"] == name {
			evs = append(evs, ev)
		}
	}
	return evs
}

// WaitClosed waits until QEMU has closed the QMP connection (after exit),
// so Events is complete.
func (q *QMP) WaitClosed() {
	<-q.closed
}
