// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package main

import (
	"bufio"
	"debug/elf"
	"fmt"
	"net"
	"strings"
	"time"
)

// Counting instructions to a symbol (-icount-at): QEMU starts halted with
// its gdbstub listening; a breakpoint goes on the symbol's address and the
// CPU runs. When it stops there, QMP's query-replay reports the number of
// instructions executed since reset (QEMU's raw icount: idle time skipped
// by sleep=off is not counted), then the breakpoint is removed and the
// debugger detaches, and the run continues as usual.

// symbolAddress returns the address of the named function in an ELF file.
func symbolAddress(binary, name string) (uint64, error) {
	f, err := elf.Open(binary)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return 0, err
	}
	for _, s := range syms {
		if s.Name == name {
			return s.Value, nil
		}
	}
	return 0, fmt.Errorf("%s: no symbol %s", binary, name)
}

// gdbConn speaks the GDB remote serial protocol, just enough to set a
// breakpoint and continue.
type gdbConn struct {
	conn net.Conn
	rd   *bufio.Reader
}

func dialGDB(path string) (*gdbConn, error) {
	var c net.Conn
	var err error
	for i := 0; i < 100; i++ {
		if c, err = net.Dial("unix", path); err == nil {
			return &gdbConn{conn: c, rd: bufio.NewReader(c)}, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return nil, err
}

// send sends one packet and returns the reply packet's data.
func (g *gdbConn) send(data string) (string, error) {
	sum := 0
	for i := 0; i < len(data); i++ {
		sum += int(data[i])
	}
	if _, err := fmt.Fprintf(g.conn, "$%s#%02x", data, sum&0xff); err != nil {
		return "", err
	}
	return g.reply()
}

// reply reads the next packet (skipping acknowledgements) and acks it.
func (g *gdbConn) reply() (string, error) {
	for {
		b, err := g.rd.ReadByte()
		if err != nil {
			return "", err
		}
		if b != '$' {
			continue // '+' acknowledgements
		}
		data, err := g.rd.ReadString('#')
		if err != nil {
			return "", err
		}
		if _, err := g.rd.Discard(2); err != nil {
			return "", err
		}
		if _, err := g.conn.Write([]byte{'+'}); err != nil {
			return "", err
		}
		return strings.TrimSuffix(data, "#"), nil
	}
}

// countTo runs QEMU from reset to addr and returns the instruction count
// there; QEMU goes on running afterwards.
func countTo(gdbPath string, q *qmpClient, addr uint64) (uint64, error) {
	g, err := dialGDB(gdbPath)
	if err != nil {
		return 0, err
	}
	defer g.conn.Close()
	bp := fmt.Sprintf("%x,4", addr)
	if r, err := g.send("Z0," + bp); err != nil || r != "OK" {
		return 0, fmt.Errorf("setting breakpoint: %q %v", r, err)
	}
	if r, err := g.send("c"); err != nil || !strings.HasPrefix(r, "T") && !strings.HasPrefix(r, "S") {
		return 0, fmt.Errorf("continue: %q %v", r, err)
	}
	var info struct {
		ICount uint64 `json:"icount"`
	}
	if err := q.query(`{"execute":"query-replay"}`, &info); err != nil {
		return 0, err
	}
	if r, err := g.send("z0," + bp); err != nil || r != "OK" {
		return 0, fmt.Errorf("removing breakpoint: %q %v", r, err)
	}
	if _, err := fmt.Fprintf(g.conn, "$D#44"); err != nil {
		return 0, err
	}
	return info.ICount, nil
}
