import { exclusiveCheckOptions } from "../../../commands/exclusive-check.js";
import { type OptionField, optionFields } from "../../command-kit/option-fields.js";
import { escapeHtml } from "./escape-html.js";

/**
 * The calculator's form, drawn from /exclusive-check's own zod schema, so the page asks exactly
 * what the command asks with the same names, bounds and defaults. Inputs carry `data-option`
 * and no `name`: a form without named controls has nothing to submit, so even with scripts off
 * the figures cannot travel to the server (the CSP's form-action 'none' backs this up).
 */

const groups: { legend: string; options: string[] }[] = [
  {
    legend: "The contract",
    options: ["months", "rate", "hours", "monthly", "split", "exclusive", "category"],
  },
  {
    legend: "You today",
    options: ["earnings", "jss", "status", "other_clients", "last_other_job_months", "savings_months"],
  },
  {
    legend: "Progress toward Top Rated",
    options: ["weeks", "history", "first_contract_days", "profile", "elance", "hold", "available"],
  },
  { legend: "Rules", options: ["ruleset", "marketplace"] },
];

export function renderCalculatorForm(): string {
  const fields = optionFields(exclusiveCheckOptions);
  const placed = new Set(groups.flatMap((group) => group.options));
  // An option added to the command later still shows up, under "More".
  const rest = fields.filter((field) => !placed.has(field.name)).map((field) => field.name);
  const allGroups = rest.length > 0 ? [...groups, { legend: "More", options: rest }] : groups;
  const fieldsets = allGroups
    .map((group) => {
      const inputs = group.options
        .map((name) => fields.find((field) => field.name === name))
        .filter((field): field is OptionField => field !== undefined)
        .map(renderField)
        .join("\n");
      return `<fieldset><legend>${escapeHtml(group.legend)}</legend>\n${inputs}\n</fieldset>`;
    })
    .join("\n");
  return `<form id="calculator" class="calculator" novalidate>
${fieldsets}
<p><button type="submit">Project the contract</button></p>
</form>`;
}

function renderField(field: OptionField): string {
  const id = `option-${field.name}`;
  const hintId = `${id}-hint`;
  const label = `<label for="${id}">${escapeHtml(field.name)}${field.required ? " (required)" : ""}</label>`;
  const hint = `<span class="hint" id="${hintId}">${escapeHtml(field.description)}</span>`;
  const common = `id="${id}" data-option="${escapeHtml(field.name)}" aria-describedby="${hintId}"${field.required ? " required" : ""}`;
  return `<div class="field">${label}${hint}${control(field, common)}</div>`;
}

function control(field: OptionField, common: string): string {
  switch (field.kind) {
    case "integer":
    case "number": {
      const bounds = [
        field.min !== undefined ? `min="${field.min}"` : "",
        field.max !== undefined ? `max="${field.max}"` : "",
        `step="${field.kind === "integer" ? "1" : "any"}"`,
      ].join(" ");
      return `<input type="number" inputmode="decimal" ${bounds} ${common}>`;
    }
    case "boolean":
      return select(
        common,
        ["yes", "no"],
        field.defaultValue === undefined ? undefined : field.defaultValue ? "yes" : "no",
      );
    case "choice":
      return select(common, field.choices ?? [], field.defaultValue as string | undefined);
    default:
      return `<input type="text" autocomplete="off" spellcheck="false"${field.maxLength ? ` maxlength="${field.maxLength}"` : ""} ${common}>`;
  }
}

/** A select whose empty choice means "leave it out" (the command's default, named when there is one). */
function select(common: string, choices: readonly string[], defaultValue: string | undefined): string {
  const empty = defaultValue === undefined ? "not given" : `default: ${defaultValue}`;
  const options = [
    `<option value="">${escapeHtml(empty)}</option>`,
    ...choices.map((choice) => `<option value="${escapeHtml(choice)}">${escapeHtml(choice)}</option>`),
  ];
  return `<select ${common}>${options.join("")}</select>`;
}
