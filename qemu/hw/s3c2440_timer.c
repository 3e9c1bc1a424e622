/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * S3C2440A PWM timers 0-4 (user's manual chapter 10).
 *
 * Model: each timer counts down at PCLK / (prescaler + 1) / divider,
 * prescaler 0 serving timers 0-1 and prescaler 1 timers 2-4 (TCFG0),
 * divider 2, 4, 8 or 16 from TCFG1 (the external TCLK inputs are not
 * wired, so a timer switched to TCLK does not count). Rather than
 * ticking, a running timer remembers the virtual time and count at which
 * it last started (or was rebased) and computes TCNTO from the virtual
 * clock; a QEMU timer fires when the count reaches zero. Then INT_TIMERn
 * is pulsed and, with auto-reload, the count restarts from TCNTB one tick
 * later (so the period is TCNTB + 1 ticks); without it the timer stops at
 * zero. TCON's manual-update bit loads TCNTB into the counter. Using
 * QEMU_CLOCK_VIRTUAL makes rates exact under -icount. TCMPB, the output
 * inverters and the dead zone are stored and read back but drive nothing
 * (the TOUT pins are not modelled); DMA requests are not modelled.
 *
 * When PCLK or a prescaler/divider changes, running timers are rebased at
 * the current count so they continue at the new rate.
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
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440TimerState, S3C2440_TIMER)

#define TCFG0   0x00
#define TCFG1   0x04
#define TCON    0x08
#define TCNTB0  0x0c    /* timer n: TCNTB 0x0c + 12n, TCMPB +4, TCNTO +8 */
#define TCNTB4  0x3c
#define TCNTO4  0x40

#define NUM_TIMERS 5

/* TCON control bits, relative to each timer's field. */
#define TCON_START      (1u << 0)
#define TCON_UPDATE     (1u << 1)

typedef struct S3C2440TimerChannel {
    struct S3C2440TimerState *parent;
    int index;
    QEMUTimer *timer;
    qemu_irq irq;

    uint32_t tcntb;
    uint32_t tcmpb;
    bool running;
    uint32_t count0;    /* count at time0 */
    int64_t time0;      /* virtual ns at which the count was count0 */
} S3C2440TimerChannel;

struct S3C2440TimerState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    Clock *pclk;
    S3C2440TimerChannel ch[NUM_TIMERS];

    uint32_t tcfg0;
    uint32_t tcfg1;
    uint32_t tcon;
};

/* TCON bit position of each timer's field. */
static const uint8_t tcon_shift[NUM_TIMERS] = { 0, 8, 12, 16, 20 };

static uint32_t ch_tcon(S3C2440TimerState *s, int n)
{
    return s->tcon >> tcon_shift[n];
}

static bool ch_autoreload(S3C2440TimerState *s, int n)
{
    /* Timer 0 has the dead-zone bit at 4 and auto-reload at 3; timers 1-3
     * have auto-reload at 3; timer 4 has no inverter and auto-reload at 2. */
    return ch_tcon(s, n) & (n == 4 ? 4 : 8);
}

/* PCLK cycles per timer tick, or 0 when the timer has no clock. */
static uint64_t ch_cycles_per_tick(S3C2440TimerState *s, int n)
{
    uint32_t prescaler = extract32(s->tcfg0, n < 2 ? 0 : 8, 8);
    uint32_t mux = extract32(s->tcfg1, 4 * n, 4);

    if (mux >= 4 || !clock_is_enabled(s->pclk)) {
        return 0;
    }
    return (uint64_t)(prescaler + 1) << (mux + 1);
}

static int64_t ticks_to_ns(S3C2440TimerState *s, int n, uint64_t ticks)
{
    return clock_ticks_to_ns(s->pclk, ticks * ch_cycles_per_tick(s, n));
}

