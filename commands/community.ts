import { z } from "zod";
import { type CommandGroup, defineCommand } from "../src/command-kit/command.js";
import { describeSpace, LINK_CODE_LIFETIME_MS } from "../src/core/community.js";
import { message, problem } from "../src/core/reply.js";
import type { LinkCodeRefusal } from "../src/ports/community-store.js";

const minutes = LINK_CODE_LIFETIME_MS / 60_000;

const show = defineCommand({
  name: "show",
  description: "Show which community this server or workspace belongs to, and what else is linked to it",
  options: z.object({}),
  permission: "everyone",
  examples: ["community show"],
  async run(_input, ctx) {
    const community = await ctx.services.community.describe();
    const spaces = community.spaces.map((space) => `- ${describeSpace(space)}`);
    return message({
      title: `Community ${community.id}`,
      body: `${spaces.length > 0 ? `Places that share this FAQ, queue and settings:\n${spaces.join("\n")}` : "This community has no linked places."}\n\nA moderator links another place with \`/community link\`.`,
      visibility: "private",
      data: { community: community.id, spaces: community.spaces },
    });
  },
});

const link = defineCommand({
  name: "link",
  description:
    "Get a one-time code that links a Slack workspace or Discord server into this community (moderators)",
  options: z.object({}),
  permission: "moderator",
  examples: ["community link"],
  async run(_input, ctx) {
    const { code, expiresAt } = await ctx.services.community.issueLinkCode(ctx.actor, ctx.now);
    return message({
      title: "Link code",
      body: `In the other place, a moderator runs \`/community join code:${code}\` within ${minutes} minutes (until ${expiresAt.toISOString().slice(11, 16)} UTC). From then on both places share one FAQ, one suggestion queue and one set of settings. The code works once.`,
      visibility: "private",
      data: { code, expiresAt: expiresAt.toISOString(), community: ctx.services.communityId },
    });
  },
});

const refusals: Record<LinkCodeRefusal, string> = {
  unknown:
    "That code is not one gigdesk issued. Check it for typos, or get a new one with `/community link`.",
  expired: `That code has expired: codes last ${minutes} minutes. Get a new one with \`/community link\`.`,
  used: "That code was already used once. Get a new one with `/community link`.",
  "same-community": "This place already belongs to that community; nothing changed.",
};

const join = defineCommand({
  name: "join",
  description: "Join the community another place's moderator linked, with their one-time code (moderators)",
  options: z.object({
    code: z
      .string()
      .trim()
      .regex(
        /^[A-Za-z0-9]{5}[\s-]?[A-Za-z0-9]{5}$/,
        "the 10-character code from /community link, e.g. ABCDE-FGHJK",
      )
      .describe("The code from /community link in the other place"),
  }),
  permission: "moderator",
  restOption: "code",
  examples: ["community join code:ABCDE-FGHJK"],
  async run(input, ctx) {
    const outcome = await ctx.services.community.redeemLinkCode(input.code, ctx.actor, ctx.now);
    if (!outcome.ok) {
      const code = outcome.code === "same-community" ? "conflict" : "not-found";
      return problem(code, refusals[outcome.code], { reason: outcome.code });
    }
    const { communityId, previousCommunityId } = outcome.value;
    return message({
      title: "Linked",
      body: `This place now belongs to community **${communityId}**: its FAQ answers here, and its moderators' queue and settings apply. This place's previous FAQ stays kept as community \`${previousCommunityId}\` (nothing was deleted).`,
      visibility: "private",
      data: { community: communityId, previousCommunity: previousCommunityId },
    });
  },
});

const unlink = defineCommand({
  name: "unlink",
  description: "Leave the linked community; this place keeps a copy of its FAQ and settings (moderators)",
  options: z.object({}),
  permission: "moderator",
  examples: ["community unlink"],
  async run(_input, ctx) {
    const outcome = await ctx.services.community.unlink(ctx.actor, ctx.now);
    if (!outcome.ok) {
      return problem(
        "conflict",
        "This place is not linked with another one, so there is nothing to unlink.",
        {
          reason: outcome.code,
        },
      );
    }
    return message({
      title: "Unlinked",
      body: `This place now has its own community **${outcome.value.communityId}**, with a copy of the ${outcome.value.copiedEntries} published FAQ entries and the settings. The other place keeps the shared community.`,
      visibility: "private",
      data: { community: outcome.value.communityId, copiedEntries: outcome.value.copiedEntries },
    });
  },
});

/** `/community`: which community this place belongs to, and linking a server with a workspace. */
export const communityCommand: CommandGroup = {
  name: "community",
  description:
    "Which community this place belongs to; moderators link a Discord server and a Slack workspace",
  subcommands: [show, link, join, unlink],
};
