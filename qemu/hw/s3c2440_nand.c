/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Samsung S3C2440A NAND flash controller with the mini2440's large-page
 * NAND chip behind it.
 *
 * Model. The controller (registers at 0x4E000000) turns register writes
 * into bus cycles for one 8-bit chip: NFCMMD = command latch, NFADDR =
 * address latch, NFDATA = data cycles (a 16- or 32-bit access is 2 or 4
 * byte cycles, lowest byte first). Every data byte also feeds two Hamming
 * ECC generators (main and spare) while their lock bits in NFCONT are
 * clear; NFESTAT0 compares the generated ECC with the one software wrote
 * to NFMECCD0/1 and NFSECCD. The exact ECC layout is the project contract
 * documented in qemu/README-peripherals.md and mirrored by the host image
 * tool, so keep the two in step.
 *
 * The chip is a K9F1G08U0B-like part: 2048+64 byte pages, 64 pages per
 * block, 1024 blocks (or 2048 blocks, K9F2G08-like, when the image is that
 * big). It is backed page by page by the if=mtd drive (raw image, page p at
 * p * 2112), or by memory initialised to 0xFF when there is no drive.
 * Commands take a short time of QEMU_CLOCK_VIRTUAL during which RnB is low;
 * the rising (or falling) RnB edge sets NFSTAT.RnB_TransDetect and can
 * interrupt (INT_NFCON).
 *
 * NAND boot: with the "boot-copy" property set, every reset copies the main
 * data of pages 0 and 1 (4 KiB, no spare bytes) to physical address 0 (the
 * steppingstone), as the S3C2440A's boot loader does for 2 KiB-page chips.
 *
 * Migration carries the controller, the chip's state and page register,
 * but not the contents of a drive-less chip (they live only in memory).
 *
 * Locking: none of its own; all entry points run under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/log.h"
#include "qemu/timer.h"
#include "qemu/module.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/qdev-properties-system.h"
#include "hw/sysbus.h"
#include "sysemu/block-backend.h"
#include "exec/address-spaces.h"
#include "migration/vmstate.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440NandState, S3C2440_NAND)

/* Register offsets. */
#define NFCONF   0x00
#define NFCONT   0x04
#define NFCMMD   0x08
#define NFADDR   0x0C
#define NFDATA   0x10
#define NFMECCD0 0x14
#define NFMECCD1 0x18
#define NFSECCD  0x1C
#define NFSTAT   0x20
#define NFESTAT0 0x24
#define NFESTAT1 0x28
#define NFMECC0  0x2C
#define NFMECC1  0x30
#define NFSECC   0x34
#define NFSBLK   0x38
#define NFEBLK   0x3C
#define NAND_REG_SIZE 0x40

/* NFCONF */
#define NFCONF_TIMING_MASK  0x3770   /* TACLS, TWRPH0, TWRPH1 */
#define NFCONF_BUSWIDTH     (1 << 0)
#define NFCONF_ADDRCYCLE    (1 << 1)
#define NFCONF_PAGESIZE     (1 << 2)
#define NFCONF_ADVFLASH     (1 << 3)

/* NFCONT */
#define NFCONT_MODE         (1 << 0)
#define NFCONT_REG_NCE      (1 << 1)
#define NFCONT_INITECC      (1 << 4)
#define NFCONT_MAINECCLOCK  (1 << 5)
#define NFCONT_SPAREECCLOCK (1 << 6)
#define NFCONT_RNB_FALLING  (1 << 8)
#define NFCONT_ENBRNBINT    (1 << 9)
#define NFCONT_ENBILLEGAL   (1 << 10)
#define NFCONT_SOFTLOCK     (1 << 12)
#define NFCONT_LOCKTIGHT    (1 << 13)
#define NFCONT_WRITABLE     0x3773
#define NFCONT_RESET        (NFCONT_MODE | NFCONT_REG_NCE | \
                             NFCONT_MAINECCLOCK | NFCONT_SPAREECCLOCK)

