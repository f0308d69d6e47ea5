/**
 * Discord reads `@everyone`, `@here`, `<@id>`, `<@!id>` and `<@&id>` as mentions wherever they
 * appear: in an embed they are shown as mentions (without notifying), in a message's text they
 * would notify everyone named. FAQ text is kept as moderators typed it and member text as members
 * typed it, so every text is escaped when it is rendered: a zero-width space after the "@" or the
 * "<" shows the same characters and makes them inert. Channel links, emoji and timestamps stay
 * live: they ping nobody. `allowedMentions` (render-reply.ts) is the second line of defence.
 */
const zeroWidthSpace = "\u200b";

export function escapeDiscordText(text: string): string {
  return text
    .replace(/@(?=everyone|here)/gi, `@${zeroWidthSpace}`)
    .replace(/<(?=@[!&]?\d)/g, `<${zeroWidthSpace}`);
}
