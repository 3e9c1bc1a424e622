/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * S3C2440A UART channel (user's manual chapter 11); the board creates
 * three, each on its own chardev.
 *
 * Model: transmission is instantaneous, so the transmit FIFO and holding
 * register always read as empty (UTRSTAT Tx bits set, UFSTAT Tx count 0)
 * and a byte written to UTXH goes straight to the chardev (or, in loopback
 * mode, into the receive FIFO). Received bytes enter a 64-byte FIFO (depth
 * 1 with UFCON FIFO disabled); the chardev is only offered as many bytes
 * as there is room for, so overruns never happen. UCON's receive and
 * transmit modes must be "interrupt or polling" (01) for data to move.
 *
 * Three interrupt lines go to the sub-sources RXDn, TXDn and ERRn:
 * - RX: FIFO mode: Rx count >= trigger level (1, 8, 16, 32), or Rx
 *   timeout (UCON bit 7) when the FIFO holds data and nothing arrived for
 *   three frame times; non-FIFO mode: a byte is waiting.
 * - TX: the transmitter is always below its trigger level / empty.
 * - ERR: UERSTAT non-zero with UCON bit 6 (only break detection can set
 *   it here); reading UERSTAT clears it.
 * In level mode (UCON bits 8/9) a line follows its condition; in pulse
 * mode it pulses when the condition arises (Rx: data reaching the trigger
 * or timing out; Tx: after each transmitted byte and when Tx is enabled).
 * Baud rate settings are stored; the clock source is taken as PCLK for
 * the timeout.
 *
 * All accesses happen under the BQL.
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */

#include "qemu/osdep.h"
#include "chardev/char-fe.h"
#include "hw/clock.h"
#include "hw/irq.h"
#include "hw/qdev-clock.h"
#include "hw/qdev-properties.h"
#include "hw/qdev-properties-system.h"
#include "hw/sysbus.h"
#include "migration/vmstate.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "qom/object.h"
#include "s3c2440.h"

OBJECT_DECLARE_SIMPLE_TYPE(S3C2440UartState, S3C2440_UART)

#define ULCON       0x00
#define UCON        0x04
#define UFCON       0x08
#define UMCON       0x0c
#define UTRSTAT     0x10
#define UERSTAT     0x14
#define UFSTAT      0x18
#define UMSTAT      0x1c
#define UTXH        0x20
#define URXH        0x24
#define UBRDIV      0x28

#define UCON_RXMODE(v)      extract32(v, 0, 2)
#define UCON_TXMODE(v)      extract32(v, 2, 2)
#define UCON_LOOPBACK       (1u << 5)
#define UCON_RXERR_INT      (1u << 6)
#define UCON_RX_TIMEOUT     (1u << 7)
#define UCON_RX_LEVEL       (1u << 8)
#define UCON_TX_LEVEL       (1u << 9)

#define UFCON_FIFO_EN       (1u << 0)
#define UFCON_RX_RESET      (1u << 1)
#define UFCON_TX_RESET      (1u << 2)

#define UERSTAT_BREAK       (1u << 3)

#define FIFO_SIZE 64

struct S3C2440UartState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    CharBackend chr;
    Clock *pclk;
    QEMUTimer *rx_timer;
    qemu_irq irq_rx;
    qemu_irq irq_tx;
    qemu_irq irq_err;

    uint32_t ulcon;
    uint32_t ucon;
    uint32_t ufcon;
    uint32_t umcon;
    uint32_t uerstat;
    uint32_t ubrdiv;

    uint8_t rx_fifo[FIFO_SIZE];
    uint32_t rx_head;
    uint32_t rx_count;
    bool rx_timed_out;
    bool rx_cond;       /* last RX interrupt condition (for pulse mode) */
};

static unsigned rx_depth(S3C2440UartState *s)
{
    return (s->ufcon & UFCON_FIFO_EN) ? FIFO_SIZE : 1;
}

static unsigned rx_trigger(S3C2440UartState *s)
{
    static const uint8_t levels[4] = { 1, 8, 16, 32 };

    return levels[extract32(s->ufcon, 4, 2)];
}

static bool rx_condition(S3C2440UartState *s)
{
    if (UCON_RXMODE(s->ucon) != 1 || !s->rx_count) {
        return false;
    }
    if (!(s->ufcon & UFCON_FIFO_EN)) {
        return true;
    }
    return s->rx_count >= rx_trigger(s) || s->rx_timed_out;
}

static void uart_update_rx(S3C2440UartState *s)
{
    bool cond = rx_condition(s);

    if (s->ucon & UCON_RX_LEVEL) {
        qemu_set_irq(s->irq_rx, cond);
    } else {
        qemu_set_irq(s->irq_rx, 0);
        if (cond && !s->rx_cond) {
            qemu_irq_pulse(s->irq_rx);
        }
    }
    s->rx_cond = cond;
}

