/**
 * Turns chat text into plain lower-case words for matching. Everything that is not the asker's own
 * prose goes first: code (quoted logs and snippets would drown the question), links, and the
 * mention syntax of Discord (`<@id>`, `<@!id>`, `<@&id>`, `<#id>`) and Slack (`<@U..>`, `<!here>`,
 * `<#C..|name>`), which carry ids, not meaning.
 */

const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;
// Slack wraps links as <https://x|label>; Discord and plain text show bare URLs.
// Every pattern here runs on whole member messages (Slack allows 40,000 characters): a repeated
// part never spans a "<", so a message of "<!<!<!…" is scanned once, not once per "<".
const ANGLE_LINK = /<(?:https?|mailto):[^<>]*>/gi;
const BARE_LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
const DISCORD_MENTION = /<(?:@[!&]?|#)\d+>/g;
const DISCORD_CUSTOM_EMOJI = /<a?:\w+:\d+>/g;
const SLACK_SPECIAL = /<[@#!][^<>\s]*>/g;
const SLACK_EMOJI_SHORTCODE = /:[a-z0-9_+-]+:/g;
const BROADCAST_MENTION = /@(?:everyone|here|channel)\b/gi;
// Any character above U+007F needs the Unicode path.
const NON_ASCII = /[^ -~\t\n\r]/;
const NOT_ASCII_WORD_CHAR = /[^a-z0-9]+/g;
const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/gu;

/** Removes code, links, mentions and emoji shortcodes but keeps punctuation (question detection reads it). */
export function stripChatMarkup(text: string): string {
  return text
    .replace(FENCED_CODE, " ")
    .replace(INLINE_CODE, " ")
    .replace(ANGLE_LINK, " ")
    .replace(DISCORD_MENTION, " ")
    .replace(DISCORD_CUSTOM_EMOJI, " ")
    .replace(SLACK_SPECIAL, " ")
    .replace(BARE_LINK, " ")
    .replace(SLACK_EMOJI_SHORTCODE, " ")
    .replace(BROADCAST_MENTION, " ");
}

/**
 * Lower-case words separated by single spaces, digits kept. "TR+" becomes "tr plus" and "$1,000" /
 * "1k" become "1000" so that the synonym table and the FAQ text meet on the same spelling.
 */
export function normaliseText(text: string): string {
  return normalisePlainText(stripChatMarkup(text));
}

/** normaliseText for text that holds no chat markup (FAQ questions, aliases, tags): skips that pass. */
export function normalisePlainText(stripped: string): string {
  // Most chat and FAQ text is ASCII: skip Unicode normalisation and use the cheaper ASCII class.
  const ascii = !NON_ASCII.test(stripped);
  return (
    (ascii ? stripped : stripped.normalize("NFKC"))
      .toLowerCase()
      // Phones type curly apostrophes; "don't" and "don’t" must become the same word.
      .replace(/['’‘`]/g, "")
      .replace(/\+/g, " plus ")
      .replace(/(\d),(?=\d{3}\b)/g, "$1")
      .replace(/\b(\d+)k\b/g, "$1000")
      .replace(ascii ? NOT_ASCII_WORD_CHAR : NOT_WORD_CHAR, " ")
      .trim()
  );
}

/**
 * The words of `normaliseText(text)`, at most `maxWords` of them (a defence against pasted essays).
 * `plain` skips the chat-markup pass for text known to have none.
 */
export function tokenise(text: string, maxWords = 200, plain = false): string[] {
  const normalised = plain ? normalisePlainText(text) : normaliseText(text);
  if (normalised === "") return [];
  const words = normalised.split(" ");
  return words.length > maxWords ? words.slice(0, maxWords) : words;
}
