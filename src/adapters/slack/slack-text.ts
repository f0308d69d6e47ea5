/**
 * Slack sends text in its own format: `&`, `<` and `>` escaped as entities, links as `<url|label>`,
 * and (with escaping on) mentions as `<@U…|name>` and `<#C…|name>`. These turn it back into what
 * the member typed, for the command parser, the thread-reply path and the FAQ.
 */

export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

// Slack escapes "<" and ">" inside what it wraps, so no part of a link, mention or label contains
// one. Saying so keeps each pattern linear: on "<http:<http:…" or "<@U|<@U|…" (up to 40,000
// characters) a failed attempt stops at the next "<" instead of rescanning to the end.
const linkPattern = /<((?:https?|mailto):[^|<>\s]+)(?:\|([^<>]*))?>/g;

/**
 * Slash command text: links back to what was typed (Slack links `x.org` as `<http://x.org|x.org>`),
 * while channel and user references stay `<#C…|name>` / `<@U…|name>` because /settings reads ids from them.
 */
export function slashCommandText(text: string): string {
  return decodeSlackEntities(text.replace(linkPattern, (_all, url: string, label?: string) => label || url));
}

/**
 * A message captured for the FAQ, in the Reply body markup: links become [label](url), mentions
 * become plain @name / #name text (nobody is pinged when the entry is shown later).
 */
export function slackMessageToMarkup(text: string): string {
  return decodeSlackEntities(
    text
      .replace(linkPattern, (_all, url: string, label?: string) =>
        label && label !== url && !url.endsWith(label) ? `[${label}](${url})` : url.replace(/^mailto:/, ""),
      )
      .replace(/<@([A-Z0-9]+)(?:\|([^<>]*))?>/g, (_all, id: string, name?: string) => `@${name || id}`)
      .replace(/<#([A-Z0-9]+)(?:\|([^<>]*))?>/g, (_all, id: string, name?: string) => `#${name || id}`)
      .replace(
        /<!(?:subteam\^[A-Z0-9]+\|)?([^<>|]+)(?:\|[^<>]*)?>/g,
        (_all, name: string) => `@${name.replace(/^@/, "")}`,
      )
      // Slack's *bold* is the markup's **bold**.
      .replace(/(^|[\s(])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?=$|[\s).,!?:;])/gm, "$1**$2**"),
  );
}
