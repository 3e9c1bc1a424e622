/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * S3C2440A clock and power management (user's manual chapter 7).
 *
 * Model: the registers hold what software writes; FCLK, HCLK and PCLK
 * are recomputed from them and the 12 MHz crystal on every write and
 * published as QEMU clock outputs ("fclk", "hclk", "pclk"), so the timers,
 * UARTs and watchdog connected to "pclk" follow frequency changes at once.
 * PLL lock time is not modelled: a new MPLLCON takes effect immediately.
 *
 *   MPLL = 2 * m * Fin / (p * 2^s), m = MDIV + 8, p = PDIV + 2, s = SDIV
 *   UPLL =     m * Fin / (p * 2^s)
 *   slow mode (CLKSLOW.SLOW_BIT): FCLK = Fin / (2 * SLOW_VAL), or Fin if 0
 *   HCLK = FCLK / 1, 2, 4 (8 with CAMDIVN.HCLK4_HALF), 3 (6 with HCLK3_HALF)
 *   PCLK = HCLK / (PDIVN ? 2 : 1)
 *
 * Writing CLKCON with the IDLE bit set halts the CPU until an interrupt
 * (the bit stays set until software clears it, as on the chip). Sleep
 * mode (CLKCON.SLEEP) is not modelled.
 *
 * All accesses happen under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "hw/clock.h"
#include "hw/qdev-clock.h"
#include "hw/qdev-properties.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440ClkPwrState, S3C2440_CLKPWR)

#define LOCKTIME    0x00
#define MPLLCON     0x04
#define UPLLCON     0x08
#define CLKCON      0x0c
#define CLKSLOW     0x10
#define CLKDIVN     0x14
#define CAMDIVN     0x18

#define CLKCON_IDLE         (1u << 2)
#define CLKSLOW_SLOW_BIT    (1u << 4)
#define CAMDIVN_HCLK3_HALF  (1u << 8)
#define CAMDIVN_HCLK4_HALF  (1u << 9)

struct S3C2440ClkPwrState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    CPUState *cpu;
    Clock *fclk;
    Clock *hclk;
    Clock *pclk;

    uint32_t locktime;
    uint32_t mpllcon;
    uint32_t upllcon;
    uint32_t clkcon;
    uint32_t clkslow;
    uint32_t clkdivn;
    uint32_t camdivn;
};

static uint64_t pll_hz(uint32_t con, unsigned mult)
{
    uint64_t m = extract32(con, 12, 8) + 8;
    uint64_t p = extract32(con, 4, 6) + 2;
    unsigned s = extract32(con, 0, 2);

    return mult * m * S3C2440_XTAL_HZ / (p << s);
}

static void clkpwr_update_clocks(S3C2440ClkPwrState *s)
{
    uint64_t fclk, hclk, pclk;
    unsigned slow_val = extract32(s->clkslow, 0, 3);

    if (s->clkslow & CLKSLOW_SLOW_BIT) {
        fclk = slow_val ? S3C2440_XTAL_HZ / (2 * slow_val) : S3C2440_XTAL_HZ;
    } else {
        fclk = pll_hz(s->mpllcon, 2);
    }
    switch (extract32(s->clkdivn, 1, 2)) {
    case 0:
        hclk = fclk;
        break;
    case 1:
        hclk = fclk / 2;
        break;
    case 2:
        hclk = fclk / ((s->camdivn & CAMDIVN_HCLK4_HALF) ? 8 : 4);
        break;
    default:
        hclk = fclk / ((s->camdivn & CAMDIVN_HCLK3_HALF) ? 6 : 3);
        break;
    }
    pclk = (s->clkdivn & 1) ? hclk / 2 : hclk;

    clock_update_hz(s->fclk, fclk);
    clock_update_hz(s->hclk, hclk);
    clock_update_hz(s->pclk, pclk);
}

