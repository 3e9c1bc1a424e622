/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * S3C2440A memory controller (user's manual chapter 5).
 *
 * Model: a register file. BWSCON, BANKCON0-7, REFRESH, BANKSIZE and
 * MRSRB6/7 hold what software writes and reset to the manual's values;
 * bank widths, timings and SDRAM sizes do not change the board's memory
 * map, which is fixed by the board model.
 *
 * All accesses happen under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */

#include "qemu/osdep.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440MemctlState, S3C2440_MEMCTL)

/* BWSCON, BANKCON0..7, REFRESH, BANKSIZE, MRSRB6, MRSRB7. */
#define NUM_REGS 13

static const uint32_t memctl_reset_values[NUM_REGS] = {
    0x00000000,                                             /* BWSCON */
    0x0700, 0x0700, 0x0700, 0x0700, 0x0700, 0x0700,         /* BANKCON0-5 */
    0x18008, 0x18008,                                       /* BANKCON6-7 */
    0x00ac0000,                                             /* REFRESH */
    0x00000000,                                             /* BANKSIZE */
    0x00000000, 0x00000000,                                 /* MRSRB6-7 */
};

struct S3C2440MemctlState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    uint32_t regs[NUM_REGS];
};

static uint64_t memctl_read(void *opaque, hwaddr offset, unsigned size)
{
    S3C2440MemctlState *s = opaque;

    return s->regs[offset / 4];
}

static void memctl_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    S3C2440MemctlState *s = opaque;

    s->regs[offset / 4] = value;
}

static const MemoryRegionOps memctl_ops = {
    .read = memctl_read,
    .write = memctl_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

static void memctl_reset(DeviceState *dev)
{
    S3C2440MemctlState *s = S3C2440_MEMCTL(dev);

    memcpy(s->regs, memctl_reset_values, sizeof(s->regs));
}

static void memctl_init(Object *obj)
{
    S3C2440MemctlState *s = S3C2440_MEMCTL(obj);

    memory_region_init_io(&s->iomem, obj, &memctl_ops, s,
                          TYPE_S3C2440_MEMCTL, NUM_REGS * 4);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
}

static const VMStateDescription memctl_vmstate = {
    .name = TYPE_S3C2440_MEMCTL,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32_ARRAY(regs, S3C2440MemctlState, NUM_REGS),
        VMSTATE_END_OF_LIST()
    }
};

static void memctl_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->reset = memctl_reset;
    dc->vmsd = &memctl_vmstate;
}

static const TypeInfo memctl_info = {
    .name = TYPE_S3C2440_MEMCTL,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440MemctlState),
    .instance_init = memctl_init,
    .class_init = memctl_class_init,
};

static void memctl_register_types(void)
{
    type_register_static(&memctl_info);
}

type_init(memctl_register_types)
