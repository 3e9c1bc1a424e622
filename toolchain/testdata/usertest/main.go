// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Command usertest exercises a GOOS=tamago GOARCH=arm runtime in Linux user
// space (qemu-arm): console output, allocation and garbage collection,
// goroutines, channels, timers, maps, signals, hashing and the exit
// status. Each check prints one line that toolchain/usertest.sh compares.
package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	_ "github.com/usbarmory/tamago/user/linux"
)

func main() {
	fmt.Printf("platform %s/%s\n", runtime.GOOS, runtime.GOARCH)

	// Goroutines feeding one channel.
	squares := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares <- i * i
		}()
	}
	go func() {
		wg.Wait()
		close(squares)
	}()
	sum := 0
	for v := range squares {
		sum += v
	}
	fmt.Println("goroutines", sum)

	// Maps and sorting.
	count := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog and the end") {
		count[w]++
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println("map", len(words), words[0], count["the"])

	// Allocate well past the heap goal so the collector runs.
	var live [][]byte
	for i := range 2048 {
		b := make([]byte, 64<<10)
		b[len(b)-1] = byte(i)
		if i%256 == 0 {
			live = append(live, b)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("gc", len(live), ms.NumGC > 0)

	// Timers and sleeping.
	start := time.Now()
	timer := time.NewTimer(20 * time.Millisecond)
	tick := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for done := false; !done; {
		select {
		case <-tick.C:
			ticks++
		case <-timer.C:
			done = true
		}
	}
	tick.Stop()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("timers", ticks >= 2, time.Since(start) >= 30*time.Millisecond)

	// A signal relayed the way an interrupt handler raises it.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTRAP)
	go signal.Relay(uint32(syscall.SIGTRAP))
	fmt.Println("signal", <-sigs == syscall.SIGTRAP)

	fmt.Printf("sha256 %x\n", sha256.Sum256([]byte("mini2440")))

	os.Exit(3)
}