static uint64_t clkpwr_read(void *opaque, hwaddr offset, unsigned size)
{
    S3C2440ClkPwrState *s = opaque;

    switch (offset) {
    case LOCKTIME:
        return s->locktime;
    case MPLLCON:
        return s->mpllcon;
    case UPLLCON:
        return s->upllcon;
    case CLKCON:
        return s->clkcon;
    case CLKSLOW:
        return s->clkslow;
    case CLKDIVN:
        return s->clkdivn;
    case CAMDIVN:
        return s->camdivn;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-clkpwr: bad read offset 0x%"
                  HWADDR_PRIx "\n", offset);
    return 0;
}

static void clkpwr_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    S3C2440ClkPwrState *s = opaque;

    switch (offset) {
    case LOCKTIME:
        s->locktime = value;
        return;
    case MPLLCON:
        s->mpllcon = value & 0x000ff3f3;
        break;
    case UPLLCON:
        s->upllcon = value & 0x000ff3f3;
        break;
    case CLKCON:
        s->clkcon = value & 0x001ffffc;
        if ((s->clkcon & CLKCON_IDLE) && s->cpu) {
            cpu_interrupt(s->cpu, CPU_INTERRUPT_HALT);
        }
        return;
    case CLKSLOW:
        s->clkslow = value & 0xb7;
        break;
    case CLKDIVN:
        s->clkdivn = value & 0xf;
        break;
    case CAMDIVN:
        s->camdivn = value & 0x1fff;
        break;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-clkpwr: bad write offset 0x%"
                      HWADDR_PRIx "\n", offset);
        return;
    }
    clkpwr_update_clocks(s);
}

static const MemoryRegionOps clkpwr_ops = {
    .read = clkpwr_read,
    .write = clkpwr_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

static void clkpwr_reset(DeviceState *dev)
{
    S3C2440ClkPwrState *s = S3C2440_CLKPWR(dev);

    s->locktime = 0xffffffff;
    s->mpllcon = 0x00096030;
    s->upllcon = 0x0004d030;
    s->clkcon = 0x00fffff0;
    s->clkslow = 0x00000004;
    s->clkdivn = 0;
    s->camdivn = 0;
    clkpwr_update_clocks(s);
}

static void clkpwr_init(Object *obj)
{
    S3C2440ClkPwrState *s = S3C2440_CLKPWR(obj);

    memory_region_init_io(&s->iomem, obj, &clkpwr_ops, s,
                          TYPE_S3C2440_CLKPWR, 0x1c);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    s->fclk = qdev_init_clock_out(DEVICE(obj), "fclk");
    s->hclk = qdev_init_clock_out(DEVICE(obj), "hclk");
    s->pclk = qdev_init_clock_out(DEVICE(obj), "pclk");
}

static int clkpwr_post_load(void *opaque, int version_id)
{
    clkpwr_update_clocks(opaque);
    return 0;
}

static const VMStateDescription clkpwr_vmstate = {
    .name = TYPE_S3C2440_CLKPWR,
    .version_id = 1,
    .minimum_version_id = 1,
    .post_load = clkpwr_post_load,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(locktime, S3C2440ClkPwrState),
        VMSTATE_UINT32(mpllcon, S3C2440ClkPwrState),
        VMSTATE_UINT32(upllcon, S3C2440ClkPwrState),
        VMSTATE_UINT32(clkcon, S3C2440ClkPwrState),
        VMSTATE_UINT32(clkslow, S3C2440ClkPwrState),
        VMSTATE_UINT32(clkdivn, S3C2440ClkPwrState),
        VMSTATE_UINT32(camdivn, S3C2440ClkPwrState),
        VMSTATE_END_OF_LIST()
    }
};

static Property clkpwr_properties[] = {
    DEFINE_PROP_LINK("cpu", S3C2440ClkPwrState, cpu, TYPE_CPU, CPUState *),
    DEFINE_PROP_END_OF_LIST(),
};

static void clkpwr_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->reset = clkpwr_reset;
    dc->vmsd = &clkpwr_vmstate;
    device_class_set_props(dc, clkpwr_properties);
}

static const TypeInfo clkpwr_info = {
    .name = TYPE_S3C2440_CLKPWR,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440ClkPwrState),
    .instance_init = clkpwr_init,
    .class_init = clkpwr_class_init,
};

static void clkpwr_register_types(void)
{
    type_register_static(&clkpwr_info);
}

type_init(clkpwr_register_types)
