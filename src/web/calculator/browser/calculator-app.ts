/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {
  type ExclusiveCheckOptions,
  exclusiveCheckCommand,
  exclusiveCheckOptions,
  exclusiveCheckReply,
} from "../../../../commands/exclusive-check.js";
import {
  optionsFromEntries,
  optionsFromFragment,
  optionsToFragment,
} from "../../../command-kit/option-fragment.js";
import { validateCommandInput } from "../../../command-kit/validate-command-input.js";
import type { ExclusiveCheckData } from "../../../core/rules/exclusive-check/exclusive-check-data.js";
import { projectionRulesFrom } from "../../../core/rules/exclusive-check/projection-rules.js";
import { findUpworkRuleset } from "../../../core/rules/ruleset-catalog.js";
import { drawProjectionChart, type StatusLines } from "./projection-chart.js";
import { projectionTable } from "./projection-table.js";
import { renderMarkup } from "./render-markup.js";

/**
 * The calculator in the browser. It validates the form with runCommand's own validation and
 * answers with the chat command's own function, then draws the chart. Nothing is sent anywhere:
 * the figures live in the form and in the URL fragment (replaced in place, never navigated to).
 */

const form = document.getElementById("calculator") as HTMLFormElement;
const result = document.getElementById("result") as HTMLElement;
const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-option]")];

function readForm(): Record<string, unknown> {
  return optionsFromEntries(
    exclusiveCheckOptions,
    controls.map((control) => [control.dataset.option ?? "", control.value]),
  );
}

function fillForm(input: Record<string, unknown>): void {
  for (const control of controls) {
    const value = input[control.dataset.option ?? ""];
    control.value =
      value === undefined ? "" : typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
  }
}

function compute(raw: Record<string, unknown>): void {
  for (const control of controls) control.removeAttribute("aria-invalid");
  const validated = validateCommandInput(exclusiveCheckCommand, raw);
  if (!validated.ok) {
    const data = validated.reply.data as { option?: string | null };
    const bad = controls.find((control) => control.dataset.option === data.option);
    bad?.setAttribute("aria-invalid", "true");
    showProblem(validated.reply.body.split("\nUsage:")[0] ?? validated.reply.body);
    return;
  }
  const reply = exclusiveCheckReply(validated.input as ExclusiveCheckOptions, new Date());
  const heading = document.createElement("h2");
  heading.id = "result-heading";
  heading.textContent = reply.title ?? "Projection";
  const parts: Node[] = [heading];
  const data = reply.data as Partial<ExclusiveCheckData>;
  if (Array.isArray(data.months)) {
    const full = data as ExclusiveCheckData;
    const figure = document.createElement("figure");
    figure.className = "chart";
    figure.append(drawProjectionChart(document, full, statusLines(full)), legend());
    parts.push(figure, projectionTable(document, full));
  }
  const text = document.createElement("div");
  text.className = "body-text";
  text.append(renderMarkup(document, reply.body));
  if (reply.footer) text.append(renderMarkup(document, reply.footer));
  parts.push(text);
  result.replaceChildren(...parts);
}

function statusLines(data: ExclusiveCheckData): StatusLines {
  const ruleset = findUpworkRuleset(data.ruleset);
  const rules = ruleset ? projectionRulesFrom(ruleset) : null;
  return {
    topRatedUsd: rules?.topRated.earnings12m?.value ?? null,
    topRatedPlusUsd: rules?.topRatedPlus.earnings12m?.value ?? null,
  };
}

function legend(): HTMLElement {
  const caption = document.createElement("figcaption");
  const list = document.createElement("ul");
  list.className = "legend";
  for (const text of [
    "Blue line: 12-month earnings (hollow dot: Top Rated not held that month)",
    "Dashed: the Top Rated earnings line",
    "Dotted: the Top Rated Plus earnings line",
    "Shaded: the contract",
    "Red: the month the Job Success Score disappears",
  ]) {
    const item = document.createElement("li");
    item.textContent = text;
    list.append(item);
  }
  caption.append(list);
  return caption;
}

function showProblem(text: string): void {
  const heading = document.createElement("h2");
  heading.id = "result-heading";
  heading.textContent = "Check the form";
  const message = document.createElement("div");
  message.className = "problem";
  message.setAttribute("role", "alert");
  message.append(renderMarkup(document, text));
  result.replaceChildren(heading, message);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const raw = readForm();
  // The fragment is replaced in place: no navigation, no request, and the address can be shared.
  history.replaceState(null, "", `#${optionsToFragment(exclusiveCheckOptions, raw)}`);
  compute(raw);
});

function fromFragment(): void {
  if (location.hash.length <= 1) return;
  const raw = optionsFromFragment(exclusiveCheckOptions, location.hash);
  fillForm(raw);
  compute(raw);
}

window.addEventListener("hashchange", fromFragment);
fromFragment();
