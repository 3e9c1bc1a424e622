/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Samsung S3C2440A I/O ports (GPIO) and external interrupts, with the
 * mini2440's four LEDs and six push buttons.
 *
 * Model. Ports A..H and J each have a configuration register (GPxCON), a
 * data register (GPxDAT) and, except port A, a pull-up register (GPxUP).
 * A pin configured as output reads back its GPxDAT latch; any other pin
 * reads its input level, which is 1 unless something outside drives it
 * (a pressed button, or a board line wired to the "gpf"/"gpg" inputs).
 *
 * External interrupts EINT0..7 are pins GPF0..7 and EINT8..23 are pins
 * GPG0..15, active only when the pin's GPxCON field selects EINT (0b10).
 * Each has a trigger mode in EXTINT0..2 (low level, high level, falling,
 * rising or both edges). EINT0..3 go straight to interrupt controller
 * sources 0..3: a level trigger holds the line, an edge pulses it.
 * EINT4..23 set their bit in EINTPEND (level triggers keep setting it
 * while the level lasts); EINT4_7 (source 4) and EINT8_23 (source 5) are
 * the OR of the pending bits not masked by EINTMASK.
 *
 * Board. LED1..4 are GPB5..8, lit when the pin is an output driving 0;
 * their state is the read-only bool properties "led1".."led4", and with
 * "log-leds" set every change is also printed. Buttons K1..K6 are GPG0,
 * GPG3, GPG5, GPG6, GPG7 and GPG11 (EINT8, 11, 13, 14, 15, 19), pulled up
 * and shorted to ground when pressed: the bool properties "button-k1"..
 * "button-k6" press (true) and release (false) them, e.g. with QMP
 * qom-set on /machine/gpio.
 *
 * GSTATUS1 is the S3C2440A chip ID. GSTATUS2 reports power-on reset after
 * the first reset and watchdog reset after any later one (the only way the
 * guest can reset this SoC); software clears its bits by writing 1.
 *
 * Locking: none of its own; all entry points run under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qapi/visitor.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440GpioState, S3C2440_GPIO)

enum { PORT_A, PORT_B, PORT_C, PORT_D, PORT_E, PORT_F, PORT_G, PORT_H,
       PORT_J, NUM_PORTS };

/* Register block of each port (GPxCON; GPxDAT at +4, GPxUP at +8). */
static const hwaddr port_base[NUM_PORTS] = {
    0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xD0,
};
static const uint8_t port_pins[NUM_PORTS] = {
    23, 11, 16, 16, 16, 8, 16, 11, 13,
};

#define MISCCR   0x80
#define DCLKCON  0x84
#define EXTINT0  0x88
#define EXTINT1  0x8C
#define EXTINT2  0x90
#define EINTFLT0 0x94
#define EINTFLT3 0xA0
#define EINTMASK 0xA4
#define EINTPEND 0xA8
#define GSTATUS0 0xAC
#define GSTATUS1 0xB0
#define GSTATUS2 0xB4
#define GSTATUS3 0xB8
#define GSTATUS4 0xBC
#define MSLCON   0xCC

#define CHIP_ID_S3C2440A  0x32440001
#define GSTATUS2_PWRST    (1 << 0)
#define GSTATUS2_WDTRST   (1 << 2)
#define EINTMASK_RESET    0x00FFFFF0
#define MISCCR_RESET      0x00010330

#define NUM_EINT    24
#define NUM_LEDS    4
#define NUM_BUTTONS 6

/* Sysbus interrupt outputs: EINT0..3, then EINT4_7 and EINT8_23. */
#define IRQ_EINT4_7  4
#define IRQ_EINT8_23 5
#define NUM_IRQ      6

static const uint8_t led_pin[NUM_LEDS] = { 5, 6, 7, 8 };          /* GPB */
static const uint8_t button_pin[NUM_BUTTONS] = { 0, 3, 5, 6, 7, 11 }; /* GPG */

struct S3C2440GpioState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    qemu_irq irq[NUM_IRQ];
    bool log_leds;

    uint32_t con[NUM_PORTS];
    uint32_t dat[NUM_PORTS];
    uint32_t up[NUM_PORTS];
    uint32_t ext_low[NUM_PORTS];  /* pins pulled low from outside */
    uint32_t misccr, dclkcon, mslcon;
    uint32_t extint[3];
    uint32_t eintflt[4];
    uint32_t eintmask, eintpend;
    uint32_t gstatus2, gstatus3, gstatus4;
    bool powered_on;

    uint32_t eint_level;          /* last input level of each EINT pin */
    bool leds[NUM_LEDS];
    bool buttons[NUM_BUTTONS];
};

