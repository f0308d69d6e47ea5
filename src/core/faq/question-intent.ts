/**
 * What kind of answer a question asks for: a duration, an amount, a reason, a permission, a
 * procedure, a definition, a consequence, advice, or a product to pick. Two entries that share
 * every topic word ("Top Rated badge") often differ only here ("how long until it appears" / "why
 * did it go"), so the matcher compares the intent of the message with the intents of the entry's
 * phrasings.
 *
 * The patterns are general English question forms, read from normalised words (lower case, no
 * apostrophes: "what's" is "whats"), before stop words are dropped.
 */
export type QuestionIntent =
  | "duration"
  | "amount"
  | "reason"
  | "permission"
  | "procedure"
  | "definition"
  | "consequence"
  | "advice"
  | "requirement"
  | "benefit"
  /** Which product or tool to pick ("what's the best time tracker", "which app do you use"). */
  | "pick";

const INTENT_PATTERNS: ReadonlyArray<readonly [QuestionIntent, RegExp]> = [
  [
    "duration",
    /\b(?:how long|how many (?:days|weeks|hours|months|years)|how soon|how quickly|wh?en (?:will|does|do|did|is|can|should|would)|till|until|how often|every (?:two|2) weeks|daily|when)\b/,
  ],
  [
    "amount",
    /\b(?:how much|how many|how big|cost|costs|price|priced|pricing|percent|percentage|minimum|threshold|amount|in dollars|enough|size)\b/,
  ],
  [
    "reason",
    /\b(?:why|y did|how come|what happened|what causes|what caused|what could trigger|reason|whats going on|what gives|what am i missing)\b/,
  ],
  [
    "permission",
    /\b(?:can i|can a client|can they|can you|could i|is it allowed|is that allowed|even allowed|allowed|am i allowed|is it ok|is that ok|legal|legally|legit|banned|get in trouble|forbid)\b/,
  ],
  [
    "procedure",
    /\b(?:how do i|how do you|how to|how can i|how does (?:one|someone)|how do (?:people|ppl)|what do i need|what do you need|steps|process|apply|get it back|make it public|fix)\b/,
  ],
  ["definition", /\b(?:what is|whats an?|what does \w+ mean|meaning|mean|explain|explained|difference)\b/],
  [
    "consequence",
    /\b(?:what happens|happen|will (?:it|that|this|my|a|the) |does (?:it|that|this|a|an|the) |affect|affects|impact|effect|hurt|hurts|count|counts|matter|survive|penalty|risk|risky)\b/,
  ],
  ["advice", /\b(?:should i|worth|better|best|smart|good idea|recommend|or (?:not|fixed|hourly))\b/],
  [
    "benefit",
    /\b(?:benefits?|perks?|advantages?|worth|the point of|whats the point|what do (?:you|i) (?:actually |really )?get|get (?:you|me) anything|besides the badge|what does it give)\b/,
  ],
  [
    "requirement",
    /\b(?:need|needs|needed|required|requirements?|requirments|criteria|qualify|qualif\w*|eligib\w*|eligable|checklist|rules|conditions|what it takes|what does it take)\b/,
  ],
  [
    "pick",
    /\b(?:(?:whats|what is|what are) the best (?!way\b|time to\b|practice)|^best (?!way\b)\w+ for\b|which (?:\w+ )?(?:tools?|apps?|software|services?|sites?|platforms?|trackers?|programs?) (?:do|should|would|is|are)\b|recommend)/,
  ],
];

/** The intents a normalised text expresses (possibly none, possibly several). */
export function questionIntents(normalisedText: string): ReadonlySet<QuestionIntent> {
  const intents = new Set<QuestionIntent>();
  for (const [intent, pattern] of INTENT_PATTERNS) if (pattern.test(normalisedText)) intents.add(intent);
  return intents;
}

/**
 * Whether the text asks outright for a duration or an amount ("how long", "how much", "how many",
 * "how soon", "how quickly"). The duration and amount intents also read weaker cues ("when",
 * "enough", "cost") that questions about anything else use ("what happens when ..."); a question
 * that says "how long" wants a figure, and an entry none of whose phrasings asks for one does not
 * give it.
 */
export function asksQuantityOutright(normalisedText: string): boolean {
  return /\bhow (?:long|much|many|soon|quickly)\b/.test(normalisedText);
}
