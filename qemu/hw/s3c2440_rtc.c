/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Samsung S3C2440A real time clock: BCD calendar, alarm and tick timer.
 *
 * Model. The calendar is QEMU's RTC (host clock or -rtc base/clock) plus
 * an offset in seconds; BCDSEC..BCDYEAR read it as BCD (BCDDAY = day of
 * week, 1 = Sunday; BCDYEAR = years since 2000). Writing a BCD register
 * while RTCCON.RTCEN is set changes that field and so the offset; BCDDAY
 * follows from the date and ignores writes. RTCRST's round reset and the
 * RTCCON test bits (CLKSEL, CNTSEL, CLKRST) are stored but do nothing.
 *
 * Alarm: while RTCALM.ALMEN is set, a timer on the RTC clock checks once a
 * second whether every field enabled in RTCALM equals the corresponding
 * ALMxxx register and, if so, pulses INT_RTC (source 30).
 *
 * Tick: TICNT bit 7 enables a periodic interrupt (INT_TICK, source 8) of
 * period (n + 1) / 128 s, n = TICNT[6:0], on QEMU_CLOCK_VIRTUAL, so it is
 * deterministic under -icount. Writing TICNT restarts the period.
 *
 * Registers are byte wide; any access size is accepted and only the low
 * byte of the word at the register's offset counts.
 *
 * Locking: none of its own; all entry points run under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */
#include "qemu/osdep.h"
#include "qemu/bcd.h"
#include "qemu/cutils.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "hw/irq.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "sysemu/rtc.h"
#include "sysemu/sysemu.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440RtcState, S3C2440_RTC)

#define RTCCON   0x40
#define TICNT    0x44
#define RTCALM   0x50
#define ALMSEC   0x54
#define ALMMIN   0x58
#define ALMHOUR  0x5C
#define ALMDATE  0x60
#define ALMMON   0x64
#define ALMYEAR  0x68
#define RTCRST   0x6C
#define BCDSEC   0x70
#define BCDMIN   0x74
#define BCDHOUR  0x78
#define BCDDATE  0x7C
#define BCDDAY   0x80
#define BCDMON   0x84
#define BCDYEAR  0x88

#define RTCCON_RTCEN  (1 << 0)
#define TICNT_ENABLE  (1 << 7)
#define RTCALM_ALMEN  (1 << 6)

/* Calendar fields in RTCALM bit order (SECEN = bit 0 ... YEAREN = bit 5). */
enum { F_SEC, F_MIN, F_HOUR, F_DATE, F_MON, F_YEAR, NUM_FIELDS };

struct S3C2440RtcState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    qemu_irq irq_tick;
    qemu_irq irq_alarm;
    QEMUTimer *tick_timer;
    QEMUTimer *alarm_timer;
    int64_t tick_next;   /* QEMU_CLOCK_VIRTUAL ns of the next tick */

    uint32_t rtccon, ticnt, rtcalm, rtcrst;
    uint32_t alm[NUM_FIELDS];
    int32_t offset;      /* seconds added to QEMU's RTC */
};

static void rtc_now(S3C2440RtcState *s, struct tm *tm)
{
    qemu_get_timedate(tm, s->offset);
}

/* The BCD value of calendar field f in tm. */
static uint8_t rtc_field(const struct tm *tm, unsigned f)
{
    switch (f) {
    case F_SEC:
        return to_bcd(tm->tm_sec);
    case F_MIN:
        return to_bcd(tm->tm_min);
    case F_HOUR:
        return to_bcd(tm->tm_hour);
    case F_DATE:
        return to_bcd(tm->tm_mday);
    case F_MON:
        return to_bcd(tm->tm_mon + 1);
    default:
        return to_bcd((tm->tm_year - 100) % 100);
    }
}

