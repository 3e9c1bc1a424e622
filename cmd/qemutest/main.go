// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command qemutest runs a GOOS=tamago test binary (or any kernel ELF) on
// the QEMU mini2440 board, for `go test -exec`:
//
//	GOOS=tamago GOARCH=arm GOARM=4 go test -exec qemutest ./soc/...
//
// The binary boots with -kernel under -icount (deterministic virtual
// time), its arguments reach the guest on the semihosting command line
// (board/mini2440 sets os.Args from it), UART0 is the process's output and
// input, and the exit status is the guest's semihosting exit status, so go
// test reports the result like any run. A run that does not finish within
// -timeout (default: the test's -test.timeout plus a minute, or 5 minutes)
// is killed and fails.
//
// # Boots of their own
//
// Tests whose names start with TestCrash end the boot they run in (a fault
// report, a watchdog reset). The first boot skips them; each then runs in
// a boot of its own, named by -test.run=^Name$ (the wrapper lists them in
// a first, short boot with -test.list, honouring the -test.run given to go
// test).
// A crash test passes if it exits with status 0 (for instance on its second
// boot after a reset) or, having printed an expect-fault directive, if the
// boot ends with a nonzero status and output after the directive matching
// its pattern.
//
// # Directives
//
// A guest line starting with "qemutest: " is a directive (see package
// cmd/qemutest/guest for the guest side):
//
//	qemutest: expect-fault <regexp>   the boot is expected to end in a fault report
//	qemutest: serial <quoted string>  write the Go-quoted string to UART0's input
//	qemutest: qmp <json>              send one QMP command (e.g. qom-set)
//
// After serial and qmp the wrapper acknowledges with a byte on the
// semihosting console, which the guest waits for (SYS_READC). Virtual time
// runs much faster than real time while the guest idles (-icount
// sleep=off), so a guest that started a timeout without that handshake
// could see it expire before the host had even read the directive.
//
// With -icount-at symbol, the wrapper reports how many instructions ran
// from reset to that function (see icount.go) and ends the run there.
//
// Environment: QEMU_SYSTEM_ARM names the emulator (default
// qemu-system-arm in PATH); QEMUTEST_ICOUNT sets the icount shift
// (default 1: 2 ns per instruction, near the board's 405 MHz); V4TCHECK,
// if set, names the ARMv4T checker (cmd/v4tcheck), run on the binary
// before it boots: a binary with an instruction the ARM920T lacks fails.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DirectivePrefix starts every directive line printed by the guest.
const DirectivePrefix = "qemutest: "

// crashPrefix names the tests that get a boot of their own.
const crashPrefix = "TestCrash"

