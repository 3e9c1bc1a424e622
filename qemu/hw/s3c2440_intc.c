/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * S3C2440A interrupt controller (user's manual chapter 14).
 *
 * Model: every source and sub-source is a qemu_irq input driven as a level
 * by its device. A high level sets the source's bit in SRCPND (SUBSRCPND
 * for sub-sources) and keeps setting it while it stays high, so clearing
 * the pending bit of a still-active source has no lasting effect, as with
 * level interrupts on the chip; devices that signal events pulse their
 * line. A sub-source pending and not masked by INTSUBMSK requests its
 * parent source in the same way.
 *
 * Sources with their INTMOD bit set drive FIQ (pending and not masked in
 * INTMSK). The others go through the priority arbiter: when INTPND is
 * empty, the highest-priority pending, unmasked IRQ source is latched into
 * INTPND/INTOFFSET and IRQ is asserted until software clears that INTPND
 * bit. The arbiter is the two-level tree of the manual: ARBITER0..5 take
 * six requests each (REQ0 fixed highest, REQ5 fixed lowest, REQ1-4 in the
 * order chosen by ARB_SEL), ARBITER6 chooses among the six winners. With
 * ARB_MODE set, servicing REQn (n = 1..4) rotates that arbiter's ARB_SEL
 * so REQn becomes the lowest of REQ1-4.
 *
 * All state changes happen under the BQL from MMIO or device callbacks.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */

#include "qemu/osdep.h"
#include "hw/irq.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440IntcState, S3C2440_INTC)

#define SRCPND      0x00
#define INTMOD      0x04
#define INTMSK      0x08
#define PRIORITY    0x0c
#define INTPND      0x10
#define INTOFFSET   0x14
#define SUBSRCPND   0x18
#define INTSUBMSK   0x1c

#define SUBMSK_ALL  ((1u << S3C2440_NUM_SUBIRQ) - 1)

struct S3C2440IntcState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    qemu_irq irq;
    qemu_irq fiq;

    uint32_t srcpnd;
    uint32_t intmod;
    uint32_t intmsk;
    uint32_t priority;
    uint32_t intpnd;
    uint32_t intoffset;
    uint32_t subsrcpnd;
    uint32_t intsubmsk;

    uint32_t level;     /* input levels of the 32 sources */
    uint32_t sublevel;  /* input levels of the 15 sub-sources */
};

/* Parent source of each sub-source. */
static const uint8_t sub_parent[S3C2440_NUM_SUBIRQ] = {
    [S3C2440_SUBINT_RXD0] = S3C2440_INT_UART0,
    [S3C2440_SUBINT_TXD0] = S3C2440_INT_UART0,
    [S3C2440_SUBINT_ERR0] = S3C2440_INT_UART0,
    [S3C2440_SUBINT_RXD1] = S3C2440_INT_UART1,
    [S3C2440_SUBINT_TXD1] = S3C2440_INT_UART1,
    [S3C2440_SUBINT_ERR1] = S3C2440_INT_UART1,
    [S3C2440_SUBINT_RXD2] = S3C2440_INT_UART2,
    [S3C2440_SUBINT_TXD2] = S3C2440_INT_UART2,
    [S3C2440_SUBINT_ERR2] = S3C2440_INT_UART2,
    [S3C2440_SUBINT_TC]   = S3C2440_INT_ADC,
    [S3C2440_SUBINT_ADC_S] = S3C2440_INT_ADC,
    [S3C2440_SUBINT_CAM_C] = S3C2440_INT_CAM,
    [S3C2440_SUBINT_CAM_P] = S3C2440_INT_CAM,
    [S3C2440_SUBINT_WDT]  = S3C2440_INT_WDT_AC97,
    [S3C2440_SUBINT_AC97] = S3C2440_INT_WDT_AC97,
};

/*
 * Sources on each first-level arbiter input REQ0..5 (-1: not connected).
 * ARBITER6 takes ARBITER0..5 as its REQ0..5.
 */