/* NFSTAT */
#define NFSTAT_RNB          (1 << 0)
#define NFSTAT_NCE          (1 << 1)
#define NFSTAT_RNB_DETECT   (1 << 2)
#define NFSTAT_ILLEGAL      (1 << 3)

/* Chip geometry. */
#define PAGE_MAIN       2048
#define PAGE_SPARE      64
#define PAGE_TOTAL      (PAGE_MAIN + PAGE_SPARE)
#define PAGES_PER_BLOCK 64
#define PAGES_128M      65536
#define PAGES_256M      131072

/* Chip status register. */
#define STATUS_FAIL     (1 << 0)
#define STATUS_READY    (1 << 6)
#define STATUS_NOT_WP   (1 << 7)

/* Busy times in ns. */
#define T_READ_NS       25000
#define T_PROG_NS       200000
#define T_ERASE_NS      2000000
#define T_RESET_NS      5000

/* What a data read cycle returns. */
enum NandOutput {
    OUT_DATA,
    OUT_STATUS,
    OUT_ID,
};

/* A Hamming ECC generator: even parities of the bytes fed since InitECC. */
typedef struct EccGen {
    uint32_t count;  /* bytes fed */
    uint16_t lp[2];  /* lp[h] bit k: parity of bytes whose index bit k == h */
    uint8_t cp[2];   /* cp[h] bit j: parity of bits whose number bit j == h */
} EccGen;

struct S3C2440NandState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    qemu_irq irq;
    QEMUTimer *busy_timer;
    BlockBackend *blk;
    bool boot_copy;

    /* Controller registers. */
    uint32_t nfconf;
    uint32_t nfcont;
    uint32_t nfstat;     /* only RnB_TransDetect and IllegalAccess */
    uint32_t nfmeccd0, nfmeccd1, nfseccd;
    uint32_t nfsblk, nfeblk;
    EccGen main_ecc, spare_ecc;

    /* Chip. */
    uint32_t pages;
    unsigned row_cycles;
    uint8_t id[5];
    uint8_t *mem;        /* whole chip when there is no drive */
    uint8_t cmd;         /* last command latched */
    uint32_t addr_cycles;
    uint32_t column;
    uint32_t row;
    uint32_t output;     /* enum NandOutput */
    uint32_t id_pos;
    uint8_t status;
    bool busy;
    uint8_t page[PAGE_TOTAL];  /* page (data) register */
};

/* ---- ECC ------------------------------------------------------------- */

static const uint8_t col_mask[3] = { 0xAA, 0xCC, 0xF0 };

static void ecc_reset(EccGen *e)
{
    memset(e, 0, sizeof(*e));
}

static void ecc_feed(EccGen *e, uint8_t b, unsigned index_bits)
{
    unsigned i = e->count & ((1u << index_bits) - 1);
    unsigned bp = ctpop8(b) & 1;
    unsigned k, j;

    for (k = 0; k < index_bits; k++) {
        e->lp[(i >> k) & 1] ^= bp << k;
    }
    for (j = 0; j < 3; j++) {
        e->cp[1] ^= (ctpop8(b & col_mask[j]) & 1) << j;
        e->cp[0] ^= (ctpop8(b & ~col_mask[j]) & 1) << j;
    }
    e->count++;
}

/*
 * Bit positions of the (_1, _0) halves of each parity pair in the 32-bit
 * main code (NFMECC0) and the 16-bit spare code (NFSECC[15:0]); see the
 * tables in qemu/README-peripherals.md. Positions not listed read as 0.
 */
typedef struct EccLayout {
    unsigned nlp;        /* line parity pairs */
    uint8_t lp[11][2];   /* LPk: { bit of _1, bit of _0 } */
    uint8_t cp[3][2];    /* CPj */
} EccLayout;

static const EccLayout main_layout = {
    .nlp = 11,
    .lp = { {1, 0}, {3, 2}, {5, 4}, {7, 6}, {9, 8}, {11, 10}, {13, 12},
            {15, 14}, {17, 16}, {29, 28}, {31, 30} },
    .cp = { {19, 18}, {21, 20}, {23, 22} },
};