func main() {
	timeout := flag.Duration("timeout", 0, "kill the emulator after `duration` (default from -test.timeout, else 5m)")
	verbose := flag.Bool("x", false, "print the emulator command lines")
	icountAt := flag.String("icount-at", "", "report the instructions executed from reset to function `symbol` (e.g. main.main), then stop")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: qemutest [-timeout d] [-x] binary [args...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 1 {
		flag.Usage()
		os.Exit(2)
	}
	r := &runner{
		qemu:    os.Getenv("QEMU_SYSTEM_ARM"),
		icount:  os.Getenv("QEMUTEST_ICOUNT"),
		check:   os.Getenv("V4TCHECK"),
		binary:  flag.Arg(0),
		args:    flag.Args()[1:],
		timeout: *timeout,
		verbose: *verbose,
		countAt: *icountAt,
	}
	if r.qemu == "" {
		r.qemu = "qemu-system-arm"
	}
	if r.icount == "" {
		r.icount = "1"
	}
	if r.timeout == 0 {
		r.timeout = 5 * time.Minute
		if d, ok := testTimeout(r.args); ok && d > 0 {
			r.timeout = d + time.Minute
		}
	}
	os.Exit(r.run())
}

type runner struct {
	qemu, icount string
	check        string // ARMv4T checker run on the binary first
	binary       string
	args         []string
	timeout      time.Duration
	verbose      bool
	countAt      string // symbol to count instructions to, if any
}

// run boots the binary: once for its ordinary tests, then once per crash
// test. It returns the exit status for go test.
func (r *runner) run() int {
	if r.check != "" {
		out, err := exec.Command(r.check, r.binary).CombinedOutput()
		if err != nil {
			os.Stdout.Write(out)
			fmt.Printf("qemutest: %s %s: %v\n", r.check, r.binary, err)
			return 1
		}
	}

	crash, err := r.crashTests()
	if err != nil {
		fmt.Fprintln(os.Stderr, "qemutest:", err)
		return 1
	}

	status := 0
	if len(crash) == 0 {
		return r.boot(r.args).status
	}

	res := r.boot(withSkip(r.args, "^"+crashPrefix))
	if res.status != 0 {
		status = res.status
	}
	for _, name := range crash {
		start := time.Now()
		res := r.boot(withRun(r.args, "^"+name+"$"))
		ok, why := res.crashVerdict()
		if ok {
			if flagValue(r.args, "v") == "true" {
				fmt.Printf("--- PASS: %s (%s) [%.2fs]\n", name, why, time.Since(start).Seconds())
			}
		} else {
			fmt.Printf("--- FAIL: %s (%s)\n", name, why)
			status = 1
		}
	}
	if status == 0 && flagValue(r.args, "v") == "true" {
		fmt.Println("PASS")
	}
	return status
}

// result is what one boot produced.
type result struct {
	status  int
	output  []byte // console output after the last expect-fault directive
	expect  *regexp.Regexp
	timeout atomic.Bool
	counted atomic.Bool // -icount-at reached its symbol and stopped the run
	reset   atomic.Bool // the guest reset the board (-no-reboot made QEMU exit)
}

// crashVerdict judges a crash test's boot.
func (res *result) crashVerdict() (bool, string) {
	switch {
	case res.timeout.Load():
		return false, "timed out"
	case res.expect == nil && res.status == 0:
		return true, "passed in its own boot"
	case res.expect == nil:
		return false, fmt.Sprintf("exit status %d", res.status)
	case res.status == 0:
		return false, "no fault: the boot ended normally"
	case !res.expect.Match(res.output):
		return false, fmt.Sprintf("fault report does not match %q", res.expect)
	}
	return true, "expected fault reported"
}

// capture boots the binary with args and returns its console output
// instead of streaming it.
func (r *runner) capture(args []string) ([]byte, *result) {
	var out bytes.Buffer
	res := r.bootTo(args, &out)
	return out.Bytes(), res
}

// boot runs the binary once with args and streams its console.
func (r *runner) boot(args []string) *result {
	return r.bootTo(args, os.Stdout)
}

func (r *runner) bootTo(args []string, console io.Writer) *result {
	res := &result{status: 1}

	dir, err := os.MkdirTemp("", "qemutest")
	if err != nil {
		fmt.Fprintln(os.Stderr, "qemutest:", err)
		return res
	}
	defer os.RemoveAll(dir)
	qmpPath := filepath.Join(dir, "qmp.sock")
	eventsPath := filepath.Join(dir, "events.sock")
	gdbPath := filepath.Join(dir, "gdb.sock")
	semihostPath := filepath.Join(dir, "semihost.sock")

	qargs := []string{
		"-M", "mini2440",
		"-display", "none",
		"-monitor", "none",
		"-serial", "stdio",
		"-icount", "shift=" + r.icount + ",sleep=off",
		"-chardev", "socket,id=semihost,path=" + semihostPath + ",server=on,wait=off",
		"-semihosting-config", "enable=on,target=native,chardev=semihost",
		"-qmp", "unix:" + qmpPath + ",server=on,wait=off",
		"-qmp", "unix:" + eventsPath + ",server=on,wait=on",
		"-no-reboot",
		"-kernel", r.binary,
	}
	if len(args) > 0 {
		qargs = append(qargs, "-append", joinArgs(args))
	}
	// a watchdog reset must reboot the board, not end QEMU
	if hasCrashRun(args) {
		qargs = removeArg(qargs, "-no-reboot")
	}
	var countAddr uint64
	if r.countAt != "" {
		if countAddr, err = symbolAddress(r.binary, r.countAt); err != nil {
			fmt.Fprintln(os.Stderr, "qemutest:", err)
			return res
		}
		qargs = append(qargs, "-gdb", "unix:"+gdbPath+",server=on,wait=off", "-S")
	}
	if r.verbose {
		fmt.Fprintln(os.Stderr, r.qemu, strings.Join(qargs, " "))
	}

	cmd := exec.Command(r.qemu, qargs...)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "qemutest:", err)
		return res
	}

	timer := time.AfterFunc(r.timeout, func() {
		res.timeout.Store(true)
		cmd.Process.Kill()
	})
	defer timer.Stop()

	q := &qmpClient{path: qmpPath}
	defer q.close()

	abort := func(what string, err error) *result {
		fmt.Fprintf(os.Stderr, "qemutest: %s: %v\n", what, err)
		cmd.Process.Kill()
		cmd.Wait()
		return res
	}

	// QEMU waits for this connection before it starts the board.
	events, err := dialQMP(eventsPath)
	if err != nil {
		return abort("QMP events", err)
	}
	defer events.Close()
	go watchResets(events, &res.reset)

	// The semihosting console exists by now: QEMU creates its chardevs in
	// command-line order and waited for the events connection.
	semihost, err := net.Dial("unix", semihostPath)
	if err != nil {
		return abort("semihosting console", err)
	}
	defer semihost.Close()
	go io.Copy(os.Stderr, semihost)
	ack := func() { semihost.Write([]byte{'\n'}) }

	if r.countAt != "" {
		go func() {
			n, err := countTo(gdbPath, q, countAddr)
			if err != nil {
				fmt.Fprintf(os.Stderr, "qemutest: counting to %s: %v\n", r.countAt, err)
				cmd.Process.Kill()
				return
			}
			fmt.Printf("qemutest: %d instructions from reset to %s\n", n, r.countAt)
			res.counted.Store(true)
			cmd.Process.Kill()
		}()
	}

	var after bytes.Buffer
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	sc.Split(scanLinesKeepEnd)
	for sc.Scan() {
		line := sc.Bytes()
		console.Write(line)
		after.Write(line)
		d, ok := bytes.CutPrefix(bytes.TrimRight(line, "\r\n"), []byte(DirectivePrefix))
		if !ok {
			continue
		}
		verb, arg, _ := strings.Cut(string(d), " ")
		switch verb {
		case "expect-fault":
			re, err := regexp.Compile(arg)
			if err != nil {
				fmt.Fprintf(os.Stderr, "qemutest: bad expect-fault pattern: %v\n", err)
				continue
			}
			res.expect = re
			after.Reset()
		case "serial":
			s, err := strconv.Unquote(arg)
			if err != nil {
				fmt.Fprintf(os.Stderr, "qemutest: bad serial string: %v\n", err)
				continue
			}
			io.WriteString(stdin, s)
			ack()
		case "qmp":
			if err := q.command(arg); err != nil {
				fmt.Fprintf(os.Stderr, "qemutest: qmp: %v\n", err)
			}
			ack()
		}
	}
	err = cmd.Wait()
	res.output = after.Bytes()
	var ee *exec.ExitError
	switch {
	case res.timeout.Load():
		fmt.Printf("qemutest: killed after %v\n", r.timeout)
		res.status = 1
	case res.counted.Load():
		res.status = 0
	case res.reset.Load() && !hasCrashRun(args):
		// a reset ends QEMU (-no-reboot) with status 0: no success
		fmt.Printf("qemutest: the guest reset the board\n")
		res.status = 1
	case err == nil:
		res.status = 0
	case errors.As(err, &ee):
		res.status = ee.ExitCode()
	default:
		fmt.Fprintln(os.Stderr, "qemutest:", err)
	}
	return res
}