static const int8_t arbiter_req[6][6] = {
    { -1, 0, 1, 2, 3, -1 },
    { 4, 5, 6, 7, 8, 9 },
    { 10, 11, 12, 13, 14, 15 },
    { 16, 17, 18, 19, 20, 21 },
    { 22, 23, 24, 25, 26, 27 },
    { -1, 28, 29, 30, 31, -1 },
};

/* Request order for each ARB_SEL value. */
static const uint8_t arb_order[4][6] = {
    { 0, 1, 2, 3, 4, 5 },
    { 0, 2, 3, 4, 1, 5 },
    { 0, 3, 4, 1, 2, 5 },
    { 0, 4, 1, 2, 3, 5 },
};

static unsigned arb_sel(S3C2440IntcState *s, int arb)
{
    return (s->priority >> (7 + 2 * arb)) & 3;
}

/* After REQn of an arbiter in rotate mode is serviced, REQn goes last. */
static void arb_serviced(S3C2440IntcState *s, int arb, int req)
{
    if (!(s->priority & (1u << arb)) || req == 0 || req == 5) {
        return;
    }
    s->priority &= ~(3u << (7 + 2 * arb));
    s->priority |= (uint32_t)(req & 3) << (7 + 2 * arb);
}

/* First request in arbiter order whose bit is set in @reqs, or -1. */
static int arb_pick(S3C2440IntcState *s, int arb, unsigned reqs)
{
    const uint8_t *order = arb_order[arb_sel(s, arb)];
    int i;

    for (i = 0; i < 6; i++) {
        if (reqs & (1u << order[i])) {
            return order[i];
        }
    }
    return -1;
}

/* Pick and latch the winning IRQ source into INTPND. */
static void intc_arbitrate(S3C2440IntcState *s, uint32_t pending)
{
    unsigned groups = 0, reqs = 0;
    int arb, req, top, src;

    for (arb = 0; arb < 6; arb++) {
        for (req = 0; req < 6; req++) {
            int src = arbiter_req[arb][req];
            if (src >= 0 && (pending & (1u << src))) {
                groups |= 1u << arb;
            }
        }
    }
    top = arb_pick(s, 6, groups);
    if (top < 0) {
        return;
    }
    for (req = 0; req < 6; req++) {
        src = arbiter_req[top][req];
        if (src >= 0 && (pending & (1u << src))) {
            reqs |= 1u << req;
        }
    }
    req = arb_pick(s, top, reqs);
    src = arbiter_req[top][req];
    s->intpnd = 1u << src;
    s->intoffset = src;
    arb_serviced(s, top, req);
    arb_serviced(s, 6, top);
}

static void intc_update(S3C2440IntcState *s)
{
    uint32_t sub_req, irqs;
    int i;

    s->subsrcpnd |= s->sublevel;
    sub_req = s->subsrcpnd & ~s->intsubmsk;
    s->srcpnd |= s->level;
    for (i = 0; i < S3C2440_NUM_SUBIRQ; i++) {
        if (sub_req & (1u << i)) {
            s->srcpnd |= 1u << sub_parent[i];
        }
    }

    irqs = s->srcpnd & ~s->intmsk & ~s->intmod;
    if (!s->intpnd && irqs) {
        intc_arbitrate(s, irqs);
    }
    qemu_set_irq(s->irq, s->intpnd != 0);
    qemu_set_irq(s->fiq, (s->srcpnd & ~s->intmsk & s->intmod) != 0);
}

static void intc_set_input(void *opaque, int n, int level)
{
    S3C2440IntcState *s = opaque;

    if (n < S3C2440_NUM_IRQ) {
        s->level = deposit32(s->level, n, 1, level != 0);
    } else {
        s->sublevel = deposit32(s->sublevel, n - S3C2440_NUM_IRQ, 1,
                                level != 0);
    }
    intc_update(s);
}

