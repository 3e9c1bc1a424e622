/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * FriendlyARM mini2440 board: Samsung S3C2440A (ARM920T core), 64 MB
 * SDRAM, 12 MHz crystal, NAND flash, DM9000 Ethernet.
 *
 * Memory map (NAND boot, OM[1:0] = 00):
 *   0x00000000  4 KB steppingstone SRAM (filled from NAND at reset)
 *   0x20000300  DM9000 (bank 4, EINT7): not modelled yet
 *   0x30000000  64 MB SDRAM (bank 6)
 *   0x48000000  on-chip peripherals, see s3c2440.h
 * Blocks without a model (LCD, DMA, USB, I2C, I2S, ADC, SPI, SDI, AC97,
 * camera, DM9000) are "unimplemented" devices: accesses are logged with
 * -d unimp, reads return zero.
 *
 * Boot: -kernel with an ELF loads it and starts at its entry point; any
 * other -kernel file goes through QEMU's Linux boot protocol (image at
 * 0x30010000, machine number 1999, tags at 0x30000100). Without -kernel
 * the CPU starts at 0 in the steppingstone, which the NAND controller
 * fills from the first 4 KB of the NAND drive, or at the address of a
 * `-device loader,...,cpu-num=0` image. The CPU starts in SVC mode with
 * IRQ and FIQ masked and the MMU off. Semihosting is off unless asked for
 * (-semihosting-config enable=on,target=native).
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "cpu.h"
#include "exec/address-spaces.h"
#include "hw/arm/boot.h"
#include "hw/boards.h"
#include "hw/clock.h"
#include "hw/misc/unimp.h"
#include "hw/qdev-clock.h"
#include "hw/qdev-properties.h"
#include "hw/qdev-properties-system.h"
#include "hw/sysbus.h"
#include "qemu/units.h"
#include "sysemu/block-backend.h"
#include "sysemu/sysemu.h"
#include "s3c2440.h"

/* Linux machine number of the mini2440 (arch/arm/tools/mach-types). */
#define MINI2440_BOARD_ID 1999

static struct arm_boot_info mini2440_binfo = {
    .loader_start = S3C2440_SDRAM_BASE,
    .board_id = MINI2440_BOARD_ID,
};

static DeviceState *mini2440_create(const char *type, hwaddr base)
{
    DeviceState *dev = qdev_new(type);

    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, base);
    return dev;
}

/*
 * GPIO, RTC, NAND: see s3c2440_gpio.c, s3c2440_rtc.c and s3c2440_nand.c.
 * @intc provides the interrupt inputs (qdev_get_gpio_in(intc, S3C2440_INT_*)
 * for sources, S3C2440_INTC_SUB(S3C2440_SUBINT_*) for sub-sources).
 * @steppingstone is the 4 KB SRAM at 0; when @nand_boot is set (no
 * -kernel), the NAND controller copies the first 4 KB of the NAND drive
 * into it at every reset.
 */
static void mini2440_create_slow_peripherals(DeviceState *intc,
                                             MemoryRegion *steppingstone,
                                             bool nand_boot)
{
    Object *machine = qdev_get_machine();
    DriveInfo *nand_drive = drive_get(IF_MTD, 0, 0);
    DeviceState *dev;
    int i;

    /* Children of /machine so that QOM paths are stable for QMP users. */
    dev = qdev_new(TYPE_S3C2440_GPIO);
    object_property_add_child(machine, "gpio", OBJECT(dev));
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, S3C2440_GPIO_BASE);
    for (i = 0; i < 4; i++) {
        sysbus_connect_irq(SYS_BUS_DEVICE(dev), i,
                           qdev_get_gpio_in(intc, S3C2440_INT_EINT0 + i));
    }
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 4,
                       qdev_get_gpio_in(intc, S3C2440_INT_EINT4_7));
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 5,
                       qdev_get_gpio_in(intc, S3C2440_INT_EINT8_23));

    dev = qdev_new(TYPE_S3C2440_RTC);
    object_property_add_child(machine, "rtc", OBJECT(dev));
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, S3C2440_RTC_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(intc, S3C2440_INT_TICK));
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 1,
                       qdev_get_gpio_in(intc, S3C2440_INT_RTC));

    /* With boot-copy the NAND device fills the steppingstone at reset. */
    dev = qdev_new(TYPE_S3C2440_NAND);
    object_property_add_child(machine, "nand", OBJECT(dev));
    if (nand_drive) {
        qdev_prop_set_drive_err(dev, "drive", blk_by_legacy_dinfo(nand_drive),
                                &error_fatal);
    }
    qdev_prop_set_bit(dev, "boot-copy", nand_boot && nand_drive);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, S3C2440_NAND_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(intc, S3C2440_INT_NFCON));
}

