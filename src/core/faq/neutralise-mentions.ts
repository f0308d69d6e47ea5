/**
 * FAQ text is written by moderators and imported from files; a reply quoting it must not ping
 * anyone. Discord and Slack user/role/broadcast mentions are replaced by plain words, and the
 * asker placeholder cannot be smuggled in through the text.
 */
export function neutraliseMentions(text: string): string {
  return (
    text
      // Discord roles <@&id>, users <@id> / <@!id>; Slack users <@U..> / <@U..|name>, groups <!subteam^..>.
      .replace(/<@&\d+>/g, "a role")
      .replace(/<@!?[\w.-]+(?:\|[^>]*)?>/g, "a member")
      .replace(/<!subteam\^[^>]*>/g, "a group")
      // Slack broadcasts <!here>, <!channel>, <!everyone>.
      .replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/gi, "everyone")
      .replace(/@(everyone|here|channel)\b/gi, "$1")
      .replace(/\{asker\}/gi, "the asker")
  );
}
