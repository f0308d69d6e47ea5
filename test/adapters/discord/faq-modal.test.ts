import { describe, expect, it } from "vitest";
import { buildFaqModal, parseFaqModalCustomId } from "../../../src/adapters/discord/faq-modal.js";

const fields = ["question", "answer", "aliases", "tags"] as const;

describe("the curation modal", () => {
  it.each([
    [{ kind: "add", nonce: "0a1b2c3d" } as const],
    [{ kind: "edit", nonce: "0a1b2c3d", slug: "top-rated-badge-delay" } as const],
    [{ kind: "approve", nonce: "0a1b2c3d", suggestionId: "12" } as const],
  ])("round-trips its purpose through the custom id: %j", (purpose) => {
    const modal = buildFaqModal(purpose, fields, {});
    expect(modal && parseFaqModalCustomId(modal.custom_id)).toEqual(purpose);
  });

  it("gives up on a custom id over Discord's 100 characters rather than cutting the slug", () => {
    expect(buildFaqModal({ kind: "edit", nonce: "0a1b2c3d", slug: "s".repeat(90) }, fields, {})).toBeNull();
  });

  it("leaves out a field too long for Discord's box instead of cutting it, and widens a box for over-long captures", () => {
    const modal = buildFaqModal({ kind: "approve", nonce: "0a1b2c3d", suggestionId: "3" }, fields, {
      question: "q".repeat(450),
      answer: "a",
      aliases: "x".repeat(4500),
    });
    const inputs = modal?.components.flatMap((row) => ("components" in row ? row.components : [])) ?? [];
    const byId = Object.fromEntries(
      inputs.map((input) => ["custom_id" in input ? input.custom_id : "", input]),
    );
    expect(Object.keys(byId)).toEqual(["question", "answer", "tags"]);
    expect(byId.question).toMatchObject({ max_length: 450, value: "q".repeat(450), required: true });
  });

  it("requires question and answer for a new entry only", () => {
    const required = (kind: "add" | "edit") =>
      buildFaqModal(
        kind === "add" ? { kind, nonce: "n" } : { kind, nonce: "n", slug: "x" },
        fields,
        {},
      )?.components.map((row) =>
        "components" in row
          ? row.components.map((input) => ("required" in input ? input.required : undefined))
          : [],
      );
    expect(required("add")).toEqual([[true], [true], [false], [false]]);
    expect(required("edit")).toEqual([[false], [false], [false], [false]]);
  });
});