static const EccLayout spare_layout = {
    .nlp = 4,
    .lp = { {5, 4}, {7, 6}, {11, 10}, {13, 12} },
    .cp = { {15, 14}, {1, 0}, {3, 2} },
};

/* The code as the registers show it: the plain parities. */
static uint32_t ecc_code(const EccGen *e, const EccLayout *l)
{
    uint32_t code = 0;
    unsigned k, h;

    for (h = 0; h < 2; h++) {
        for (k = 0; k < l->nlp; k++) {
            code |= (uint32_t)((e->lp[1 - h] >> k) & 1) << l->lp[k][h];
        }
        for (k = 0; k < 3; k++) {
            code |= (uint32_t)((e->cp[1 - h] >> k) & 1) << l->cp[k][h];
        }
    }
    return code;
}

/*
 * Compare a stored code with the one generated from e: returns the
 * NFESTAT0 error code (0 none, 1 correctable, 2 multiple, 3 ECC area) and
 * the location. Only the line parity pairs of byte-index bits that the
 * data reached count (LP9 and LP10 do not for a 512-byte chunk), so a
 * 3-byte code stored for 512 bytes checks as well as a 4-byte one.
 */
static unsigned ecc_check(uint32_t stored, const EccGen *e,
                          const EccLayout *l, uint32_t *data_no,
                          uint32_t *bit_no)
{
    uint32_t defined = 0, s;
    unsigned k, nlp = 0;

    while (nlp < l->nlp && e->count > (1u << nlp)) {
        nlp++;
    }
    for (k = 0; k < nlp; k++) {
        defined |= (1u << l->lp[k][0]) | (1u << l->lp[k][1]);
    }
    for (k = 0; k < 3; k++) {
        defined |= (1u << l->cp[k][0]) | (1u << l->cp[k][1]);
    }
    s = (stored ^ ecc_code(e, l)) & defined;
    *data_no = 0;
    *bit_no = 0;
    if (s == 0) {
        return 0;
    }
    if (ctpop32(s) == 1) {
        return 3;
    }
    for (k = 0; k < nlp; k++) {
        unsigned one = (s >> l->lp[k][0]) & 1, zero = (s >> l->lp[k][1]) & 1;
        if (one == zero) {
            *data_no = 0;
            return 2;
        }
        *data_no |= one << k;
    }
    for (k = 0; k < 3; k++) {
        unsigned one = (s >> l->cp[k][0]) & 1, zero = (s >> l->cp[k][1]) & 1;
        if (one == zero) {
            *data_no = 0;
            *bit_no = 0;
            return 2;
        }
        *bit_no |= one << k;
    }
    return 1;
}

static uint32_t nand_estat0(S3C2440NandState *s)
{
    uint32_t stored_main = (s->nfmeccd0 & 0xFF) |
                           ((s->nfmeccd0 >> 16) & 0xFF) << 8 |
                           (s->nfmeccd1 & 0xFF) << 16 |
                           ((s->nfmeccd1 >> 16) & 0xFF) << 24;
    uint32_t stored_spare = (s->nfseccd & 0xFF) |
                            ((s->nfseccd >> 16) & 0xFF) << 8;
    uint32_t mdata, mbit, sdata, sbit, merr, serr;

    merr = ecc_check(stored_main, &s->main_ecc, &main_layout, &mdata, &mbit);
    serr = ecc_check(stored_spare, &s->spare_ecc, &spare_layout, &sdata,
                     &sbit);
    return (sdata & 0xF) << 21 | (sbit & 7) << 18 | (mdata & 0x7FF) << 7 |
           (mbit & 7) << 4 | serr << 2 | merr;
}

/* ---- chip storage ---------------------------------------------------- */

static void chip_load(S3C2440NandState *s, uint32_t row, uint8_t *buf)
{
    uint64_t off = (uint64_t)row * PAGE_TOTAL;

    if (row >= s->pages) {
        memset(buf, 0xFF, PAGE_TOTAL);
    } else if (s->mem) {
        memcpy(buf, s->mem + off, PAGE_TOTAL);
    } else if (blk_pread(s->blk, off, PAGE_TOTAL, buf, 0) < 0) {
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-nand: read of page %u "
                      "failed\n", row);
        memset(buf, 0xFF, PAGE_TOTAL);
    }
}

