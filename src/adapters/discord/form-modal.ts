import {
  type APIActionRowComponent,
  type APIModalInteractionResponseCallbackData,
  type APITextInputComponent,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import type { CommandForm } from "../../command-kit/command-ui.js";

/**
 * A command's form as a Discord modal. The custom id carries the command path, a nonce (which finds
 * the options typed before the modal opened) and the value of the form's key (the slug, the
 * suggestion id), so that a restart between opening and submitting loses nothing essential:
 * `faq-modal:edit:<nonce>:<slug>` for `/faq edit`.
 */
export interface FormModalTarget {
  path: string;
  nonce: string;
  /** The value of the form's key option; "" when the form has none. */
  keyValue: string;
}

const modalSuffix = "-modal";
const maxCustomIdLength = 100;
// Discord's limits: five text inputs per modal, 4,000 characters per input, 45 per title.
const maxInputs = 5;
const maxTextInputLength = 4000;
const maxTitleLength = 45;

export function formModalCustomId(target: FormModalTarget): string | null {
  const [group = "", sub = ""] = target.path.split(" ");
  const id = `${group}${modalSuffix}:${sub}:${target.nonce}:${target.keyValue}`;
  return id.length <= maxCustomIdLength ? id : null;
}

export function parseFormModalCustomId(customId: string): FormModalTarget | null {
  const [prefix = "", sub = "", nonce = "", ...rest] = customId.split(":");
  if (!prefix.endsWith(modalSuffix) || nonce === "") return null;
  const group = prefix.slice(0, -modalSuffix.length);
  return { path: sub ? `${group} ${sub}` : group, nonce, keyValue: rest.join(":") };
}

/**
 * The modal for the form's boxes, filled with `values`. Text longer than Discord's box allows is
 * not shown at all rather than cut: submitting a cut copy would silently shorten the entry, so
 * such a field stays as it is. Text longer than the command allows (a long thread capture) gets a
 * larger box so the moderator can shorten it; the command then checks the length.
 */
export function buildFormModal(
  form: CommandForm,
  target: FormModalTarget,
  values: Readonly<Record<string, string>>,
): APIModalInteractionResponseCallbackData | null {
  const customId = formModalCustomId(target);
  if (!customId) return null;
  const shown = form.fields
    .slice(0, maxInputs)
    .filter((field) => (values[field.option]?.length ?? 0) <= maxTextInputLength);
  const rows: APIActionRowComponent<APITextInputComponent>[] = shown.map((field) => {
    const value = values[field.option];
    const component: APITextInputComponent = {
      type: ComponentType.TextInput,
      custom_id: field.option,
      label: field.label,
      style: field.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
      ...(field.placeholder ? { placeholder: field.placeholder } : {}),
      max_length: Math.max(Math.min(field.maxLength, maxTextInputLength), value?.length ?? 0),
      required: form.required?.includes(field.option) ?? false,
      ...(value ? { value } : {}),
    };
    return { type: ComponentType.ActionRow, components: [component] };
  });
  return { custom_id: customId, title: form.title.slice(0, maxTitleLength), components: rows };
}