static uint64_t intc_read(void *opaque, hwaddr offset, unsigned size)
{
    S3C2440IntcState *s = opaque;

    switch (offset) {
    case SRCPND:
        return s->srcpnd;
    case INTMOD:
        return s->intmod;
    case INTMSK:
        return s->intmsk;
    case PRIORITY:
        return s->priority;
    case INTPND:
        return s->intpnd;
    case INTOFFSET:
        return s->intoffset;
    case SUBSRCPND:
        return s->subsrcpnd;
    case INTSUBMSK:
        return s->intsubmsk;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-intc: bad read offset 0x%"
                  HWADDR_PRIx "\n", offset);
    return 0;
}

static void intc_write(void *opaque, hwaddr offset, uint64_t value,
                       unsigned size)
{
    S3C2440IntcState *s = opaque;

    switch (offset) {
    case SRCPND:
        s->srcpnd &= ~value;
        break;
    case INTMOD:
        s->intmod = value;
        break;
    case INTMSK:
        s->intmsk = value;
        break;
    case PRIORITY:
        s->priority = value & 0x1fffff;
        break;
    case INTPND:
        s->intpnd &= ~value;
        if (!s->intpnd) {
            s->intoffset = 0;
        }
        break;
    case SUBSRCPND:
        s->subsrcpnd &= ~value;
        break;
    case INTSUBMSK:
        s->intsubmsk = value & SUBMSK_ALL;
        break;
    case INTOFFSET:
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-intc: bad write offset 0x%"
                      HWADDR_PRIx "\n", offset);
        return;
    }
    intc_update(s);
}

static const MemoryRegionOps intc_ops = {
    .read = intc_read,
    .write = intc_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

static void intc_reset(DeviceState *dev)
{
    S3C2440IntcState *s = S3C2440_INTC(dev);

    s->srcpnd = 0;
    s->intmod = 0;
    s->intmsk = 0xffffffff;
    s->priority = 0x7f;
    s->intpnd = 0;
    s->intoffset = 0;
    s->subsrcpnd = 0;
    s->intsubmsk = SUBMSK_ALL;
    intc_update(s);
}

static void intc_init(Object *obj)
{
    S3C2440IntcState *s = S3C2440_INTC(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);

    memory_region_init_io(&s->iomem, obj, &intc_ops, s, TYPE_S3C2440_INTC,
                          0x20);
    sysbus_init_mmio(sbd, &s->iomem);
    sysbus_init_irq(sbd, &s->irq);
    sysbus_init_irq(sbd, &s->fiq);
    qdev_init_gpio_in(DEVICE(obj), intc_set_input, S3C2440_INTC_NUM_IN);
}

static const VMStateDescription intc_vmstate = {
    .name = TYPE_S3C2440_INTC,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(srcpnd, S3C2440IntcState),
        VMSTATE_UINT32(intmod, S3C2440IntcState),
        VMSTATE_UINT32(intmsk, S3C2440IntcState),
        VMSTATE_UINT32(priority, S3C2440IntcState),
        VMSTATE_UINT32(intpnd, S3C2440IntcState),
        VMSTATE_UINT32(intoffset, S3C2440IntcState),
        VMSTATE_UINT32(subsrcpnd, S3C2440IntcState),
        VMSTATE_UINT32(intsubmsk, S3C2440IntcState),
        VMSTATE_UINT32(level, S3C2440IntcState),
        VMSTATE_UINT32(sublevel, S3C2440IntcState),
        VMSTATE_END_OF_LIST()
    }
};

static void intc_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->reset = intc_reset;
    dc->vmsd = &intc_vmstate;
}

static const TypeInfo intc_info = {
    .name = TYPE_S3C2440_INTC,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440IntcState),
    .instance_init = intc_init,
    .class_init = intc_class_init,
};

static void intc_register_types(void)
{
    type_register_static(&intc_info);
}

type_init(intc_register_types)