/* Level-mode TX request; pulse mode pulses from uart_tx_event(). */
static void uart_update_tx(S3C2440UartState *s)
{
    qemu_set_irq(s->irq_tx, (s->ucon & UCON_TX_LEVEL) &&
                 UCON_TXMODE(s->ucon) == 1);
}

static void uart_tx_event(S3C2440UartState *s)
{
    if (!(s->ucon & UCON_TX_LEVEL) && UCON_TXMODE(s->ucon) == 1) {
        qemu_irq_pulse(s->irq_tx);
    }
}

static void uart_update_err(S3C2440UartState *s)
{
    qemu_set_irq(s->irq_err, (s->ucon & UCON_RXERR_INT) && s->uerstat);
}

/* Three frame times (start + 8 data + stop bits at 16 clocks per bit). */
static void uart_arm_rx_timeout(S3C2440UartState *s)
{
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    uint64_t cycles = 3 * 10 * 16 * (uint64_t)(s->ubrdiv + 1);

    s->rx_timed_out = false;
    if ((s->ufcon & UFCON_FIFO_EN) && (s->ucon & UCON_RX_TIMEOUT) &&
        s->rx_count && clock_is_enabled(s->pclk)) {
        timer_mod(s->rx_timer, now + clock_ticks_to_ns(s->pclk, cycles));
    } else {
        timer_del(s->rx_timer);
    }
}

static void uart_rx_timeout(void *opaque)
{
    S3C2440UartState *s = opaque;

    s->rx_timed_out = s->rx_count != 0;
    uart_update_rx(s);
}

static void uart_rx_push(S3C2440UartState *s, uint8_t byte)
{
    if (s->rx_count >= rx_depth(s)) {
        s->uerstat |= 1;    /* overrun: only reachable in loopback */
        return;
    }
    s->rx_fifo[(s->rx_head + s->rx_count) % FIFO_SIZE] = byte;
    s->rx_count++;
}

static int uart_can_receive(void *opaque)
{
    S3C2440UartState *s = opaque;

    if (UCON_RXMODE(s->ucon) != 1 || (s->ucon & UCON_LOOPBACK)) {
        return 0;
    }
    return rx_depth(s) - s->rx_count;
}

static void uart_receive(void *opaque, const uint8_t *buf, int size)
{
    S3C2440UartState *s = opaque;
    int i;

    for (i = 0; i < size; i++) {
        uart_rx_push(s, buf[i]);
    }
    uart_arm_rx_timeout(s);
    uart_update_rx(s);
    uart_update_err(s);
}

static void uart_event(void *opaque, QEMUChrEvent event)
{
    S3C2440UartState *s = opaque;

    if (event == CHR_EVENT_BREAK) {
        s->uerstat |= UERSTAT_BREAK;
        uart_update_err(s);
    }
}

static void uart_transmit(S3C2440UartState *s, uint8_t byte)
{
    if (UCON_TXMODE(s->ucon) != 1) {
        return;
    }
    if (s->ucon & UCON_LOOPBACK) {
        uart_rx_push(s, byte);
        uart_arm_rx_timeout(s);
        uart_update_rx(s);
        uart_update_err(s);
    } else {
        /* Blocking write: there is no transmit buffer to overflow. */
        qemu_chr_fe_write_all(&s->chr, &byte, 1);
    }
    uart_tx_event(s);
}

static uint32_t uart_read_rx(S3C2440UartState *s)
{
    uint8_t byte;

    if (!s->rx_count) {
        return 0;
    }
    byte = s->rx_fifo[s->rx_head];
    s->rx_head = (s->rx_head + 1) % FIFO_SIZE;
    s->rx_count--;
    if (!s->rx_count) {
        s->rx_timed_out = false;
        timer_del(s->rx_timer);
    }
    uart_update_rx(s);
    qemu_chr_fe_accept_input(&s->chr);
    return byte;
}

static uint64_t uart_read(void *opaque, hwaddr offset, unsigned size)
{
    S3C2440UartState *s = opaque;
    uint32_t v;

    switch (offset) {
    case ULCON:
        return s->ulcon;
    case UCON:
        return s->ucon;
    case UFCON:
        return s->ufcon;
    case UMCON:
        return s->umcon;
    case UTRSTAT:
        return (s->rx_count ? 1 : 0) | 0x6;
    case UERSTAT:
        v = s->uerstat;
        s->uerstat = 0;
        uart_update_err(s);
        return v;
    case UFSTAT:
        return s->rx_count == FIFO_SIZE ? 0x40 : s->rx_count;
    case UMSTAT:
        return 1;   /* CTS asserted, no change */
    case URXH:
        return uart_read_rx(s);
    case UBRDIV:
        return s->ubrdiv;
    case UTXH:
        break;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-uart: bad read offset 0x%"
                  HWADDR_PRIx "\n", offset);
    return 0;
}

