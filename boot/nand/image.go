// Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package nand

import (
	"errors"
	"fmt"
)

// Image is a whole-flash image as the QEMU model reads it: every page's
// 2048 data bytes immediately followed by its 64 spare bytes, pages in
// order. A fresh image is erased (all 0xFF).
type Image struct {
	Raw    []byte
	blocks int
}

// NewImage returns an erased image of the given number of blocks.
func NewImage(blocks int) *Image {
	raw := make([]byte, blocks*PagesPerBlock*RawPageSize)
	for i := range raw {
		raw[i] = 0xff
	}
	return &Image{Raw: raw, blocks: blocks}
}

// ImageFromRaw wraps an existing image file's contents.
func ImageFromRaw(raw []byte) (*Image, error) {
	const blockRaw = PagesPerBlock * RawPageSize
	if len(raw) == 0 || len(raw)%blockRaw != 0 {
		return nil, fmt.Errorf("nand: image size %d is not a whole number of %d-byte blocks", len(raw), blockRaw)
	}
	return &Image{Raw: raw, blocks: len(raw) / blockRaw}, nil
}

// Blocks returns the number of erase blocks.
func (im *Image) Blocks() int { return im.blocks }

// Page returns the data and spare bytes of one page, aliasing the image.
func (im *Image) Page(block, page int) (data, spare []byte) {
	off := (block*PagesPerBlock + page) * RawPageSize
	return im.Raw[off : off+PageSize], im.Raw[off+PageSize : off+RawPageSize]
}

// MarkBad writes the bad-block marker into page 0 of a block.
func (im *Image) MarkBad(block int) {
	_, spare := im.Page(block, 0)
	spare[BadBlockMarkerOffset] = 0
}

// IsBad reports whether a block carries the bad-block marker.
func (im *Image) IsBad(block int) bool {
	_, spare := im.Page(block, 0)
	return spare[BadBlockMarkerOffset] != 0xff
}

// WritePage programs one page: data (at most 2048 bytes, the rest 0xFF)
// and a spare area holding the codes of its four sectors.
func (im *Image) WritePage(block, page int, data []byte) {
	d, s := im.Page(block, page)
	n := copy(d, data)
	for i := n; i < PageSize; i++ {
		d[i] = 0xff
	}
	sp := Spare(d)
	copy(s, sp[:])
}

// WriteLoader puts the first-stage loader in block 0, which the S3C2440A
// copies (first 4 KiB, data bytes only) into the steppingstone at reset.
func (im *Image) WriteLoader(loader []byte) error {
	const steppingstone = 4096
	if len(loader) > steppingstone {
		return fmt.Errorf("nand: loader is %d bytes, the steppingstone holds %d", len(loader), steppingstone)
	}
	if im.IsBad(LoaderSlot.FirstBlock) {
		return errors.New("nand: block 0 is marked bad")
	}
	for p := 0; p*PageSize < len(loader); p++ {
		im.WritePage(0, p, loader[p*PageSize:min(len(loader), (p+1)*PageSize)])
	}
	return nil
}

// slotPages lists the slot's pages in order, skipping bad blocks.
func (im *Image) slotPages(s Slot) [][2]int {
	var pages [][2]int
	for b := s.FirstBlock; b < min(s.FirstBlock+s.NumBlocks, im.blocks); b++ {
		if im.IsBad(b) {
			continue
		}
		for p := 0; p < PagesPerBlock; p++ {
			pages = append(pages, [2]int{b, p})
		}
	}
	return pages
}

// payloadPages is the number of pages after the header page.
func payloadPages(size uint32) int {
	return int((int64(size) + PageSize - 1) / PageSize)
}

// WriteSlot writes a header page and the payload into a slot, skipping
// bad blocks. It fills in the header's Kind, Size and Sum.
func (im *Image) WriteSlot(s Slot, h Header, payload []byte) (Header, error) {
	h.Kind = s.Kind
	h.Size = uint32(len(payload))
	h.Sum = Checksum(payload)
	if err := h.Check(); err != nil {
		return h, err
	}
	// Pad to a whole word with zeros so the loader's word sum matches.
	padded := append(append([]byte(nil), payload...), make([]byte, (4-len(payload)%4)%4)...)
	pages := im.slotPages(s)
	n := payloadPages(h.Size)
	if 1+n > len(pages) {
		return h, fmt.Errorf("nand: %s: %d pages do not fit in its %d good pages", s.Name, 1+n, len(pages))
	}
	im.WritePage(pages[0][0], pages[0][1], h.Marshal())
	for i := 0; i < n; i++ {
		off := i * PageSize
		im.WritePage(pages[1+i][0], pages[1+i][1], padded[off:min(len(padded), off+PageSize)])
	}
	return h, nil
}

// ReadReport lists the single-bit errors met while reading a slot.
type ReadReport struct {
	Fixed   []string // corrected data bits: "block B page P sector S byte N bit K"
	Flipped []string // single-bit errors in stored codes: "block B page P sector S"
}

// readPage returns a copy of one page's data, checked and corrected.
func (im *Image) readPage(b, p int, rep *ReadReport) ([]byte, error) {
	d, sp := im.Page(b, p)
	page := append([]byte(nil), d...)
	for i := 0; i < SectorsPerPage; i++ {
		o, loc, err := Correct(page[i*SectorSize:(i+1)*SectorSize], StoredECC(sp, i))
		where := fmt.Sprintf("block %d page %d sector %d", b, p, i)
		switch {
		case err != nil:
			return nil, fmt.Errorf("%w at %s", err, where)
		case o == DataFixed:
			rep.Fixed = append(rep.Fixed, fmt.Sprintf("%s byte %d bit %d", where, loc.Byte, loc.Bit))
		case o == CodeFlipped:
			rep.Flipped = append(rep.Flipped, where)
		}
	}
	return page, nil
}

// ReadSlot reads a slot back the way the first-stage loader does: skip bad
// blocks, check every sector's code, correct single-bit errors, and verify
// the header and payload checksum. It does not modify the image.
func (im *Image) ReadSlot(s Slot) (Header, []byte, ReadReport, error) {
	var rep ReadReport
	pages := im.slotPages(s)
	if len(pages) == 0 {
		return Header{}, nil, rep, fmt.Errorf("nand: %s: no good block", s.Name)
	}
	first, err := im.readPage(pages[0][0], pages[0][1], &rep)
	if err != nil {
		return Header{}, nil, rep, err
	}
	h, err := ParseHeader(first)
	if err == nil && h.Kind != s.Kind {
		err = fmt.Errorf("nand: %s: header kind %d, want %d", s.Name, h.Kind, s.Kind)
	}
	if err == nil {
		err = h.Check()
	}
	if err != nil {
		return h, nil, rep, err
	}
	n := payloadPages(h.Size)
	if 1+n > len(pages) {
		return h, nil, rep, fmt.Errorf("nand: %s: payload runs past the slot's good pages", s.Name)
	}
	var payload []byte
	for _, bp := range pages[1 : 1+n] {
		page, err := im.readPage(bp[0], bp[1], &rep)
		if err != nil {
			return h, nil, rep, err
		}
		payload = append(payload, page...)
	}
	if sum := Checksum(payload[:(h.Size+3)&^3]); sum != h.Sum {
		return h, nil, rep, fmt.Errorf("nand: %s: payload checksum %#08x, header says %#08x", s.Name, sum, h.Sum)
	}
	return h, payload[:h.Size], rep, nil
}
