/**
 * The unit of a chart's axis, chosen as formatSize chooses the text's: GiB once the chart
 * reaches 1 GiB, else MiB, so a summary reads "8 GiB" in its sentences and 8 on its axis,
 * never 8192.
 */
import { GiB, MiB } from '../units.js'

export interface ChartScale {
  unit: 'GiB' | 'MiB'
  /** Bytes in the unit: GiB to two decimals, MiB whole. */
  value: (bytes: number) => number
  /** The axis' end, 5 % above the chart's top. */
  axisTop: number
}

/** GiB with two decimals when the chart reaches 1 GiB, else whole MiB; the axis ends 5 % above the top. */
export function chartScale(top: number): ChartScale {
  if (top >= GiB) {
    const value = (b: number): number => Number((b / GiB).toFixed(2))
    return { unit: 'GiB', value, axisTop: Math.ceil(((top * 1.05) / GiB) * 10) / 10 }
  }
  const value = (b: number): number => Math.round(b / MiB)
  return { unit: 'MiB', value, axisTop: value(top * 1.05) + 1 }
}