// scanLinesKeepEnd splits at newlines, keeping them, so output is passed
// through unchanged; a final partial line is returned as is.
func scanLinesKeepEnd(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, data[:i+1], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// dialQMP connects to a QMP socket and enables commands.
func dialQMP(path string) (net.Conn, error) {
	var c net.Conn
	var err error
	for i := 0; i < 100; i++ {
		if c, err = net.Dial("unix", path); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(c, `{"execute":"qmp_capabilities"}`+"\n"); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// watchResets sets reset when QEMU reports a guest-requested reset, whether
// it then reboots the board (RESET) or exits (-no-reboot: SHUTDOWN).
func watchResets(c net.Conn, reset *atomic.Bool) {
	rd := bufio.NewReader(c)
	for {
		line, err := rd.ReadBytes('\n')
		if err != nil {
			return
		}
		var ev struct {
			Event string
			Data  struct{ Reason string }
		}
		if json.Unmarshal(line, &ev) == nil && ev.Data.Reason == "guest-reset" {
			reset.Store(true)
		}
	}
}

// qmpClient sends QMP commands, connecting on first use.
type qmpClient struct {
	path string
	mu   sync.Mutex
	conn net.Conn
	rd   *bufio.Reader
}

func (q *qmpClient) command(cmd string) error {
	return q.query(cmd, nil)
}

// query sends cmd and decodes its return value into ret (if not nil).
func (q *qmpClient) query(cmd string, ret any) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.conn == nil {
		c, err := net.Dial("unix", q.path)
		if err != nil {
			return err
		}
		q.conn, q.rd = c, bufio.NewReader(c)
		if _, err := q.reply(); err != nil { // greeting
			return err
		}
		if err := q.send(`{"execute":"qmp_capabilities"}`, nil); err != nil {
			return err
		}
	}
	return q.send(cmd, ret)
}

// send writes one command and waits for its return (skipping events).
func (q *qmpClient) send(cmd string, ret any) error {
	if _, err := io.WriteString(q.conn, cmd+"\n"); err != nil {
		return err
	}
	for {
		m, err := q.reply()
		if err != nil {
			return err
		}
		if e, ok := m["error"]; ok {
			return fmt.Errorf("%s: %s", cmd, e)
		}
		if r, ok := m["return"]; ok {
			if ret == nil {
				return nil
			}
			return json.Unmarshal(r, ret)
		}
	}
}

func (q *qmpClient) reply() (map[string]json.RawMessage, error) {
	line, err := q.rd.ReadBytes('\n')
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	return m, json.Unmarshal(line, &m)
}

func (q *qmpClient) close() {
	if q.conn != nil {
		q.conn.Close()
	}
}

// crashTests lists the crash tests of a test binary that match the
// -test.run pattern (its top-level part), by booting it once with
// -test.list (go test strips the symbol table of the binaries it runs).
func (r *runner) crashTests() ([]string, error) {
	if !isTestRun(r.args) {
		return nil, nil
	}
	pattern := "^" + crashPrefix
	if run := flagValue(r.args, "run"); run != "" {
		top, _, _ := strings.Cut(run, "/")
		if _, err := regexp.Compile(top); err != nil {
			return nil, fmt.Errorf("bad -test.run: %v", err)
		}
		pattern = top
	}
	out, res := r.capture([]string{"-test.list=" + pattern})
	if res.status != 0 {
		return nil, fmt.Errorf("listing the tests failed (exit status %d):\n%s", res.status, out)
	}
	var names []string
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, crashPrefix) && !strings.ContainsAny(line, " \t") {
			names = append(names, line)
		}
	}
	return names, nil
}