static bool chip_store(S3C2440NandState *s, uint32_t row, const uint8_t *buf)
{
    uint64_t off = (uint64_t)row * PAGE_TOTAL;

    if (s->mem) {
        memcpy(s->mem + off, buf, PAGE_TOTAL);
        return true;
    }
    return blk_pwrite(s->blk, off, PAGE_TOTAL, buf, 0) >= 0;
}

/* ---- interrupts and RnB ---------------------------------------------- */

static void nand_update_irq(S3C2440NandState *s)
{
    bool level = ((s->nfstat & NFSTAT_RNB_DETECT) &&
                  (s->nfcont & NFCONT_ENBRNBINT)) ||
                 ((s->nfstat & NFSTAT_ILLEGAL) &&
                  (s->nfcont & NFCONT_ENBILLEGAL));

    qemu_set_irq(s->irq, level);
}

static void nand_set_busy(S3C2440NandState *s, int64_t ns)
{
    if (!s->busy && (s->nfcont & NFCONT_RNB_FALLING)) {
        s->nfstat |= NFSTAT_RNB_DETECT;
        nand_update_irq(s);
    }
    s->busy = true;
    s->status &= ~STATUS_READY;
    timer_mod(s->busy_timer, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) + ns);
}

static void nand_busy_done(void *opaque)
{
    S3C2440NandState *s = opaque;

    s->busy = false;
    s->status |= STATUS_READY;
    if (!(s->nfcont & NFCONT_RNB_FALLING)) {
        s->nfstat |= NFSTAT_RNB_DETECT;
    }
    nand_update_irq(s);
}

/* ---- chip commands --------------------------------------------------- */

static bool nand_block_locked(S3C2440NandState *s, uint32_t row)
{
    uint32_t block = row / PAGES_PER_BLOCK;

    if (!(s->nfcont & (NFCONT_SOFTLOCK | NFCONT_LOCKTIGHT))) {
        return false;
    }
    return block < (s->nfsblk & 0xFFFFFF) / PAGES_PER_BLOCK ||
           block >= (s->nfeblk & 0xFFFFFF) / PAGES_PER_BLOCK;
}

static bool nand_illegal(S3C2440NandState *s, uint32_t row)
{
    if (!nand_block_locked(s, row)) {
        return false;
    }
    s->nfstat |= NFSTAT_ILLEGAL;
    s->status |= STATUS_FAIL;
    nand_update_irq(s);
    return true;
}

static void nand_program(S3C2440NandState *s)
{
    uint8_t old[PAGE_TOTAL];
    unsigned i;

    s->status &= ~STATUS_FAIL;
    if (s->row >= s->pages || nand_illegal(s, s->row)) {
        s->status |= STATUS_FAIL;
        nand_set_busy(s, T_RESET_NS);
        return;
    }
    chip_load(s, s->row, old);
    for (i = 0; i < PAGE_TOTAL; i++) {
        old[i] &= s->page[i];
    }
    if (!chip_store(s, s->row, old)) {
        s->status |= STATUS_FAIL;
    }
    nand_set_busy(s, T_PROG_NS);
}

static void nand_erase(S3C2440NandState *s)
{
    uint8_t ff[PAGE_TOTAL];
    uint32_t first = s->row & ~(PAGES_PER_BLOCK - 1);
    unsigned i;

    s->status &= ~STATUS_FAIL;
    if (first >= s->pages || nand_illegal(s, first)) {
        s->status |= STATUS_FAIL;
        nand_set_busy(s, T_RESET_NS);
        return;
    }
    memset(ff, 0xFF, sizeof(ff));
    for (i = 0; i < PAGES_PER_BLOCK; i++) {
        if (!chip_store(s, first + i, ff)) {
            s->status |= STATUS_FAIL;
        }
    }
    nand_set_busy(s, T_ERASE_NS);
}

