import { message, type Reply } from "../reply.js";

/**
 * The buttons of the consent question and of its answer. `/privacy` declares them (so every
 * adapter routes a click to it without naming it); the question below puts them on a message.
 */
export const webConsentButtons = {
  agree: { idPrefix: "privacy:web-agree:", option: "id" },
  agreeNamed: { idPrefix: "privacy:web-named:", option: "id" },
  decline: { idPrefix: "privacy:web-decline:", option: "id" },
  withdraw: { idPrefix: "privacy:web-withdraw:", option: "id" },
} as const;

export const WEB_CONSENT_QUESTION = "May this answer appear on the community's public FAQ page?";

/**
 * What the bot posts in the thread once a member's answer was saved for the FAQ: the question
 * to its author, with three buttons. Only the author's click counts (the command checks it).
 */
export function webConsentQuestion(suggestionId: number): Reply {
  return message({
    title: "Your answer was saved for the FAQ",
    body: [
      `**${WEB_CONSENT_QUESTION}**`,
      "It is on the web only if you agree (or after a moderator rewrites it in their own words). " +
        "The page shows your name only if you pick **Yes, with my name**. You can withdraw at any " +
        "time with `/privacy web-withdraw`, and the page drops your text at once.",
    ].join("\n"),
    actions: [
      { id: `${webConsentButtons.agree.idPrefix}${suggestionId}`, label: "Yes", style: "success" },
      {
        id: `${webConsentButtons.agreeNamed.idPrefix}${suggestionId}`,
        label: "Yes, with my name",
        style: "primary",
      },
      { id: `${webConsentButtons.decline.idPrefix}${suggestionId}`, label: "No", style: "secondary" },
    ],
    visibility: "public",
    data: { suggestionId, asks: "web-consent" },
  });
}
