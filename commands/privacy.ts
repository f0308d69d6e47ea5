import { z } from "zod";
import { type CommandContext, type CommandGroup, defineCommand } from "../src/command-kit/command.js";
import { webConsentButtons } from "../src/core/faq/web-consent-question.js";
import { message, problem, type Reply } from "../src/core/reply.js";
import type { WebConsentRecord } from "../src/ports/faq-web-consent-store.js";
import { suggestionIdOption } from "./faq/faq-options.js";

const captureId = {
  id: suggestionIdOption.describe("The number of your saved answer (the question in its thread names it)"),
};

/** Names the page may show are the member's own display name, trimmed to a sensible length. */
const CREDIT_NAME_MAX = 80;

function publishState(records: readonly WebConsentRecord[]): WebConsentRecord | undefined {
  return records.find((record) => record.purpose === "publish-answer");
}

async function answerConsent(
  id: number,
  ctx: CommandContext,
  publish: "granted" | "declined",
  credited: boolean,
): Promise<Reply> {
  const creditName = credited ? ctx.actor.displayName.trim().slice(0, CREDIT_NAME_MAX) || null : null;
  const decided = await ctx.services.faq.webConsent.decide(id, ctx.actor, { publish, creditName }, ctx.now);
  if (!decided.ok) {
    return problem(
      "not-allowed",
      `Only the member who wrote the answer with \`id\` ${id} can say whether it appears on the public FAQ page.`,
      { suggestionId: id },
    );
  }
  const body =
    publish === "declined"
      ? "Thanks. Your answer stays off the public FAQ page (unless a moderator rewrites it in their own words)."
      : `Thanks. Your answer may appear on the public FAQ page once a moderator publishes it, ${
          creditName ? `credited to **${creditName}**` : "without your name"
        }. You can withdraw at any time.`;
  return message({
    title: "Your answer about the public FAQ page",
    body,
    ...(publish === "granted"
      ? {
          actions: [
            {
              id: `${webConsentButtons.withdraw.idPrefix}${id}`,
              label: "Withdraw",
              style: "danger" as const,
            },
          ],
        }
      : {}),
    visibility: "private",
    data: { suggestionId: id, publish, credited: creditName !== null },
  });
}

/** The three answers to "may your saved answer appear on the public FAQ page?", one per button. */
function consentAnswerCommand(
  name: string,
  description: string,
  button: (typeof webConsentButtons)["agree" | "agreeNamed" | "decline"],
  publish: "granted" | "declined",
  credited: boolean,
) {
  return defineCommand({
    name,
    description,
    options: z.object(captureId),
    permission: "everyone",
    buttons: [button],
    examples: [`privacy ${name} id:12`],
    run: (input, ctx) => answerConsent(input.id, ctx, publish, credited),
  });
}

const webAgree = consentAnswerCommand(
  "web-agree",
  "Let your saved answer appear on the community's public FAQ page, without your name",
  webConsentButtons.agree,
  "granted",
  false,
);
const webAgreeNamed = consentAnswerCommand(
  "web-agree-named",
  "Let your saved answer appear on the public FAQ page, credited with your display name",
  webConsentButtons.agreeNamed,
  "granted",
  true,
);
const webDecline = consentAnswerCommand(
  "web-decline",
  "Keep your saved answer off the community's public FAQ page",
  webConsentButtons.decline,
  "declined",
  false,
);

const webWithdraw = defineCommand({
  name: "web-withdraw",
  description: "Take your answers (or one of them) off the public FAQ page, at once",
  options: z.object({
    id: suggestionIdOption.optional().describe("Only this saved answer; all of yours when left out"),
  }),
  permission: "everyone",
  buttons: [webConsentButtons.withdraw],
  examples: ["privacy web-withdraw", "privacy web-withdraw id:12"],
  async run(input, ctx) {
    const withdrawn = await ctx.services.faq.webConsent.withdraw(ctx.actor, input.id ?? null, ctx.now);
    const answers = new Set(withdrawn.map((record) => record.suggestionId));
    const body =
      answers.size === 0
        ? "Nothing to withdraw: none of your answers is on the public FAQ page by your consent."
        : `Withdrawn for ${answers.size === 1 ? "1 answer" : `${answers.size} answers`}. ` +
          "The public FAQ page no longer shows your text or your name.";
    return message({
      title: "Consent withdrawn",
      body,
      visibility: "private",
      data: { withdrawn: [...answers].sort((a, b) => a - b) },
    });
  },
});