static void nand_command(S3C2440NandState *s, uint8_t cmd)
{
    switch (cmd) {
    case 0x00: /* READ setup; with no address cycles, back to data output */
    case 0x05: /* random data output setup */
    case 0x60: /* block erase setup */
    case 0x85: /* random data input */
        s->addr_cycles = 0;
        s->output = OUT_DATA;
        break;
    case 0x80: /* page program setup: the page register starts erased */
        s->addr_cycles = 0;
        s->output = OUT_DATA;
        memset(s->page, 0xFF, sizeof(s->page));
        break;
    case 0x30: /* read confirm */
        chip_load(s, s->row, s->page);
        nand_set_busy(s, T_READ_NS);
        break;
    case 0xE0: /* random data output confirm: column already set */
        break;
    case 0x10: /* program confirm */
        if (s->cmd == 0x80 || s->cmd == 0x85) {
            nand_program(s);
        }
        break;
    case 0xD0: /* erase confirm */
        if (s->cmd == 0x60) {
            nand_erase(s);
        }
        break;
    case 0x70:
        s->output = OUT_STATUS;
        break;
    case 0x90:
        s->addr_cycles = 0;
        s->id_pos = 0;
        s->output = OUT_ID;
        break;
    case 0xFF:
        s->output = OUT_DATA;
        s->column = 0;
        s->status &= ~STATUS_FAIL;
        nand_set_busy(s, T_RESET_NS);
        break;
    default:
        qemu_log_mask(LOG_UNIMP, "s3c2440-nand: command 0x%02x\n", cmd);
        return;
    }
    s->cmd = cmd;
}

static void nand_address(S3C2440NandState *s, uint8_t a)
{
    unsigned n = s->addr_cycles++;

    switch (s->cmd) {
    case 0x00:
    case 0x80:
        if (n == 0) {
            s->column = a;
        } else if (n == 1) {
            s->column |= (a & 0x0F) << 8;
        } else if (n - 2 < s->row_cycles) {
            if (n == 2) {
                s->row = 0;
            }
            s->row |= (uint32_t)a << (8 * (n - 2));
        }
        break;
    case 0x05:
    case 0x85:
        if (n == 0) {
            s->column = a;
        } else if (n == 1) {
            s->column |= (a & 0x0F) << 8;
        }
        break;
    case 0x60:
        if (n < s->row_cycles) {
            if (n == 0) {
                s->row = 0;
            }
            s->row |= (uint32_t)a << (8 * n);
        }
        break;
    case 0x90:
        s->id_pos = 0;
        break;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-nand: address cycle after "
                      "command 0x%02x\n", s->cmd);
        break;
    }
}

static uint8_t nand_read_byte(S3C2440NandState *s)
{
    uint8_t b = 0xFF;

    switch (s->output) {
    case OUT_STATUS:
        return s->status;
    case OUT_ID:
        if (s->id_pos < sizeof(s->id)) {
            b = s->id[s->id_pos++];
        }
        return b;
    case OUT_DATA:
        if (s->column < PAGE_TOTAL) {
            b = s->page[s->column];
        }
        s->column++;
        return b;
    }
    return b;
}

static void nand_write_byte(S3C2440NandState *s, uint8_t b)
{
    if (s->cmd != 0x80 && s->cmd != 0x85) {
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-nand: data write after "
                      "command 0x%02x\n", s->cmd);
        return;
    }
    if (s->column < PAGE_TOTAL) {
        s->page[s->column] = b;
    }
    s->column++;
}

/* ---- controller registers -------------------------------------------- */

static bool nand_bus_enabled(S3C2440NandState *s)
{
    return (s->nfcont & NFCONT_MODE) && !(s->nfcont & NFCONT_REG_NCE);
}

static void nand_ecc_feed(S3C2440NandState *s, uint8_t b)
{
    if (!(s->nfcont & NFCONT_MAINECCLOCK)) {
        ecc_feed(&s->main_ecc, b, 11);
    }
    if (!(s->nfcont & NFCONT_SPAREECCLOCK)) {
        ecc_feed(&s->spare_ecc, b, 4);
    }
}