/* Port F/G pin of an external interrupt. */
static void eint_pin(unsigned n, unsigned *port, unsigned *pin)
{
    *port = n < 8 ? PORT_F : PORT_G;
    *pin = n < 8 ? n : n - 8;
}

static unsigned pin_func(S3C2440GpioState *s, unsigned port, unsigned pin)
{
    if (port == PORT_A) {
        return (s->con[port] >> pin) & 1;
    }
    return (s->con[port] >> (2 * pin)) & 3;
}

static bool pin_is_output(S3C2440GpioState *s, unsigned port, unsigned pin)
{
    return port == PORT_A ? pin_func(s, port, pin) == 0
                          : pin_func(s, port, pin) == 1;
}

static uint32_t port_input(S3C2440GpioState *s, unsigned port)
{
    uint32_t mask = (1u << port_pins[port]) - 1;

    return ~s->ext_low[port] & mask;
}

static uint32_t port_read(S3C2440GpioState *s, unsigned port)
{
    uint32_t out = 0, v;
    unsigned pin;

    for (pin = 0; pin < port_pins[port]; pin++) {
        if (pin_is_output(s, port, pin)) {
            out |= 1u << pin;
        }
    }
    v = (s->dat[port] & out) | (port_input(s, port) & ~out);
    return v & ((1u << port_pins[port]) - 1);
}

static void gpio_update_irq(S3C2440GpioState *s)
{
    uint32_t active = s->eintpend & ~s->eintmask;

    qemu_set_irq(s->irq[IRQ_EINT4_7], (active & 0x000000F0) != 0);
    qemu_set_irq(s->irq[IRQ_EINT8_23], (active & 0x00FFFF00) != 0);
}

/*
 * Re-evaluate every external interrupt after a pin level or configuration
 * change: detect edges against the last level, apply level triggers.
 */
static void gpio_update_eint(S3C2440GpioState *s)
{
    unsigned n, port, pin;

    for (n = 0; n < NUM_EINT; n++) {
        bool level, last, fire = false, hold = false;
        unsigned mode;

        eint_pin(n, &port, &pin);
        level = (port_input(s, port) >> pin) & 1;
        last = (s->eint_level >> n) & 1;
        s->eint_level = (s->eint_level & ~(1u << n)) | ((uint32_t)level << n);
        if (pin_func(s, port, pin) != 2) {
            if (n < 4) {
                qemu_set_irq(s->irq[n], 0);
            }
            continue;
        }
        mode = (s->extint[n / 8] >> (4 * (n % 8))) & 7;
        switch (mode) {
        case 0:               /* low level */
            hold = !level;
            break;
        case 1:               /* high level */
            hold = level;
            break;
        case 2: case 3:       /* falling edge */
            fire = last && !level;
            break;
        case 4: case 5:       /* rising edge */
            fire = !last && level;
            break;
        default:              /* both edges */
            fire = last != level;
            break;
        }
        if (n < 4) {
            if (fire) {
                qemu_irq_pulse(s->irq[n]);
            } else {
                qemu_set_irq(s->irq[n], hold);
            }
        } else if (fire || hold) {
            s->eintpend |= 1u << n;
        }
    }
    gpio_update_irq(s);
}

static void gpio_update_leds(S3C2440GpioState *s)
{
    unsigned i;

    for (i = 0; i < NUM_LEDS; i++) {
        unsigned pin = led_pin[i];
        bool lit = pin_is_output(s, PORT_B, pin) &&
                   !((s->dat[PORT_B] >> pin) & 1);
        if (lit != s->leds[i]) {
            s->leds[i] = lit;
            if (s->log_leds) {
                info_report("mini2440: LED%u %s", i + 1, lit ? "on" : "off");
            }
        }
    }
}

static void gpio_set_external(S3C2440GpioState *s, unsigned port,
                              unsigned pin, bool low)
{
    if (low) {
        s->ext_low[port] |= 1u << pin;
    } else {
        s->ext_low[port] &= ~(1u << pin);
    }
    gpio_update_eint(s);
}

