import type { Reply } from "../core/reply.js";

/**
 * The reply with `escapeText` applied to every text a member sees: title, body, field names and
 * values, footer, sources and button labels. An adapter renders through this once, so that no
 * text reaches its platform unescaped, whichever command or service composed it.
 */
export function mapReplyText<TData>(reply: Reply<TData>, escapeText: (text: string) => string): Reply<TData> {
  const mapped: Reply<TData> = { ...reply, body: escapeText(reply.body) };
  if (reply.title !== undefined) mapped.title = escapeText(reply.title);
  if (reply.footer !== undefined) mapped.footer = escapeText(reply.footer);
  if (reply.fields) {
    mapped.fields = reply.fields.map((field) => ({
      ...field,
      name: escapeText(field.name),
      value: escapeText(field.value),
    }));
  }
  if (reply.sources) mapped.sources = reply.sources.map(escapeText);
  if (reply.links) mapped.links = reply.links.map((link) => ({ ...link, label: escapeText(link.label) }));
  if (reply.actions)
    mapped.actions = reply.actions.map((action) => ({ ...action, label: escapeText(action.label) }));
  return mapped;
}