static uint32_t nand_reg_read(S3C2440NandState *s, hwaddr reg)
{
    switch (reg) {
    case NFCONF:
        return s->nfconf;
    case NFCONT:
        return s->nfcont;
    case NFMECCD0:
        return s->nfmeccd0;
    case NFMECCD1:
        return s->nfmeccd1;
    case NFSECCD:
        return s->nfseccd;
    case NFSTAT:
        return s->nfstat | (s->busy ? 0 : NFSTAT_RNB) |
               (s->nfcont & NFCONT_REG_NCE ? NFSTAT_NCE : 0);
    case NFESTAT0:
        return nand_estat0(s);
    case NFESTAT1:
        return 0;
    case NFMECC0:
        return ecc_code(&s->main_ecc, &main_layout);
    case NFMECC1:
        return 0;
    case NFSECC:
        return ecc_code(&s->spare_ecc, &spare_layout);
    case NFSBLK:
        return s->nfsblk;
    case NFEBLK:
        return s->nfeblk;
    default:
        return 0;
    }
}

static uint64_t s3c2440_nand_read(void *opaque, hwaddr addr, unsigned size)
{
    S3C2440NandState *s = opaque;
    uint64_t v = 0;
    unsigned i;

    if ((addr & ~3) == NFDATA) {
        for (i = 0; i < size; i++) {
            uint8_t b = 0xFF;
            if (nand_bus_enabled(s)) {
                b = nand_read_byte(s);
                nand_ecc_feed(s, b);
            }
            v |= (uint64_t)b << (8 * i);
        }
        return v;
    }
    if (addr >= NAND_REG_SIZE) {
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-nand: read at 0x%"
                      HWADDR_PRIx "\n", addr);
        return 0;
    }
    v = nand_reg_read(s, addr & ~3) >> (8 * (addr & 3));
    return size == 4 ? (uint32_t)v : v & ((1u << (8 * size)) - 1);
}

static void s3c2440_nand_write(void *opaque, hwaddr addr, uint64_t value,
                               unsigned size)
{
    S3C2440NandState *s = opaque;
    hwaddr reg = addr & ~3;
    unsigned shift = 8 * (addr & 3);
    uint32_t mask = (size == 4 ? 0xFFFFFFFF : (1u << (8 * size)) - 1) << shift;
    uint32_t v = (uint32_t)value << shift;
    unsigned i;

    switch (reg) {
    case NFCONF:
        s->nfconf = (s->nfconf & ~(mask & (NFCONF_TIMING_MASK |
                                           NFCONF_BUSWIDTH))) |
                    (v & mask & (NFCONF_TIMING_MASK | NFCONF_BUSWIDTH));
        if (s->nfconf & NFCONF_BUSWIDTH) {
            qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-nand: 16-bit bus "
                          "selected for an 8-bit chip\n");
        }
        break;
    case NFCONT: {
        uint32_t old = s->nfcont;
        uint32_t n = (old & ~mask) | (v & mask);
        if (n & NFCONT_INITECC) {
            ecc_reset(&s->main_ecc);
            ecc_reset(&s->spare_ecc);
        }
        n &= NFCONT_WRITABLE & ~NFCONT_INITECC;
        n |= old & NFCONT_LOCKTIGHT;  /* cleared only by reset */
        s->nfcont = n;
        nand_update_irq(s);
        break;
    }
    case NFCMMD:
        if (nand_bus_enabled(s)) {
            nand_command(s, value & 0xFF);
        }
        break;
    case NFADDR:
        if (nand_bus_enabled(s)) {
            nand_address(s, value & 0xFF);
        }
        break;
    case NFDATA:
        if (!nand_bus_enabled(s)) {
            break;
        }
        for (i = 0; i < size; i++) {
            uint8_t b = value >> (8 * i);
            nand_ecc_feed(s, b);
            nand_write_byte(s, b);
        }
        break;
    case NFMECCD0:
        s->nfmeccd0 = (s->nfmeccd0 & ~mask) | (v & mask);
        break;
    case NFMECCD1:
        s->nfmeccd1 = (s->nfmeccd1 & ~mask) | (v & mask);
        break;
    case NFSECCD:
        s->nfseccd = (s->nfseccd & ~mask) | (v & mask);
        break;
    case NFSTAT:
        s->nfstat &= ~(v & mask & (NFSTAT_RNB_DETECT | NFSTAT_ILLEGAL));
        nand_update_irq(s);
        break;
    case NFSBLK:
        if (!(s->nfcont & NFCONT_LOCKTIGHT)) {
            s->nfsblk = ((s->nfsblk & ~mask) | (v & mask)) & 0xFFFFFF;
        }
        break;
    case NFEBLK:
        if (!(s->nfcont & NFCONT_LOCKTIGHT)) {
            s->nfeblk = ((s->nfeblk & ~mask) | (v & mask)) & 0xFFFFFF;
        }
        break;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-nand: write 0x%" PRIx64
                      " to read-only or unknown offset 0x%" HWADDR_PRIx "\n",
                      value, addr);
        break;
    }
}