static void rtc_set_field(S3C2440RtcState *s, unsigned f, uint8_t bcd)
{
    struct tm tm, base;
    int v = from_bcd(bcd);

    rtc_now(s, &tm);
    switch (f) {
    case F_SEC:
        tm.tm_sec = v;
        break;
    case F_MIN:
        tm.tm_min = v;
        break;
    case F_HOUR:
        tm.tm_hour = v;
        break;
    case F_DATE:
        tm.tm_mday = v;
        break;
    case F_MON:
        tm.tm_mon = v - 1;
        break;
    default:
        tm.tm_year = 100 + v;
        break;
    }
    qemu_get_timedate(&base, 0);
    s->offset = mktimegm(&tm) - mktimegm(&base);
}

/* ---- tick ------------------------------------------------------------- */

static int64_t rtc_tick_period_ns(S3C2440RtcState *s)
{
    return ((s->ticnt & 0x7F) + 1) * (NANOSECONDS_PER_SECOND / 128);
}

static void rtc_tick(void *opaque)
{
    S3C2440RtcState *s = opaque;

    qemu_irq_pulse(s->irq_tick);
    s->tick_next += rtc_tick_period_ns(s);
    timer_mod(s->tick_timer, s->tick_next);
}

static void rtc_tick_restart(S3C2440RtcState *s)
{
    if (s->ticnt & TICNT_ENABLE) {
        s->tick_next = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) +
                       rtc_tick_period_ns(s);
        timer_mod(s->tick_timer, s->tick_next);
    } else {
        timer_del(s->tick_timer);
    }
}

/* ---- alarm ------------------------------------------------------------ */

static void rtc_alarm_schedule(S3C2440RtcState *s)
{
    int64_t now = qemu_clock_get_ns(rtc_clock);

    if (s->rtcalm & RTCALM_ALMEN) {
        timer_mod(s->alarm_timer, now - now % NANOSECONDS_PER_SECOND +
                  NANOSECONDS_PER_SECOND);
    } else {
        timer_del(s->alarm_timer);
    }
}

static void rtc_alarm_check(void *opaque)
{
    S3C2440RtcState *s = opaque;
    struct tm tm;
    bool match = true;
    unsigned f;

    rtc_now(s, &tm);
    for (f = 0; f < NUM_FIELDS; f++) {
        if ((s->rtcalm & (1u << f)) && rtc_field(&tm, f) != s->alm[f]) {
            match = false;
        }
    }
    if (match) {
        qemu_irq_pulse(s->irq_alarm);
    }
    rtc_alarm_schedule(s);
}

/* ---- registers -------------------------------------------------------- */

static uint64_t s3c2440_rtc_read(void *opaque, hwaddr addr, unsigned size)
{
    S3C2440RtcState *s = opaque;
    struct tm tm;

    switch (addr & ~3) {
    case RTCCON:
        return s->rtccon;
    case TICNT:
        return s->ticnt;
    case RTCALM:
        return s->rtcalm;
    case ALMSEC ... ALMYEAR:
        return s->alm[((addr & ~3) - ALMSEC) / 4];
    case RTCRST:
        return s->rtcrst;
    case BCDSEC:
    case BCDMIN:
    case BCDHOUR:
    case BCDDATE:
        rtc_now(s, &tm);
        return rtc_field(&tm, ((addr & ~3) - BCDSEC) / 4);
    case BCDDAY:
        rtc_now(s, &tm);
        return tm.tm_wday + 1;
    case BCDMON:
        rtc_now(s, &tm);
        return rtc_field(&tm, F_MON);
    case BCDYEAR:
        rtc_now(s, &tm);
        return rtc_field(&tm, F_YEAR);
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-rtc: read at 0x%" HWADDR_PRIx
                  "\n", addr);
    return 0;
}