static void uart_write(void *opaque, hwaddr offset, uint64_t value,
                       unsigned size)
{
    S3C2440UartState *s = opaque;
    uint32_t old;

    switch (offset) {
    case ULCON:
        s->ulcon = value & 0x7f;
        return;
    case UCON:
        old = s->ucon;
        s->ucon = value & 0xfff;
        uart_arm_rx_timeout(s);
        uart_update_rx(s);
        uart_update_tx(s);
        uart_update_err(s);
        if (UCON_TXMODE(old) != 1) {
            uart_tx_event(s);
        }
        qemu_chr_fe_accept_input(&s->chr);
        return;
    case UFCON:
        s->ufcon = value & 0xf1;
        if (value & UFCON_RX_RESET) {
            s->rx_head = 0;
            s->rx_count = 0;
        }
        if (s->rx_count > rx_depth(s)) {
            s->rx_count = rx_depth(s);
        }
        uart_arm_rx_timeout(s);
        uart_update_rx(s);
        qemu_chr_fe_accept_input(&s->chr);
        return;
    case UMCON:
        s->umcon = value & 0x11;
        return;
    case UTXH:
        uart_transmit(s, value);
        return;
    case UBRDIV:
        s->ubrdiv = value & 0xffff;
        return;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "s3c2440-uart: bad write offset 0x%"
                  HWADDR_PRIx "\n", offset);
}

static const MemoryRegionOps uart_ops = {
    .read = uart_read,
    .write = uart_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 4,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void uart_reset(DeviceState *dev)
{
    S3C2440UartState *s = S3C2440_UART(dev);

    s->ulcon = 0;
    s->ucon = 0;
    s->ufcon = 0;
    s->umcon = 0;
    s->uerstat = 0;
    s->ubrdiv = 0;
    s->rx_head = 0;
    s->rx_count = 0;
    s->rx_timed_out = false;
    s->rx_cond = false;
    timer_del(s->rx_timer);
    qemu_set_irq(s->irq_rx, 0);
    qemu_set_irq(s->irq_tx, 0);
    qemu_set_irq(s->irq_err, 0);
}

static void uart_realize(DeviceState *dev, Error **errp)
{
    S3C2440UartState *s = S3C2440_UART(dev);

    qemu_chr_fe_set_handlers(&s->chr, uart_can_receive, uart_receive,
                             uart_event, NULL, s, NULL, true);
}

static void uart_init(Object *obj)
{
    S3C2440UartState *s = S3C2440_UART(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);

    memory_region_init_io(&s->iomem, obj, &uart_ops, s, TYPE_S3C2440_UART,
                          0x2c);
    sysbus_init_mmio(sbd, &s->iomem);
    sysbus_init_irq(sbd, &s->irq_rx);
    sysbus_init_irq(sbd, &s->irq_tx);
    sysbus_init_irq(sbd, &s->irq_err);
    s->rx_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, uart_rx_timeout, s);
    s->pclk = qdev_init_clock_in(DEVICE(obj), "pclk", NULL, NULL, 0);
}

static const VMStateDescription uart_vmstate = {
    .name = TYPE_S3C2440_UART,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_CLOCK(pclk, S3C2440UartState),
        VMSTATE_TIMER_PTR(rx_timer, S3C2440UartState),
        VMSTATE_UINT32(ulcon, S3C2440UartState),
        VMSTATE_UINT32(ucon, S3C2440UartState),
        VMSTATE_UINT32(ufcon, S3C2440UartState),
        VMSTATE_UINT32(umcon, S3C2440UartState),
        VMSTATE_UINT32(uerstat, S3C2440UartState),
        VMSTATE_UINT32(ubrdiv, S3C2440UartState),
        VMSTATE_UINT8_ARRAY(rx_fifo, S3C2440UartState, FIFO_SIZE),
        VMSTATE_UINT32(rx_head, S3C2440UartState),
        VMSTATE_UINT32(rx_count, S3C2440UartState),
        VMSTATE_BOOL(rx_timed_out, S3C2440UartState),
        VMSTATE_BOOL(rx_cond, S3C2440UartState),
        VMSTATE_END_OF_LIST()
    }
};

static Property uart_properties[] = {
    DEFINE_PROP_CHR("chardev", S3C2440UartState, chr),
    DEFINE_PROP_END_OF_LIST(),
};

static void uart_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->realize = uart_realize;
    dc->reset = uart_reset;
    dc->vmsd = &uart_vmstate;
    device_class_set_props(dc, uart_properties);
}

static const TypeInfo uart_info = {
    .name = TYPE_S3C2440_UART,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(S3C2440UartState),
    .instance_init = uart_init,
    .class_init = uart_class_init,
};

static void uart_register_types(void)
{
    type_register_static(&uart_info);
}

type_init(uart_register_types)