static const MemoryRegionOps s3c2440_nand_ops = {
    .read = s3c2440_nand_read,
    .write = s3c2440_nand_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 4,
    .impl.min_access_size = 1,
    .impl.max_access_size = 4,
};

/* ---- QOM -------------------------------------------------------------- */

static void s3c2440_nand_copy_boot(S3C2440NandState *s)
{
    uint8_t buf[PAGE_TOTAL];
    uint32_t p;

    for (p = 0; p < 2; p++) {
        chip_load(s, p, buf);
        address_space_write(&address_space_memory,
                            S3C2440_BANK0_BASE + p * PAGE_MAIN,
                            MEMTXATTRS_UNSPECIFIED, buf, PAGE_MAIN);
    }
}

static void s3c2440_nand_reset(DeviceState *dev)
{
    S3C2440NandState *s = S3C2440_NAND(dev);

    timer_del(s->busy_timer);
    s->nfconf = 0x1000 | NFCONF_ADVFLASH | NFCONF_PAGESIZE |
                (s->row_cycles == 3 ? NFCONF_ADDRCYCLE : 0);
    s->nfcont = NFCONT_RESET;
    s->nfstat = 0;
    s->nfmeccd0 = s->nfmeccd1 = s->nfseccd = 0;
    s->nfsblk = s->nfeblk = 0;
    ecc_reset(&s->main_ecc);
    ecc_reset(&s->spare_ecc);
    s->cmd = 0xFF;
    s->addr_cycles = 0;
    s->column = 0;
    s->row = 0;
    s->output = OUT_DATA;
    s->id_pos = 0;
    s->status = STATUS_NOT_WP | STATUS_READY;
    s->busy = false;
    memset(s->page, 0xFF, sizeof(s->page));
    qemu_set_irq(s->irq, 0);
    if (s->boot_copy) {
        s3c2440_nand_copy_boot(s);
    }
}

static void s3c2440_nand_realize(DeviceState *dev, Error **errp)
{
    S3C2440NandState *s = S3C2440_NAND(dev);
    static const uint8_t id_128m[5] = { 0xEC, 0xF1, 0x00, 0x95, 0x40 };
    static const uint8_t id_256m[5] = { 0xEC, 0xDA, 0x10, 0x95, 0x44 };

    s->pages = PAGES_128M;
    if (s->blk) {
        int64_t len = blk_getlength(s->blk);
        if (len == (int64_t)PAGES_256M * PAGE_TOTAL) {
            s->pages = PAGES_256M;
        } else if (len != (int64_t)PAGES_128M * PAGE_TOTAL) {
            error_setg(errp, "s3c2440-nand: image must be %d or %d bytes "
                       "(pages of 2048+64 bytes), not %" PRId64,
                       PAGES_128M * PAGE_TOTAL, PAGES_256M * PAGE_TOTAL, len);
            return;
        }
        if (!blk_supports_write_perm(s->blk)) {
            error_setg(errp, "s3c2440-nand: the NAND drive is read-only");
            return;
        }
        if (blk_set_perm(s->blk, BLK_PERM_CONSISTENT_READ | BLK_PERM_WRITE,
                         BLK_PERM_ALL, errp) < 0) {
            return;
        }
    } else {
        s->mem = g_malloc((size_t)s->pages * PAGE_TOTAL);
        memset(s->mem, 0xFF, (size_t)s->pages * PAGE_TOTAL);
    }
    s->row_cycles = s->pages > PAGES_128M ? 3 : 2;
    memcpy(s->id, s->pages > PAGES_128M ? id_256m : id_128m, sizeof(s->id));
    s->busy_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, nand_busy_done, s);
}