// isTestRun reports whether args are a test binary's, as go test passes.
func isTestRun(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-test.") {
			return true
		}
	}
	return false
}

// testFlag reports whether arg sets test flag name (-test.name or
// -test.name=...), as go test passes them.
func testFlag(arg, name string) (string, bool) {
	a := strings.TrimPrefix(arg, "-")
	a = strings.TrimPrefix(a, "-")
	if a == "test."+name {
		return "true", true
	}
	if v, ok := strings.CutPrefix(a, "test."+name+"="); ok {
		return v, true
	}
	return "", false
}

func flagValue(args []string, name string) string {
	v := ""
	for _, a := range args {
		if x, ok := testFlag(a, name); ok {
			v = x
		}
	}
	return v
}

func testTimeout(args []string) (time.Duration, bool) {
	v := flagValue(args, "timeout")
	if v == "" {
		return 0, false
	}
	d, err := time.ParseDuration(v)
	return d, err == nil
}

// withRun replaces -test.run (and drops -test.skip).
func withRun(args []string, run string) []string {
	var out []string
	for _, a := range args {
		if _, ok := testFlag(a, "run"); ok {
			continue
		}
		if _, ok := testFlag(a, "skip"); ok {
			continue
		}
		out = append(out, a)
	}
	return append(out, "-test.run="+run)
}

// withSkip adds pattern to -test.skip.
func withSkip(args []string, pattern string) []string {
	var out []string
	skip := pattern
	for _, a := range args {
		if v, ok := testFlag(a, "skip"); ok {
			skip = v + "|" + pattern
			continue
		}
		out = append(out, a)
	}
	return append(out, "-test.skip="+skip)
}

func hasCrashRun(args []string) bool {
	return strings.HasPrefix(flagValue(args, "run"), "^"+crashPrefix)
}

func removeArg(args []string, arg string) []string {
	var out []string
	for _, a := range args {
		if a != arg {
			out = append(out, a)
		}
	}
	return out
}

// joinArgs quotes args for the guest's command line parser
// (board/mini2440.SplitArgs): single quotes around any argument that is
// empty or holds a space, quote or backslash.
func joinArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a != "" && !strings.ContainsAny(a, " '\\\n") {
			q[i] = a
			continue
		}
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}
