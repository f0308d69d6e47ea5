import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  buildCommandModal,
  parseModalMetadata,
  readModalValues,
} from "../../../src/adapters/slack/command-modal.js";
import { defineCommand } from "../../../src/command-kit/command.js";
import { message } from "../../../src/core/reply.js";

const approve = defineCommand({
  name: "approve",
  description: "Approve",
  options: z.object({
    id: z.number().int().describe("Suggestion id"),
    question: z.string().max(300).optional().describe("Question"),
    answer: z.string().max(4000).optional().describe("Answer"),
    publish: z.boolean().default(true).describe("Publish now"),
    kind: z.enum(["faq", "note"]).optional().describe("Kind"),
  }),
  permission: "moderator",
  examples: ["faq approve id:1"],
  run: () => message({ body: "ok", data: {} }),
});

describe("command modals", () => {
  it("builds one input per option from the schema, leaving out fixed ones, with initial values", () => {
    const view = buildCommandModal(
      approve,
      { path: "faq approve", channelId: "C1", fixed: { id: 7 } },
      { answer: "A" },
    );
    expect(view.callback_id).toBe("command-modal");
    const blocks = view.blocks as unknown as Array<{
      block_id: string;
      optional: boolean;
      element: Record<string, unknown>;
    }>;
    expect(blocks.map((block) => block.block_id)).toEqual(["question", "answer", "publish", "kind"]);
    expect(blocks[1]?.element).toMatchObject({
      type: "plain_text_input",
      multiline: true,
      initial_value: "A",
    });
    expect(blocks[2]?.element).toMatchObject({ type: "static_select", initial_option: { value: "yes" } });
    expect(blocks[3]?.element).toMatchObject({ type: "static_select" });
    expect(blocks.every((block) => block.optional)).toBe(true);
    expect(parseModalMetadata(view.private_metadata ?? "")).toEqual({
      path: "faq approve",
      channelId: "C1",
      fixed: { id: 7 },
    });
  });

  it("reads submitted values by option name and drops empty inputs", () => {
    expect(
      readModalValues({
        question: { value: { value: "Q?" } },
        answer: { value: { value: "   " } },
        publish: { value: { selected_option: { value: "no" } } },
        kind: { value: { selected_option: null } },
      }),
    ).toEqual({ question: "Q?", publish: "no" });
  });

  it("rejects metadata it did not write", () => {
    expect(parseModalMetadata("not json")).toBeNull();
    expect(parseModalMetadata('{"path": 3}')).toBeNull();
  });
});