static uint64_t s3c2440_gpio_read(void *opaque, hwaddr addr, unsigned size)
{
    S3C2440GpioState *s = opaque;
    unsigned port;

    for (port = 0; port < NUM_PORTS; port++) {
        hwaddr base = port_base[port];
        if (addr == base) {
            return s->con[port];
        } else if (addr == base + 4) {
            return port_read(s, port);
        } else if (addr == base + 8 && port != PORT_A) {
            return s->up[port];
        }
    }
    switch (addr) {
    case MISCCR:
        return s->misccr;
    case DCLKCON:
        return s->dclkcon;
    case EXTINT0:
    case EXTINT1:
    case EXTINT2:
        return s->extint[(addr - EXTINT0) / 4];
    case EINTFLT0 ... EINTFLT3:
        return s->eintflt[(addr - EINTFLT0) / 4];
    case EINTMASK:
        return s->eintmask;
    case EINTPEND:
        return s->eintpend;
    case GSTATUS0:
        /* nWAIT, NCON, RnB and nBATT_FLT pins all high. */
        return 0x0000000F;
    case GSTATUS1:
        return CHIP_ID_S3C2440A;
    case GSTATUS2:
        return s->gstatus2;
    case GSTATUS3:
        return s->gstatus3;
    case GSTATUS4:
        return s->gstatus4;
    case MSLCON:
        return s->mslcon;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-gpio: read at 0x%" HWADDR_PRIx
                  "\n", addr);
    return 0;
}

static void s3c2440_gpio_write(void *opaque, hwaddr addr, uint64_t value,
                               unsigned size)
{
    S3C2440GpioState *s = opaque;
    uint32_t v = value;
    unsigned port;

    for (port = 0; port < NUM_PORTS; port++) {
        hwaddr base = port_base[port];
        uint32_t pins = (1u << port_pins[port]) - 1;
        if (addr == base) {
            s->con[port] = port == PORT_A ? v & pins
                         : v & (uint32_t)((1ull << (2 * port_pins[port])) - 1);
        } else if (addr == base + 4) {
            s->dat[port] = v & pins;
        } else if (addr == base + 8 && port != PORT_A) {
            s->up[port] = v & pins;
        } else {
            continue;
        }
        gpio_update_leds(s);
        gpio_update_eint(s);
        return;
    }
    switch (addr) {
    case MISCCR:
        s->misccr = v;
        return;
    case DCLKCON:
        s->dclkcon = v;
        return;
    case EXTINT0:
    case EXTINT1:
    case EXTINT2:
        s->extint[(addr - EXTINT0) / 4] = v;
        gpio_update_eint(s);
        return;
    case EINTFLT0 ... EINTFLT3:
        s->eintflt[(addr - EINTFLT0) / 4] = v;
        return;
    case EINTMASK:
        s->eintmask = v & 0x00FFFFF0;
        gpio_update_irq(s);
        return;
    case EINTPEND:
        s->eintpend &= ~(v & 0x00FFFFF0);
        /* Level triggers that still hold set their bit again. */
        gpio_update_eint(s);
        return;
    case GSTATUS2:
        s->gstatus2 &= ~(v & 7);
        return;
    case GSTATUS3:
        s->gstatus3 = v;
        return;
    case GSTATUS4:
        s->gstatus4 = v;
        return;
    case MSLCON:
        s->mslcon = v & 0x1FF;
        return;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-gpio: write 0x%" PRIx64
                  " at 0x%" HWADDR_PRIx "\n", value, addr);
}

