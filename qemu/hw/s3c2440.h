/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Samsung S3C2440A system-on-chip: names shared by the mini2440 board and
 * its device models (QOM type names, physical base addresses, interrupt
 * controller source and sub-source numbers).
 *
 * Numbers follow the S3C2440A user's manual (chapter 14, "Interrupt
 * controller", table "interrupt sources" and "sub sources").
 *
 * Copyright (c) 2026 The mini2440-go Authors.
 */
#ifndef HW_ARM_S3C2440_H
#define HW_ARM_S3C2440_H

#include "hw/sysbus.h"

/* QOM type names. */
#define TYPE_S3C2440_INTC   "s3c2440-intc"
#define TYPE_S3C2440_CLKPWR "s3c2440-clkpwr"
#define TYPE_S3C2440_TIMER  "s3c2440-timer"
#define TYPE_S3C2440_UART   "s3c2440-uart"
#define TYPE_S3C2440_WDT    "s3c2440-wdt"
#define TYPE_S3C2440_MEMCTL "s3c2440-memctl"
#define TYPE_S3C2440_GPIO   "s3c2440-gpio"
#define TYPE_S3C2440_RTC    "s3c2440-rtc"
#define TYPE_S3C2440_NAND   "s3c2440-nand"

/* Physical memory map. */
#define S3C2440_BANK0_BASE      0x00000000 /* nGCS0: steppingstone (NAND boot) */
#define S3C2440_CS8900_BASE     0x19000000 /* not fitted on the mini2440 */
#define S3C2440_DM9000_BASE     0x20000300 /* nGCS4: DM9000 Ethernet (EINT7) */
#define S3C2440_SDRAM_BASE      0x30000000 /* nGCS6 */
#define S3C2440_SDRAM_SIZE      (64 * 1024 * 1024)
#define S3C2440_SRAM_NOR_BASE   0x40000000 /* steppingstone when NOR-booting */
#define S3C2440_SRAM_SIZE       0x1000

#define S3C2440_MEMCTL_BASE     0x48000000
#define S3C2440_USBHOST_BASE    0x49000000
#define S3C2440_INTC_BASE       0x4A000000
#define S3C2440_DMA_BASE        0x4B000000
#define S3C2440_CLKPWR_BASE     0x4C000000
#define S3C2440_LCD_BASE        0x4D000000
#define S3C2440_NAND_BASE       0x4E000000
#define S3C2440_CAM_BASE        0x4F000000
#define S3C2440_UART0_BASE      0x50000000
#define S3C2440_UART1_BASE      0x50004000
#define S3C2440_UART2_BASE      0x50008000
#define S3C2440_TIMER_BASE      0x51000000
#define S3C2440_USBDEV_BASE     0x52000000
#define S3C2440_WDT_BASE        0x53000000
#define S3C2440_IIC_BASE        0x54000000
#define S3C2440_IIS_BASE        0x55000000
#define S3C2440_GPIO_BASE       0x56000000
#define S3C2440_RTC_BASE        0x57000000
#define S3C2440_ADC_BASE        0x58000000
#define S3C2440_SPI_BASE        0x59000000
#define S3C2440_SDI_BASE        0x5A000000
#define S3C2440_AC97_BASE       0x5B000000

/* Interrupt controller sources (bit numbers in SRCPND/INTMSK/INTPND). */
#define S3C2440_INT_EINT0       0
#define S3C2440_INT_EINT1       1
#define S3C2440_INT_EINT2       2
#define S3C2440_INT_EINT3       3
#define S3C2440_INT_EINT4_7     4
#define S3C2440_INT_EINT8_23    5
#define S3C2440_INT_CAM         6
#define S3C2440_INT_nBATT_FLT   7
#define S3C2440_INT_TICK        8
#define S3C2440_INT_WDT_AC97    9
#define S3C2440_INT_TIMER0      10
#define S3C2440_INT_TIMER1      11
#define S3C2440_INT_TIMER2      12
#define S3C2440_INT_TIMER3      13
#define S3C2440_INT_TIMER4      14
#define S3C2440_INT_UART2       15
#define S3C2440_INT_LCD         16
#define S3C2440_INT_DMA0        17
#define S3C2440_INT_DMA1        18
#define S3C2440_INT_DMA2        19
#define S3C2440_INT_DMA3        20
#define S3C2440_INT_SDI         21
#define S3C2440_INT_SPI0        22
#define S3C2440_INT_UART1       23
#define S3C2440_INT_NFCON       24
#define S3C2440_INT_USBD        25
#define S3C2440_INT_USBH        26
#define S3C2440_INT_IIC         27
#define S3C2440_INT_UART0       28
#define S3C2440_INT_SPI1        29
#define S3C2440_INT_RTC         30
#define S3C2440_INT_ADC         31
#define S3C2440_NUM_IRQ         32

/* Sub-sources (bit numbers in SUBSRCPND/INTSUBMSK). */
#define S3C2440_SUBINT_RXD0     0
#define S3C2440_SUBINT_TXD0     1
#define S3C2440_SUBINT_ERR0     2
#define S3C2440_SUBINT_RXD1     3
#define S3C2440_SUBINT_TXD1     4
#define S3C2440_SUBINT_ERR1     5
#define S3C2440_SUBINT_RXD2     6
#define S3C2440_SUBINT_TXD2     7
#define S3C2440_SUBINT_ERR2     8
#define S3C2440_SUBINT_TC       9
#define S3C2440_SUBINT_ADC_S    10
#define S3C2440_SUBINT_CAM_C    11
#define S3C2440_SUBINT_CAM_P    12
#define S3C2440_SUBINT_WDT      13
#define S3C2440_SUBINT_AC97     14
#define S3C2440_NUM_SUBIRQ      15

/*
 * GPIO lines of the interrupt controller device: inputs 0..31 are the main
 * sources (for devices without sub-sources), inputs 32..46 the sub-sources
 * (S3C2440_INTC_SUB(n)). A device drives its line as a level; the controller
 * latches rising edges into SRCPND/SUBSRCPND and re-latches while the level
 * stays high after software clears the pending bit.
 */
#define S3C2440_INTC_SUB(n)     (S3C2440_NUM_IRQ + (n))
#define S3C2440_INTC_NUM_IN     (S3C2440_NUM_IRQ + S3C2440_NUM_SUBIRQ)

/* Crystal feeding the MPLL and UPLL on the mini2440. */
#define S3C2440_XTAL_HZ         12000000

/*
 * The clock and power unit has QEMU clock outputs "fclk", "hclk" and
 * "pclk" (hw/clock.h); devices that count PCLK cycles (timers, UARTs,
 * watchdog) have a clock input "pclk" connected to it by the board and
 * follow its frequency through the clock callback.
 */

#endif
