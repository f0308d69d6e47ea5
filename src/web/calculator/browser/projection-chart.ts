/// <reference lib="dom" />
import type { ExclusiveCheckData } from "../../../core/rules/exclusive-check/exclusive-check-data.js";
import { formatUsd, formatUsdShort } from "../../../core/rules/format-usd.js";
import { svg } from "./svg-element.js";

/** The earnings lines the statuses ask for, from the ruleset the projection used. */
export interface StatusLines {
  topRatedUsd: number | null;
  topRatedPlusUsd: number | null;
}

const width = 720;
const height = 340;
const margin = { left: 64, right: 16, top: 28, bottom: 56 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

/**
 * The projection as a chart: 12-month earnings month by month, the Top Rated and Top Rated Plus
 * earnings lines, the contract's months shaded, and the month the Job Success Score disappears.
 * It is an image with a title and a description for screen readers; the table beside it holds
 * every figure as text, so nothing is only in the picture.
 */
export function drawProjectionChart(doc: Document, data: ExclusiveCheckData, lines: StatusLines): SVGElement {
  const months = data.months;
  const columns = Math.max(months.length, 1);
  const step = plotWidth / columns;
  const x = (index: number) => margin.left + (index + 0.5) * step;
  const top = niceCeiling(
    Math.max(
      ...months.map((row) => row.earnings_12m),
      lines.topRatedUsd ?? 0,
      lines.topRatedPlusUsd ?? 0,
      1,
    ) * 1.1,
  );
  const y = (usd: number) => margin.top + plotHeight - (usd / top) * plotHeight;

  const chart = svg(doc, "svg", {
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": "chart-title chart-desc",
    class: "projection-chart",
  });
  chart.append(
    svg(
      doc,
      "title",
      { id: "chart-title" },
      "12-month earnings by month against the Top Rated and Top Rated Plus lines",
    ),
    svg(doc, "desc", { id: "chart-desc" }, describeChart(data, lines)),
  );

  const contract = months.flatMap((row, index) => (row.in_contract ? [index] : []));
  if (contract.length > 0) {
    const first = contract[0] ?? 0;
    const last = contract[contract.length - 1] ?? 0;
    const left = margin.left + first * step;
    chart.append(
      svg(doc, "rect", {
        class: "contract",
        x: left,
        y: margin.top,
        width: (last - first + 1) * step,
        height: plotHeight,
      }),
      svg(doc, "text", { class: "label contract-label", x: left + 4, y: margin.top - 8 }, "Contract"),
    );
  }

  for (let tick = 0; tick <= 4; tick++) {
    const usd = (top / 4) * tick;
    chart.append(
      svg(doc, "line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: y(usd), y2: y(usd) }),
      svg(
        doc,
        "text",
        { class: "tick", x: margin.left - 6, y: y(usd) + 4, "text-anchor": "end" },
        formatUsdShort(usd),
      ),
    );
  }
  months.forEach((row, index) => {
    // Every month on a wide chart, every other one when there are many.
    if (columns > 12 && index % 2 === 1) return;
    chart.append(
      svg(
        doc,
        "text",
        { class: "tick", x: x(index), y: height - margin.bottom + 16, "text-anchor": "middle" },
        String(row.month),
      ),
    );
  });
  chart.append(
    svg(
      doc,
      "text",
      { class: "tick", x: margin.left + plotWidth / 2, y: height - 12, "text-anchor": "middle" },
      "Month from today",
    ),
    svg(doc, "line", {
      class: "axis",
      x1: margin.left,
      x2: margin.left,
      y1: margin.top,
      y2: margin.top + plotHeight,
    }),
    svg(doc, "line", {
      class: "axis",
      x1: margin.left,
      x2: width - margin.right,
      y1: margin.top + plotHeight,
      y2: margin.top + plotHeight,
    }),
  );

  statusLine(doc, chart, lines.topRatedUsd, "top-rated", "Top Rated", y, "end");
  statusLine(doc, chart, lines.topRatedPlusUsd, "top-rated-plus", "Top Rated Plus", y, "start");

  const vanishIndex = months.findIndex((row) => row.month === data.jss_vanishes_month);
  if (vanishIndex >= 0) {
    const at = x(vanishIndex) - step / 2;
    chart.append(
      svg(doc, "line", { class: "jss-gone", x1: at, x2: at, y1: margin.top, y2: margin.top + plotHeight }),
      svg(
        doc,
        "text",
        { class: "label jss-gone", x: at + 4, y: margin.top + 14 },
        `JSS gone (month ${data.jss_vanishes_month})`,
      ),
    );
  }

  chart.append(
    svg(doc, "polyline", {
      class: "earnings",
      points: months.map((row, index) => `${x(index)},${y(row.earnings_12m)}`).join(" "),
    }),
  );
  months.forEach((row, index) => {
    // Filled while Top Rated is held, hollow once it is not.
    chart.append(
      svg(doc, "circle", {
        class: row.top_rated ? "point" : "point lost",
        cx: x(index),
        cy: y(row.earnings_12m),
        r: 3.5,
      }),
    );
  });
  return chart;
}

function statusLine(
  doc: Document,
  chart: SVGElement,
  usd: number | null,
  kind: string,
  label: string,
  y: (usd: number) => number,
  anchor: "start" | "end",
): void {
  if (usd === null) return;
  const labelX = anchor === "end" ? width - margin.right - 4 : margin.left + 4;
  chart.append(
    svg(doc, "line", { class: kind, x1: margin.left, x2: width - margin.right, y1: y(usd), y2: y(usd) }),
    svg(
      doc,
      "text",
      { class: `label ${kind}`, x: labelX, y: y(usd) - 5, "text-anchor": anchor },
      `${label} ${formatUsd(usd)}`,
    ),
  );
}

/** The chart in one paragraph, for screen readers. */
export function describeChart(data: ExclusiveCheckData, lines: StatusLines): string {
  const months = data.months;
  const contract = months.filter((row) => row.in_contract);
  const first = months[0];
  const last = months[months.length - 1];
  const parts = [
    `${months.length} months from month 1 (${first?.calendar_month ?? ""}) to month ${last?.month ?? 0} (${last?.calendar_month ?? ""}); the contract runs for months 1 to ${contract[contract.length - 1]?.month ?? 0}.`,
    `12-month earnings go from ${formatUsd(first?.earnings_12m ?? 0)} to a peak of ${formatUsd(Math.max(...months.map((row) => row.earnings_12m)))} and end at ${formatUsd(last?.earnings_12m ?? 0)}.`,
  ];
  if (lines.topRatedUsd !== null) parts.push(`Top Rated asks for ${formatUsd(lines.topRatedUsd)}.`);
  if (lines.topRatedPlusUsd !== null)
    parts.push(`Top Rated Plus asks for ${formatUsd(lines.topRatedPlusUsd)}.`);
  parts.push(
    data.jss_vanishes_month === null
      ? "The Job Success Score stays throughout."
      : `The Job Success Score disappears in month ${data.jss_vanishes_month}.`,
  );
  return parts.join(" ");
}

/** 1, 2 or 5 times a power of ten at or above the value, so the axis ticks are round. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const multiple = [1, 2, 5, 10].find((candidate) => candidate * power >= value) ?? 10;
  return multiple * power;
}