/* Current count of a channel at virtual time @now. */
static uint32_t ch_count(S3C2440TimerChannel *c, int64_t now)
{
    S3C2440TimerState *s = c->parent;
    uint64_t per_tick = ch_cycles_per_tick(s, c->index);
    uint64_t ticks;

    if (!c->running || !per_tick) {
        return c->count0;
    }
    if (now < c->time0) {
        return 0;   /* the tick between reaching zero and the reload */
    }
    ticks = clock_ns_to_ticks(s->pclk, now - c->time0) / per_tick;
    return ticks >= c->count0 ? 0 : c->count0 - ticks;
}

/* Arm the QEMU timer for the moment the count reaches zero. */
static void ch_schedule(S3C2440TimerChannel *c)
{
    S3C2440TimerState *s = c->parent;

    if (!c->running || !ch_cycles_per_tick(s, c->index)) {
        timer_del(c->timer);
        return;
    }
    timer_mod(c->timer, c->time0 + ticks_to_ns(s, c->index, c->count0));
}

/*
 * Freeze the count at @now so a rate change applies from here on. During
 * the tick between reaching zero and the reload, the pending reload stands.
 */
static void ch_rebase(S3C2440TimerChannel *c, int64_t now)
{
    if (c->running && now < c->time0) {
        return;
    }
    c->count0 = ch_count(c, now);
    c->time0 = now;
}

static void ch_expire(void *opaque)
{
    S3C2440TimerChannel *c = opaque;
    S3C2440TimerState *s = c->parent;
    int64_t zero_time;

    if (!c->running || !ch_cycles_per_tick(s, c->index)) {
        return;
    }
    zero_time = c->time0 + ticks_to_ns(s, c->index, c->count0);
    qemu_irq_pulse(c->irq);
    if (ch_autoreload(s, c->index)) {
        /* The reload happens on the tick after zero. */
        c->time0 = zero_time + ticks_to_ns(s, c->index, 1);
        c->count0 = c->tcntb;
    } else {
        c->running = false;
        c->count0 = 0;
    }
    ch_schedule(c);
}

static void pwm_pclk_update(void *opaque, ClockEvent event)
{
    S3C2440TimerState *s = opaque;
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    int n;

    for (n = 0; n < NUM_TIMERS; n++) {
        if (event == ClockPreUpdate) {
            ch_rebase(&s->ch[n], now);
        } else {
            ch_schedule(&s->ch[n]);
        }
    }
}

static void pwm_write_tcon(S3C2440TimerState *s, uint32_t value)
{
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    int n;

    for (n = 0; n < NUM_TIMERS; n++) {
        S3C2440TimerChannel *c = &s->ch[n];
        uint32_t bits = value >> tcon_shift[n];

        ch_rebase(c, now);
        if (bits & TCON_UPDATE) {
            c->count0 = c->tcntb;
            c->time0 = now;
        }
        c->running = bits & TCON_START;
    }
    s->tcon = value & 0x7fff1f;
    for (n = 0; n < NUM_TIMERS; n++) {
        ch_schedule(&s->ch[n]);
    }
}

static uint64_t pwm_read(void *opaque, hwaddr offset, unsigned size)
{
    S3C2440TimerState *s = opaque;
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    int n;

    switch (offset) {
    case TCFG0:
        return s->tcfg0;
    case TCFG1:
        return s->tcfg1;
    case TCON:
        return s->tcon;
    case TCNTB4:
        return s->ch[4].tcntb;
    case TCNTO4:
        return ch_count(&s->ch[4], now);
    }
    if (offset >= TCNTB0 && offset < TCNTB4) {
        n = (offset - TCNTB0) / 12;
        switch ((offset - TCNTB0) % 12) {
        case 0:
            return s->ch[n].tcntb;
        case 4:
            return s->ch[n].tcmpb;
        case 8:
            return ch_count(&s->ch[n], now);
        }
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-timer: bad read offset 0x%"
                  HWADDR_PRIx "\n", offset);
    return 0;
}

