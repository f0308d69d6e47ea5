import type { Projection } from "./project-exclusive-contract.js";

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `month 4 (Mar 2027)`; months beyond the table are still named from the start month. */
export function monthLabel(projection: Projection, month: number): string {
  const first = projection.months[0]?.calendarMonth;
  if (!first) return `month ${month}`;
  const [year, monthOfYear] = first.split("-").map(Number) as [number, number];
  const index = year * 12 + (monthOfYear - 1) + (month - 1);
  return `month ${month} (${monthNames[index % 12]} ${Math.floor(index / 12)})`;
}
