/// <reference lib="dom" />
import type { ExclusiveCheckData } from "../../../core/rules/exclusive-check/exclusive-check-data.js";
import { formatUsd } from "../../../core/rules/format-usd.js";

/** The chart's text alternative: every month's figures, in words rather than symbols. */
export function projectionTable(doc: Document, data: ExclusiveCheckData): HTMLElement {
  const wrap = doc.createElement("div");
  wrap.className = "table-wrap";
  // A scrolling region must be reachable by keyboard on a narrow screen.
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-labelledby", "projection-caption");
  const table = doc.createElement("table");
  table.id = "projection-table";
  const caption = doc.createElement("caption");
  caption.id = "projection-caption";
  caption.textContent = "Month by month (the chart's figures)";
  table.append(caption);
  const head = doc.createElement("thead");
  head.append(
    row(doc, "th", [
      "Month",
      "Calendar month",
      "12-month earnings",
      "In contract",
      "Top Rated",
      "Top Rated Plus",
      "Job Success Score",
    ]),
  );
  const body = doc.createElement("tbody");
  for (const month of data.months) {
    body.append(
      row(doc, "td", [
        String(month.month),
        month.calendar_month,
        formatUsd(month.earnings_12m),
        yesNo(month.in_contract),
        yesNo(month.top_rated),
        yesNo(month.top_rated_plus),
        month.jss_exists ? "shown" : "gone",
      ]),
    );
  }
  table.append(head, body);
  wrap.append(table);
  return wrap;
}

function row(doc: Document, cell: "th" | "td", texts: string[]): HTMLTableRowElement {
  const tr = doc.createElement("tr");
  texts.forEach((text, index) => {
    const element = doc.createElement(cell);
    element.textContent = text;
    if (cell === "th") element.setAttribute("scope", "col");
    else if (index === 0) {
      // The month number heads its row.
      const header = doc.createElement("th");
      header.setAttribute("scope", "row");
      header.textContent = text;
      tr.append(header);
      return;
    }
    if (index === 1) element.className = "text";
    tr.append(element);
  });
  return tr;
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}