static void s3c2440_nand_init(Object *obj)
{
    S3C2440NandState *s = S3C2440_NAND(obj);

    memory_region_init_io(&s->iomem, obj, &s3c2440_nand_ops, s,
                          TYPE_S3C2440_NAND, 0x100000);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq);
}

static const VMStateDescription ecc_gen_vmstate = {
    .name = "s3c2440-nand-ecc",
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(count, EccGen),
        VMSTATE_UINT16_ARRAY(lp, EccGen, 2),
        VMSTATE_UINT8_ARRAY(cp, EccGen, 2),
        VMSTATE_END_OF_LIST()
    }
};

static const VMStateDescription s3c2440_nand_vmstate = {
    .name = TYPE_S3C2440_NAND,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(nfconf, S3C2440NandState),
        VMSTATE_UINT32(nfcont, S3C2440NandState),
        VMSTATE_UINT32(nfstat, S3C2440NandState),
        VMSTATE_UINT32(nfmeccd0, S3C2440NandState),
        VMSTATE_UINT32(nfmeccd1, S3C2440NandState),
        VMSTATE_UINT32(nfseccd, S3C2440NandState),
        VMSTATE_UINT32(nfsblk, S3C2440NandState),
        VMSTATE_UINT32(nfeblk, S3C2440NandState),
        VMSTATE_STRUCT(main_ecc, S3C2440NandState, 1, ecc_gen_vmstate, EccGen),
        VMSTATE_STRUCT(spare_ecc, S3C2440NandState, 1, ecc_gen_vmstate,
                       EccGen),
        VMSTATE_UINT8(cmd, S3C2440NandState),
        VMSTATE_UINT32(addr_cycles, S3C2440NandState),
        VMSTATE_UINT32(column, S3C2440NandState),
        VMSTATE_UINT32(row, S3C2440NandState),
        VMSTATE_UINT32(output, S3C2440NandState),
        VMSTATE_UINT32(id_pos, S3C2440NandState),
        VMSTATE_UINT8(status, S3C2440NandState),
        VMSTATE_BOOL(busy, S3C2440NandState),
        VMSTATE_UINT8_ARRAY(page, S3C2440NandState, PAGE_TOTAL),
        VMSTATE_TIMER_PTR(busy_timer, S3C2440NandState),
        VMSTATE_END_OF_LIST()
    }
};

static Property s3c2440_nand_properties[] = {
    DEFINE_PROP_DRIVE("drive", S3C2440NandState, blk),
    DEFINE_PROP_BOOL("boot-copy", S3C2440NandState, boot_copy, false),
    DEFINE_PROP_END_OF_LIST(),
};

static void s3c2440_nand_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->realize = s3c2440_nand_realize;
    dc->reset = s3c2440_nand_reset;
    dc->vmsd = &s3c2440_nand_vmstate;
    device_class_set_props(dc, s3c2440_nand_properties);
    dc->user_creatable = false;
}

static const TypeInfo s3c2440_nand_info = {
    .name = TYPE_S3C2440_NAND,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440NandState),
    .instance_init = s3c2440_nand_init,
    .class_init = s3c2440_nand_class_init,
};

static void s3c2440_nand_register_types(void)
{
    type_register_static(&s3c2440_nand_info);
}

type_init(s3c2440_nand_register_types)