static void s3c2440_rtc_write(void *opaque, hwaddr addr, uint64_t value,
                              unsigned size)
{
    S3C2440RtcState *s = opaque;
    uint8_t v = value;
    unsigned f;

    if (addr & 3) {
        return;   /* upper bytes of a byte-wide register */
    }
    switch (addr) {
    case RTCCON:
        s->rtccon = v & 0xF;
        return;
    case TICNT:
        s->ticnt = v;
        rtc_tick_restart(s);
        return;
    case RTCALM:
        s->rtcalm = v & 0x7F;
        rtc_alarm_schedule(s);
        return;
    case ALMSEC ... ALMYEAR:
        s->alm[(addr - ALMSEC) / 4] = v;
        return;
    case RTCRST:
        s->rtcrst = v & 0xF;
        return;
    case BCDDAY:
        return;
    case BCDSEC ... BCDDATE:
    case BCDMON:
    case BCDYEAR:
        if (!(s->rtccon & RTCCON_RTCEN)) {
            qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-rtc: BCD write with "
                          "RTCEN clear\n");
            return;
        }
        f = (addr - BCDSEC) / 4;
        if (addr > BCDDAY) {
            f--;                /* BCDMON, BCDYEAR follow BCDDAY */
        }
        rtc_set_field(s, f, v);
        return;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-rtc: write 0x%" PRIx64
                  " at 0x%" HWADDR_PRIx "\n", value, addr);
}

static const MemoryRegionOps s3c2440_rtc_ops = {
    .read = s3c2440_rtc_read,
    .write = s3c2440_rtc_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 4,
};

static void s3c2440_rtc_reset(DeviceState *dev)
{
    S3C2440RtcState *s = S3C2440_RTC(dev);

    s->rtccon = 0;
    s->ticnt = 0;
    s->rtcalm = 0;
    s->rtcrst = 0;
    memset(s->alm, 0, sizeof(s->alm));
    s->alm[F_DATE] = 0x01;
    s->alm[F_MON] = 0x01;
    timer_del(s->tick_timer);
    timer_del(s->alarm_timer);
}

static void s3c2440_rtc_init(Object *obj)
{
    S3C2440RtcState *s = S3C2440_RTC(obj);

    memory_region_init_io(&s->iomem, obj, &s3c2440_rtc_ops, s,
                          TYPE_S3C2440_RTC, 0x100);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq_tick);
    sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq_alarm);
}

static void s3c2440_rtc_realize(DeviceState *dev, Error **errp)
{
    S3C2440RtcState *s = S3C2440_RTC(dev);

    s->tick_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, rtc_tick, s);
    s->alarm_timer = timer_new_ns(rtc_clock, rtc_alarm_check, s);
}

static const VMStateDescription s3c2440_rtc_vmstate = {
    .name = TYPE_S3C2440_RTC,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(rtccon, S3C2440RtcState),
        VMSTATE_UINT32(ticnt, S3C2440RtcState),
        VMSTATE_UINT32(rtcalm, S3C2440RtcState),
        VMSTATE_UINT32(rtcrst, S3C2440RtcState),
        VMSTATE_UINT32_ARRAY(alm, S3C2440RtcState, NUM_FIELDS),
        VMSTATE_INT32(offset, S3C2440RtcState),
        VMSTATE_INT64(tick_next, S3C2440RtcState),
        VMSTATE_TIMER_PTR(tick_timer, S3C2440RtcState),
        VMSTATE_TIMER_PTR(alarm_timer, S3C2440RtcState),
        VMSTATE_END_OF_LIST()
    }
};

static void s3c2440_rtc_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->realize = s3c2440_rtc_realize;
    dc->reset = s3c2440_rtc_reset;
    dc->vmsd = &s3c2440_rtc_vmstate;
    dc->user_creatable = false;
}

static const TypeInfo s3c2440_rtc_info = {
    .name = TYPE_S3C2440_RTC,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440RtcState),
    .instance_init = s3c2440_rtc_init,
    .class_init = s3c2440_rtc_class_init,
};

static void s3c2440_rtc_register_types(void)
{
    type_register_static(&s3c2440_rtc_info);
}

type_init(s3c2440_rtc_register_types)