static const MemoryRegionOps s3c2440_gpio_ops = {
    .read = s3c2440_gpio_read,
    .write = s3c2440_gpio_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

/* ---- board inputs and properties --------------------------------------- */

static void gpio_gpf_in(void *opaque, int pin, int level)
{
    gpio_set_external(opaque, PORT_F, pin, !level);
}

static void gpio_gpg_in(void *opaque, int pin, int level)
{
    S3C2440GpioState *s = opaque;
    unsigned i;

    for (i = 0; i < NUM_BUTTONS; i++) {
        if (button_pin[i] == pin && s->buttons[i]) {
            return;   /* a pressed button holds the pin low */
        }
    }
    gpio_set_external(s, PORT_G, pin, !level);
}

static void gpio_get_led(Object *obj, Visitor *v, const char *name,
                         void *opaque, Error **errp)
{
    bool *led = opaque;

    visit_type_bool(v, name, led, errp);
}

static void gpio_get_button(Object *obj, Visitor *v, const char *name,
                            void *opaque, Error **errp)
{
    bool *pressed = opaque;

    visit_type_bool(v, name, pressed, errp);
}

static void gpio_set_button(Object *obj, Visitor *v, const char *name,
                            void *opaque, Error **errp)
{
    S3C2440GpioState *s = S3C2440_GPIO(obj);
    bool *pressed = opaque;
    unsigned i = pressed - s->buttons;
    bool value;

    if (!visit_type_bool(v, name, &value, errp)) {
        return;
    }
    *pressed = value;
    gpio_set_external(s, PORT_G, button_pin[i], value);
}

static void s3c2440_gpio_reset(DeviceState *dev)
{
    S3C2440GpioState *s = S3C2440_GPIO(dev);
    unsigned port;

    for (port = 0; port < NUM_PORTS; port++) {
        s->con[port] = 0;
        s->dat[port] = 0;
        s->up[port] = 0;
    }
    s->con[PORT_A] = 0x7FFFFF;
    s->misccr = MISCCR_RESET;
    s->dclkcon = 0;
    s->mslcon = 0;
    memset(s->extint, 0, sizeof(s->extint));
    memset(s->eintflt, 0, sizeof(s->eintflt));
    s->eintmask = EINTMASK_RESET;
    s->eintpend = 0;
    s->gstatus2 = s->powered_on ? GSTATUS2_WDTRST : GSTATUS2_PWRST;
    s->powered_on = true;
    s->eint_level = 0xFFFFFF;
    gpio_update_leds(s);
    gpio_update_eint(s);
}

static void s3c2440_gpio_init(Object *obj)
{
    S3C2440GpioState *s = S3C2440_GPIO(obj);
    DeviceState *dev = DEVICE(obj);
    unsigned i;

    memory_region_init_io(&s->iomem, obj, &s3c2440_gpio_ops, s,
                          TYPE_S3C2440_GPIO, 0x100);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    for (i = 0; i < NUM_IRQ; i++) {
        sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq[i]);
    }
    qdev_init_gpio_in_named(dev, gpio_gpf_in, "gpf", 8);
    qdev_init_gpio_in_named(dev, gpio_gpg_in, "gpg", 16);
    for (i = 0; i < NUM_LEDS; i++) {
        g_autofree char *name = g_strdup_printf("led%u", i + 1);
        object_property_add(obj, name, "bool", gpio_get_led, NULL, NULL,
                            &s->leds[i]);
    }
    for (i = 0; i < NUM_BUTTONS; i++) {
        g_autofree char *name = g_strdup_printf("button-k%u", i + 1);
        object_property_add(obj, name, "bool", gpio_get_button,
                            gpio_set_button, NULL, &s->buttons[i]);
    }
}

static const VMStateDescription s3c2440_gpio_vmstate = {
    .name = TYPE_S3C2440_GPIO,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32_ARRAY(con, S3C2440GpioState, NUM_PORTS),
        VMSTATE_UINT32_ARRAY(dat, S3C2440GpioState, NUM_PORTS),
        VMSTATE_UINT32_ARRAY(up, S3C2440GpioState, NUM_PORTS),
        VMSTATE_UINT32_ARRAY(ext_low, S3C2440GpioState, NUM_PORTS),
        VMSTATE_UINT32(misccr, S3C2440GpioState),
        VMSTATE_UINT32(dclkcon, S3C2440GpioState),
        VMSTATE_UINT32(mslcon, S3C2440GpioState),
        VMSTATE_UINT32_ARRAY(extint, S3C2440GpioState, 3),
        VMSTATE_UINT32_ARRAY(eintflt, S3C2440GpioState, 4),
        VMSTATE_UINT32(eintmask, S3C2440GpioState),
        VMSTATE_UINT32(eintpend, S3C2440GpioState),
        VMSTATE_UINT32(gstatus2, S3C2440GpioState),
        VMSTATE_UINT32(gstatus3, S3C2440GpioState),
        VMSTATE_UINT32(gstatus4, S3C2440GpioState),
        VMSTATE_BOOL(powered_on, S3C2440GpioState),
        VMSTATE_UINT32(eint_level, S3C2440GpioState),
        VMSTATE_BOOL_ARRAY(leds, S3C2440GpioState, NUM_LEDS),
        VMSTATE_BOOL_ARRAY(buttons, S3C2440GpioState, NUM_BUTTONS),
        VMSTATE_END_OF_LIST()
    }
};

static Property s3c2440_gpio_properties[] = {
    DEFINE_PROP_BOOL("log-leds", S3C2440GpioState, log_leds, false),
    DEFINE_PROP_END_OF_LIST(),
};

static void s3c2440_gpio_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->reset = s3c2440_gpio_reset;
    dc->vmsd = &s3c2440_gpio_vmstate;
    device_class_set_props(dc, s3c2440_gpio_properties);
    dc->user_creatable = false;
}

static const TypeInfo s3c2440_gpio_info = {
    .name = TYPE_S3C2440_GPIO,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440GpioState),
    .instance_init = s3c2440_gpio_init,
    .class_init = s3c2440_gpio_class_init,
};

static void s3c2440_gpio_register_types(void)
{
    type_register_static(&s3c2440_gpio_info);
}

type_init(s3c2440_gpio_register_types)