const webConsentList = defineCommand({
  name: "web-consent",
  description: "What you said about your saved answers appearing on the public FAQ page",
  options: z.object({}),
  permission: "everyone",
  examples: ["privacy web-consent"],
  async run(_input, ctx) {
    const records = await ctx.services.faq.webConsent.listForMember(ctx.actor.userId);
    const byAnswer = new Map<number, WebConsentRecord[]>();
    for (const record of records)
      byAnswer.set(record.suggestionId, [...(byAnswer.get(record.suggestionId) ?? []), record]);
    const lines = [...byAnswer].map(([id, answer]) => {
      const publish = publishState(answer)?.state ?? "asked";
      const named = answer.some((record) => record.purpose === "credit-name" && record.state === "granted");
      const entry = answer[0]?.entrySlug ? ` (entry \`${answer[0].entrySlug}\`)` : "";
      const said = {
        asked: "not answered yet",
        granted: "agreed",
        declined: "declined",
        withdrawn: "withdrawn",
      }[publish];
      return `- Answer #${id}${entry}: ${said}${named ? ", with your name" : ""}`;
    });
    return message({
      title: "Your answers and the public FAQ page",
      body: lines.length === 0 ? "None of your messages was saved for the FAQ here." : lines.join("\n"),
      visibility: "private",
      data: { consents: records },
    });
  },
});

/** `/privacy`: a member's say over their own words on the public web. */
/** A member as people paste one: a raw id, Discord `<@id>` / `<@!id>`, Slack `<@U123|name>`. */
const memberOption = z
  .string()
  .trim()
  .max(120)
  .regex(/^(?:<@!?[A-Za-z0-9]+(?:\|[^>]*)?>|[A-Za-z0-9._-]+)$/, "a member mention or user id, e.g. <@123…>")
  .transform((value) => value.replace(/^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$/, "$1"));

const privacyEraseCommand = defineCommand({
  name: "erase",
  description: "Erase what gigdesk keeps about one member, when they ask (moderators)",
  options: z.object({
    member: memberOption.describe("The member whose data to erase (a mention or user id)"),
  }),
  permission: "moderator",
  examples: ["privacy erase member:<@123456789012345678>"],
  async run(input, ctx) {
    const counts = await ctx.services.memberData.eraseMember(
      { platform: ctx.actor.platform, memberId: input.member },
      ctx.actor,
      ctx.now,
    );
    const lines = [
      `- Unanswered questions deleted: ${counts.unansweredQuestions}`,
      `- Answered questions whose text and asker were removed: ${counts.threadAnswers}`,
      `- Feedback and "Might help" clicks made anonymous: ${counts.feedback + counts.offerClicks}`,
      `- Suggestions deleted or made anonymous: ${counts.suggestions}`,
      `- Other records deleted (suggestion supports, flood-limit counts): ${counts.supporters + counts.activity}`,
      `- Web-consent answers deleted (their captured answers leave the web): ${counts.webConsents}`,
    ];
    return message({
      title: "Member data erased",
      body: `${lines.join("\n")}\n\nThe audit log records that you did this and these counts, not the erased text. FAQ entries and moderators' own actions are not member data and stay.`,
      visibility: "private",
      data: { member: input.member, counts },
    });
  },
});

export const privacyCommand: CommandGroup = {
  name: "privacy",
  description: "Your say over your saved answers on the community's public FAQ page",
  subcommands: [webConsentList, webAgree, webAgreeNamed, webDecline, webWithdraw, privacyEraseCommand],
};
