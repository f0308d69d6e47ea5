import {
  type APIActionRowComponent,
  type APIModalInteractionResponseCallbackData,
  type APITextInputComponent,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import { FAQ_LIMITS } from "../../core/faq/import/faq-entry-rules.js";
import type { ModalFieldName } from "./modal-commands.js";

/**
 * What a submitted modal stands for: add an entry, edit one, or approve a suggestion with edits.
 * The nonce finds the options typed before the modal opened; the slug or suggestion id travels in
 * the custom id itself so that a restart between opening and submitting loses nothing essential.
 */
export type FaqModalPurpose =
  | { kind: "add"; nonce: string }
  | { kind: "edit"; nonce: string; slug: string }
  | { kind: "approve"; nonce: string; suggestionId: string };

const modalPrefix = "faq-modal";
const maxCustomIdLength = 100;
const maxTextInputLength = 4000;

const titles: Record<FaqModalPurpose["kind"], string> = {
  add: "Add an FAQ entry",
  edit: "Edit an FAQ entry",
  approve: "Edit, then approve the suggestion",
};

const inputs: Record<
  ModalFieldName,
  { label: string; style: TextInputStyle; placeholder: string; maxLength: number }
> = {
  question: {
    label: "Question",
    style: TextInputStyle.Short,
    placeholder: "How do I get Top Rated?",
    maxLength: FAQ_LIMITS.questionMaxLength,
  },
  answer: {
    label: "Answer",
    style: TextInputStyle.Paragraph,
    placeholder: "The answer members should see, with **bold**, `code` and links.",
    maxLength: Math.min(FAQ_LIMITS.answerMaxLength, maxTextInputLength),
  },
  aliases: {
    label: "Other ways to ask (comma-separated)",
    style: TextInputStyle.Paragraph,
    placeholder: "top rated badge, how to become top rated",
    maxLength: 3000,
  },
  tags: {
    label: "Tags (comma-separated)",
    style: TextInputStyle.Short,
    placeholder: "status, badges",
    maxLength: 600,
  },
};

export function faqModalCustomId(purpose: FaqModalPurpose): string | null {
  const argument =
    purpose.kind === "add" ? "" : purpose.kind === "edit" ? purpose.slug : purpose.suggestionId;
  const id = `${modalPrefix}:${purpose.kind}:${purpose.nonce}:${argument}`;
  return id.length <= maxCustomIdLength ? id : null;
}

export function parseFaqModalCustomId(customId: string): FaqModalPurpose | null {
  const [prefix, kind, nonce = "", ...rest] = customId.split(":");
  if (prefix !== modalPrefix) return null;
  const argument = rest.join(":");
  if (kind === "add") return { kind: "add", nonce };
  if (kind === "edit" && argument !== "") return { kind: "edit", nonce, slug: argument };
  if (kind === "approve" && argument !== "") return { kind: "approve", nonce, suggestionId: argument };
  return null;
}

/**
 * The modal for the given fields, pre-filled with `values` (the current entry when editing).
 * Only the question and answer of a new entry are required; an edit changes what is filled in.
 */
export function buildFaqModal(
  purpose: FaqModalPurpose,
  fields: readonly ModalFieldName[],
  values: Partial<Record<ModalFieldName, string>>,
): APIModalInteractionResponseCallbackData | null {
  const customId = faqModalCustomId(purpose);
  if (!customId) return null;
  // Text longer than Discord's box allows is not shown at all rather than cut: submitting a cut
  // copy would silently shorten the entry, so such a field stays as it is. Text longer than the
  // entry allows (a long thread capture) is shown in a larger box so the moderator can shorten it;
  // the command then checks the length.
  const shown = fields.filter((name) => (values[name]?.length ?? 0) <= maxTextInputLength);
  const rows: APIActionRowComponent<APITextInputComponent>[] = shown.map((name) => {
    const input = inputs[name];
    const value = values[name];
    const component: APITextInputComponent = {
      type: ComponentType.TextInput,
      custom_id: name,
      label: input.label,
      style: input.style,
      placeholder: input.placeholder,
      max_length: Math.max(input.maxLength, value?.length ?? 0),
      required: purpose.kind !== "edit" && (name === "question" || name === "answer"),
      ...(value ? { value } : {}),
    };
    return { type: ComponentType.ActionRow, components: [component] };
  });
  return { custom_id: customId, title: titles[purpose.kind], components: rows };
}