static void pwm_write(void *opaque, hwaddr offset, uint64_t value,
                        unsigned size)
{
    S3C2440TimerState *s = opaque;
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    int n;

    switch (offset) {
    case TCFG0:
    case TCFG1:
        for (n = 0; n < NUM_TIMERS; n++) {
            ch_rebase(&s->ch[n], now);
        }
        if (offset == TCFG0) {
            s->tcfg0 = value & 0xffffff;
        } else {
            s->tcfg1 = value & 0xffffff;
        }
        for (n = 0; n < NUM_TIMERS; n++) {
            ch_schedule(&s->ch[n]);
        }
        return;
    case TCON:
        pwm_write_tcon(s, value);
        return;
    case TCNTB4:
        s->ch[4].tcntb = value & 0xffff;
        return;
    }
    if (offset >= TCNTB0 && offset < TCNTB4) {
        n = (offset - TCNTB0) / 12;
        switch ((offset - TCNTB0) % 12) {
        case 0:
            s->ch[n].tcntb = value & 0xffff;
            return;
        case 4:
            s->ch[n].tcmpb = value & 0xffff;
            return;
        }
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-timer: bad write offset 0x%"
                  HWADDR_PRIx "\n", offset);
}

static const MemoryRegionOps pwm_ops = {
    .read = pwm_read,
    .write = pwm_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

static void pwm_reset(DeviceState *dev)
{
    S3C2440TimerState *s = S3C2440_TIMER(dev);
    int n;

    s->tcfg0 = 0;
    s->tcfg1 = 0;
    s->tcon = 0;
    for (n = 0; n < NUM_TIMERS; n++) {
        S3C2440TimerChannel *c = &s->ch[n];

        c->tcntb = 0;
        c->tcmpb = 0;
        c->running = false;
        c->count0 = 0;
        c->time0 = 0;
        timer_del(c->timer);
    }
}

static void pwm_init(Object *obj)
{
    S3C2440TimerState *s = S3C2440_TIMER(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);
    int n;

    memory_region_init_io(&s->iomem, obj, &pwm_ops, s, TYPE_S3C2440_TIMER,
                          0x44);
    sysbus_init_mmio(sbd, &s->iomem);
    for (n = 0; n < NUM_TIMERS; n++) {
        S3C2440TimerChannel *c = &s->ch[n];

        c->parent = s;
        c->index = n;
        c->timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, ch_expire, c);
        sysbus_init_irq(sbd, &c->irq);
    }
    s->pclk = qdev_init_clock_in(DEVICE(obj), "pclk", pwm_pclk_update, s,
                                 ClockPreUpdate | ClockUpdate);
}

static const VMStateDescription channel_vmstate = {
    .name = "s3c2440-timer-channel",
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_TIMER_PTR(timer, S3C2440TimerChannel),
        VMSTATE_UINT32(tcntb, S3C2440TimerChannel),
        VMSTATE_UINT32(tcmpb, S3C2440TimerChannel),
        VMSTATE_BOOL(running, S3C2440TimerChannel),
        VMSTATE_UINT32(count0, S3C2440TimerChannel),
        VMSTATE_INT64(time0, S3C2440TimerChannel),
        VMSTATE_END_OF_LIST()
    }
};

static const VMStateDescription pwm_vmstate = {
    .name = TYPE_S3C2440_TIMER,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_CLOCK(pclk, S3C2440TimerState),
        VMSTATE_UINT32(tcfg0, S3C2440TimerState),
        VMSTATE_UINT32(tcfg1, S3C2440TimerState),
        VMSTATE_UINT32(tcon, S3C2440TimerState),
        VMSTATE_STRUCT_ARRAY(ch, S3C2440TimerState, NUM_TIMERS, 1,
                             channel_vmstate, S3C2440TimerChannel),
        VMSTATE_END_OF_LIST()
    }
};

static void pwm_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->reset = pwm_reset;
    dc->vmsd = &pwm_vmstate;
}

static const TypeInfo pwm_info = {
    .name = TYPE_S3C2440_TIMER,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440TimerState),
    .instance_init = pwm_init,
    .class_init = pwm_class_init,
};

static void pwm_register_types(void)
{
    type_register_static(&pwm_info);
}

type_init(pwm_register_types)
