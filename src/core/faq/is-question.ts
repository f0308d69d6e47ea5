import { stripChatMarkup } from "./normalise-text.js";

/** Words that open a question in English chat, with or without a question mark. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  `how hows what whats which who whos whom whose why when where can cant could couldnt does doesnt
  do did didnt will wont would wouldnt is isnt are arent am was wasnt were should shouldnt has
  hasnt have havent shall may might must hw wat wut wht y wen whn wher whr`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

/** Openers people put before the question itself: "hi all, quick question: does ..." */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  `hi hey hello hiya yo so ok okay well guys folks all everyone team friends quick question qq um
  uh hmm also and but sorry please pls plz just btw anyway dear mods admins there morning evening`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

/**
 * A question form inside a longer message ("..., what am I missing", "if I refund will my JSS
 * drop"): a question word followed by an auxiliary, or an auxiliary followed by a subject.
 */
const EMBEDDED_QUESTION =
  /\b(?:(?:at what\s+\w+|(?:how|what|why|when|where|which|who|wen|y|hw)\s+(?:do|does|did|is|are|was|were|can|could|should|would|will|am|long|much|many|often|soon|happens|happened|counts|exactly))|(?:will|does|do|did|is|are|can|could|should|would|has|have)\s+(?:i|my|it|that|this|they|we|you|he|she|there|upwork|anyone|anybody|someone|me))\b/;

/** A message whose last words ask for the reason after telling what happened. */
const TRAILING_WHY = /(?:^|\s)(?:why|how come|any idea why)$/;

/** Phrases that ask without a question form ("anyone know if ...", "wondering whether ..."). */
const ASKING_PHRASES =
  /\b(?:any ?(?:one|body) (?:know|knows|have|has|got|seen|tried|else)|any idea|any ideas|any tips|any advice|i wonder|wondering (?:if|whether|how|why|what|when)|curious (?:if|whether|how|why|what|when|about)|not sure (?:if|whether|how|why|what|when)|(?:can|could) (?:some|any)(?:one|body)|need (?:help|advice)|please (?:explain|help|advise)|help me understand|tell me (?:how|why|what|when|if|whether)|is it true|does it matter|what happens)\b/;

/**
 * A report that something of the member's went wrong ("my JSS just disappeared from my profile",
 * "the weeks counter on my TR progress isn't moving", "my score dropped 4 points"): in a help forum
 * that asks "why, and what now" as plainly as a question does. Only losses and stalls, so good news
 * ("my badge finally showed up") stays chat.
 */
const PROBLEM_REPORT =
  /\b(?:my|our)\s+(?:\w+\s+){0,4}?(?:just\s+|suddenly\s+)?(?:disappeared|vanished|dropped|went down|is gone|got removed|was removed|got hidden|isnt (?:moving|showing|updating|going up)|stopped (?:showing|updating|moving))\b/;

/** A question someone else asked the member, passed on: "client asked why they got charged". */
const REPORTED_QUESTION = /\basked (?:me )?(?:why|how|what|whether|if|when)\b/;

/**
 * True when the text reads as a question: a question mark in the asker's own prose, a sentence
 * that opens with a question form, an asking phrase, or a report of a problem. Code, links and mentions are ignored, so
 * a "?" inside a pasted URL does not count.
 */
export function isQuestion(text: string): boolean {
  const prose = stripChatMarkup(text).replace(/[’‘]/g, "'").toLowerCase();
  if (prose.includes("?") || prose.includes("？")) return true;
  const words = prose.replace(/'/g, "").replace(/[^\p{L}\p{N}.!;:,\n]+/gu, " ");
  const flat = words.replace(/[.!;:\n]/g, " ");
  if (ASKING_PHRASES.test(flat) || EMBEDDED_QUESTION.test(flat)) return true;
  if (PROBLEM_REPORT.test(flat) || REPORTED_QUESTION.test(flat)) return true;
  for (const sentence of words.split(/[.!;:,\n]+/)) {
    const sentenceWords = sentence
      .trim()
      .split(/\s+/)
      .filter((word) => word !== "");
    const opener = sentenceWords.find((word) => !FILLER_WORDS.has(word));
    // A lone "how" or "what" is a reaction, not a question; ask for at least two more words.
    if (opener && QUESTION_OPENERS.has(opener) && sentenceWords.length >= 3) return true;
  }
  // "... and there's no JSS yet. why": a story that ends by asking for the reason.
  if (TRAILING_WHY.test(flat.trim()) && flat.trim().split(/\s+/).length >= 4) return true;
  return false;
}
