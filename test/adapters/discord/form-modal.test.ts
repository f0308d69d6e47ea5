import { describe, expect, it } from "vitest";
import { faqAddCommand } from "../../../commands/faq/add.js";
import { faqApproveCommand } from "../../../commands/faq/approve.js";
import { faqEditCommand } from "../../../commands/faq/edit.js";
import { buildFormModal, parseFormModalCustomId } from "../../../src/adapters/discord/form-modal.js";
import type { CommandForm } from "../../../src/command-kit/command-ui.js";

function formOf(command: { form?: CommandForm }): CommandForm {
  if (!command.form) throw new Error("the command declares no form");
  return command.form;
}

const add = formOf(faqAddCommand);
const edit = formOf(faqEditCommand);
const approve = formOf(faqApproveCommand);

describe("a command's form as a Discord modal", () => {
  it.each([
    [add, { path: "faq add", nonce: "0a1b2c3d", keyValue: "" }],
    [edit, { path: "faq edit", nonce: "0a1b2c3d", keyValue: "top-rated-badge-delay" }],
    [approve, { path: "faq approve", nonce: "0a1b2c3d", keyValue: "12" }],
  ])("round-trips its target through the custom id: %#", (form, target) => {
    const modal = buildFormModal(form, target, {});
    expect(modal && parseFormModalCustomId(modal.custom_id)).toEqual(target);
  });

  it("keeps the custom ids the first release used", () => {
    expect(buildFormModal(add, { path: "faq add", nonce: "0a1b2c3d", keyValue: "" }, {})?.custom_id).toBe(
      "faq-modal:add:0a1b2c3d:",
    );
  });

  it("gives up on a custom id over Discord's 100 characters rather than cutting the slug", () => {
    expect(
      buildFormModal(edit, { path: "faq edit", nonce: "0a1b2c3d", keyValue: "s".repeat(90) }, {}),
    ).toBeNull();
  });

  it("leaves out a field too long for Discord's box instead of cutting it, and widens a box for over-long captures", () => {
    const modal = buildFormModal(
      approve,
      { path: "faq approve", nonce: "0a1b2c3d", keyValue: "3" },
      { question: "q".repeat(450), answer: "a", aliases: "x".repeat(4500) },
    );
    const inputs = modal?.components.flatMap((row) => ("components" in row ? row.components : [])) ?? [];
    const byId = Object.fromEntries(
      inputs.map((input) => ["custom_id" in input ? input.custom_id : "", input]),
    );
    expect(Object.keys(byId)).toEqual(["question", "answer", "tags"]);
    expect(byId.question).toMatchObject({ max_length: 450, value: "q".repeat(450), required: true });
  });

  it("requires question and answer for a new entry only", () => {
    const required = (form: CommandForm, path: string) =>
      buildFormModal(form, { path, nonce: "n", keyValue: "x" }, {})?.components.map((row) =>
        "components" in row
          ? row.components.map((input) => ("required" in input ? input.required : undefined))
          : [],
      );
    expect(required(add, "faq add")).toEqual([[true], [true], [false], [false]]);
    expect(required(edit, "faq edit")).toEqual([[false], [false], [false], [false]]);
  });
});