static void mini2440_init(MachineState *machine)
{
    MachineClass *mc = MACHINE_GET_CLASS(machine);
    MemoryRegion *sysmem = get_system_memory();
    MemoryRegion *sram = g_new(MemoryRegion, 1);
    DeviceState *intc, *clkpwr, *dev;
    Clock *pclk;
    ARMCPU *cpu;
    int i;

    if (machine->ram_size != mc->default_ram_size) {
        error_report("mini2440: the board has 64 MB of SDRAM (-m 64M)");
        exit(1);
    }
    cpu = ARM_CPU(cpu_create(machine->cpu_type));

    memory_region_add_subregion(sysmem, S3C2440_SDRAM_BASE, machine->ram);
    memory_region_init_ram(sram, NULL, "mini2440.steppingstone",
                           S3C2440_SRAM_SIZE, &error_fatal);
    memory_region_add_subregion(sysmem, S3C2440_BANK0_BASE, sram);

    intc = mini2440_create(TYPE_S3C2440_INTC, S3C2440_INTC_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(intc), 0,
                       qdev_get_gpio_in(DEVICE(cpu), ARM_CPU_IRQ));
    sysbus_connect_irq(SYS_BUS_DEVICE(intc), 1,
                       qdev_get_gpio_in(DEVICE(cpu), ARM_CPU_FIQ));

    clkpwr = qdev_new(TYPE_S3C2440_CLKPWR);
    object_property_set_link(OBJECT(clkpwr), "cpu", OBJECT(cpu),
                             &error_fatal);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(clkpwr), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(clkpwr), 0, S3C2440_CLKPWR_BASE);
    pclk = qdev_get_clock_out(clkpwr, "pclk");

    mini2440_create(TYPE_S3C2440_MEMCTL, S3C2440_MEMCTL_BASE);

    dev = qdev_new(TYPE_S3C2440_TIMER);
    qdev_connect_clock_in(dev, "pclk", pclk);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, S3C2440_TIMER_BASE);
    for (i = 0; i < 5; i++) {
        sysbus_connect_irq(SYS_BUS_DEVICE(dev), i,
                           qdev_get_gpio_in(intc, S3C2440_INT_TIMER0 + i));
    }

    for (i = 0; i < 3; i++) {
        static const hwaddr base[3] = {
            S3C2440_UART0_BASE, S3C2440_UART1_BASE, S3C2440_UART2_BASE,
        };
        static const int subint_rx[3] = {
            S3C2440_SUBINT_RXD0, S3C2440_SUBINT_RXD1, S3C2440_SUBINT_RXD2,
        };
        int j;

        dev = qdev_new(TYPE_S3C2440_UART);
        qdev_prop_set_chr(dev, "chardev", serial_hd(i));
        qdev_connect_clock_in(dev, "pclk", pclk);
        sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
        sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, base[i]);
        /* RX, TX, ERR sub-sources are consecutive. */
        for (j = 0; j < 3; j++) {
            sysbus_connect_irq(SYS_BUS_DEVICE(dev), j, qdev_get_gpio_in(intc,
                               S3C2440_INTC_SUB(subint_rx[i] + j)));
        }
    }

    dev = qdev_new(TYPE_S3C2440_WDT);
    qdev_connect_clock_in(dev, "pclk", pclk);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, S3C2440_WDT_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(intc,
                                        S3C2440_INTC_SUB(S3C2440_SUBINT_WDT)));

    mini2440_create_slow_peripherals(intc, sram, !machine->kernel_filename);

    create_unimplemented_device("dm9000", S3C2440_DM9000_BASE, 0x100);
    create_unimplemented_device("s3c2440.usbhost", S3C2440_USBHOST_BASE,
                                0x100000);
    create_unimplemented_device("s3c2440.dma", S3C2440_DMA_BASE, 0x100000);
    create_unimplemented_device("s3c2440.lcd", S3C2440_LCD_BASE, 0x100000);
    create_unimplemented_device("s3c2440.camera", S3C2440_CAM_BASE, 0x100000);
    create_unimplemented_device("s3c2440.usbdev", S3C2440_USBDEV_BASE,
                                0x100000);
    create_unimplemented_device("s3c2440.iic", S3C2440_IIC_BASE, 0x100000);
    create_unimplemented_device("s3c2440.iis", S3C2440_IIS_BASE, 0x100000);
    create_unimplemented_device("s3c2440.adc", S3C2440_ADC_BASE, 0x100000);
    create_unimplemented_device("s3c2440.spi", S3C2440_SPI_BASE, 0x100000);
    create_unimplemented_device("s3c2440.sdi", S3C2440_SDI_BASE, 0x100000);
    create_unimplemented_device("s3c2440.ac97", S3C2440_AC97_BASE, 0x100000);

    mini2440_binfo.ram_size = machine->ram_size;
    arm_load_kernel(cpu, machine, &mini2440_binfo);
}

static void mini2440_machine_init(MachineClass *mc)
{
    mc->desc = "FriendlyARM mini2440 (S3C2440A, ARM920T)";
    mc->init = mini2440_init;
    mc->default_cpu_type = ARM_CPU_TYPE_NAME("arm920t");
    mc->default_ram_size = S3C2440_SDRAM_SIZE;
    mc->default_ram_id = "mini2440.sdram";
}

DEFINE_MACHINE("mini2440", mini2440_machine_init)
