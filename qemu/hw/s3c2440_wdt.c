/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * S3C2440A watchdog timer (user's manual chapter 18).
 *
 * Model: WTCNT counts down at PCLK / (prescaler + 1) / (16, 32, 64, 128)
 * while WTCON's enable bit is set; like the PWM timers it is computed from
 * the virtual clock rather than ticked. On reaching zero it reloads from
 * WTDAT and, per WTCON, raises the WDT sub-source (a pulse) and/or resets
 * the board through watchdog_perform_action() (so -watchdog-action
 * applies; the default resets). The power-on state is enabled with reset,
 * as on the chip: boot code must disable it first.
 *
 * All accesses happen under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */

#include "qemu/osdep.h"
#include "hw/clock.h"
#include "hw/irq.h"
#include "hw/qdev-clock.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "qom/object.h"
#include "sysemu/watchdog.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440WdtState, S3C2440_WDT)

#define WTCON   0x00
#define WTDAT   0x04
#define WTCNT   0x08

#define WTCON_RESET     (1u << 0)
#define WTCON_INT       (1u << 2)
#define WTCON_ENABLE    (1u << 5)

struct S3C2440WdtState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    Clock *pclk;
    QEMUTimer *timer;
    qemu_irq irq;

    uint32_t wtcon;
    uint32_t wtdat;
    uint32_t count0;    /* WTCNT at time0 */
    int64_t time0;
};

static uint64_t wdt_cycles_per_tick(S3C2440WdtState *s)
{
    uint32_t prescaler = extract32(s->wtcon, 8, 8);
    uint32_t div = 16u << extract32(s->wtcon, 3, 2);

    return (uint64_t)(prescaler + 1) * div;
}

static bool wdt_running(S3C2440WdtState *s)
{
    return (s->wtcon & WTCON_ENABLE) && clock_is_enabled(s->pclk);
}

static uint32_t wdt_count(S3C2440WdtState *s, int64_t now)
{
    uint64_t ticks;

    if (!wdt_running(s) || now <= s->time0) {
        return s->count0;
    }
    ticks = clock_ns_to_ticks(s->pclk, now - s->time0) /
            wdt_cycles_per_tick(s);
    return ticks >= s->count0 ? 0 : s->count0 - ticks;
}

static void wdt_rebase(S3C2440WdtState *s, int64_t now)
{
    s->count0 = wdt_count(s, now);
    s->time0 = now;
}

static void wdt_schedule(S3C2440WdtState *s)
{
    if (!wdt_running(s)) {
        timer_del(s->timer);
        return;
    }
    timer_mod(s->timer, s->time0 +
              clock_ticks_to_ns(s->pclk, s->count0 * wdt_cycles_per_tick(s)));
}

static void wdt_expire(void *opaque)
{
    S3C2440WdtState *s = opaque;

    if (!wdt_running(s)) {
        return;
    }
    s->time0 += clock_ticks_to_ns(s->pclk,
                                  s->count0 * wdt_cycles_per_tick(s));
    s->count0 = s->wtdat;
    if (s->wtcon & WTCON_INT) {
        qemu_irq_pulse(s->irq);
    }
    if (s->wtcon & WTCON_RESET) {
        qemu_log_mask(CPU_LOG_RESET, "s3c2440-wdt: watchdog reset\n");
        watchdog_perform_action();
    }
    wdt_schedule(s);
}

static void wdt_pclk_update(void *opaque, ClockEvent event)
{
    S3C2440WdtState *s = opaque;

    if (event == ClockPreUpdate) {
        wdt_rebase(s, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
    } else {
        wdt_schedule(s);
    }
}

static uint64_t wdt_read(void *opaque, hwaddr offset, unsigned size)
{
    S3C2440WdtState *s = opaque;

    switch (offset) {
    case WTCON:
        return s->wtcon;
    case WTDAT:
        return s->wtdat;
    case WTCNT:
        return wdt_count(s, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-wdt: bad read offset 0x%"
                  HWADDR_PRIx "\n", offset);
    return 0;
}

static void wdt_write(void *opaque, hwaddr offset, uint64_t value,
                      unsigned size)
{
    S3C2440WdtState *s = opaque;
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);

    wdt_rebase(s, now);
    switch (offset) {
    case WTCON:
        s->wtcon = value & 0xff3d;
        break;
    case WTDAT:
        s->wtdat = value & 0xffff;
        break;
    case WTCNT:
        s->count0 = value & 0xffff;
        break;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-wdt: bad write offset 0x%"
                      HWADDR_PRIx "\n", offset);
        return;
    }
    wdt_schedule(s);
}

static const MemoryRegionOps wdt_ops = {
    .read = wdt_read,
    .write = wdt_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

static void wdt_reset(DeviceState *dev)
{
    S3C2440WdtState *s = S3C2440_WDT(dev);

    s->wtcon = 0x8021;
    s->wtdat = 0x8000;
    s->count0 = 0x8000;
    s->time0 = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    wdt_schedule(s);
}

static void wdt_init(Object *obj)
{
    S3C2440WdtState *s = S3C2440_WDT(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);

    memory_region_init_io(&s->iomem, obj, &wdt_ops, s, TYPE_S3C2440_WDT, 0xc);
    sysbus_init_mmio(sbd, &s->iomem);
    sysbus_init_irq(sbd, &s->irq);
    s->timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, wdt_expire, s);
    s->pclk = qdev_init_clock_in(DEVICE(obj), "pclk", wdt_pclk_update, s,
                                 ClockPreUpdate | ClockUpdate);
}

static const VMStateDescription wdt_vmstate = {
    .name = TYPE_S3C2440_WDT,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_CLOCK(pclk, S3C2440WdtState),
        VMSTATE_TIMER_PTR(timer, S3C2440WdtState),
        VMSTATE_UINT32(wtcon, S3C2440WdtState),
        VMSTATE_UINT32(wtdat, S3C2440WdtState),
        VMSTATE_UINT32(count0, S3C2440WdtState),
        VMSTATE_INT64(time0, S3C2440WdtState),
        VMSTATE_END_OF_LIST()
    }
};

static void wdt_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->reset = wdt_reset;
    dc->vmsd = &wdt_vmstate;
}

static const TypeInfo wdt_info = {
    .name = TYPE_S3C2440_WDT,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440WdtState),
    .instance_init = wdt_init,
    .class_init = wdt_class_init,
};

static void wdt_register_types(void)
{
    type_register_static(&wdt_info);
}

type_init(wdt_register_types)
