import { z } from "zod";
import { type CommandGroup, defineCommand } from "../src/command-kit/command.js";
import { message } from "../src/core/reply.js";

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
    ];
    return message({
      title: "Member data erased",
      body: `${lines.join("\n")}\n\nThe audit log records that you did this and these counts, not the erased text. FAQ entries and moderators' own actions are not member data and stay.`,
      visibility: "private",
      data: { member: input.member, counts },
    });
  },
});

/** `/privacy`: what gigdesk keeps about members, on request. */
export const privacyCommand: CommandGroup = {
  name: "privacy",
  description: "Members' data: erase one member's on request (moderators)",
  subcommands: [privacyEraseCommand],
};
