import type { webApi } from "@slack/bolt";
import type { Actor } from "../../core/actor.js";
import { isModerator } from "../../core/moderation.js";
import type { Logger } from "../../ports/logger.js";
import type { BotServices } from "../../ports/services.js";
import { slackErrorCode } from "./slack-error-code.js";

interface MemberFacts {
  displayName: string;
  isWorkspaceAdmin: boolean;
  fetchedAtMs: number;
}

export interface ActorRequest {
  teamId: string;
  userId: string;
  channelId?: string;
  threadId?: string;
}

// users.info is rate limited (Tier 4); a short cache keeps a busy channel from spending it,
// while an admin change still takes effect within a few minutes.
const memberCacheMs = 5 * 60 * 1000;

/**
 * Builds the Actor for a Slack user: workspace admin or owner from users.info, display name, and
 * the moderator decision taken by the one core rule with the community's settings.
 */
export class SlackActorResolver {
  private readonly members = new Map<string, MemberFacts>();

  constructor(
    private readonly services: BotServices,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  async resolve(client: webApi.WebClient, request: ActorRequest): Promise<Actor> {
    const facts = await this.memberFacts(client, request);
    // The community comes from the workspace the request came from, never from its payload's text.
    const communityId = await this.services.communities.communityOf(
      { platform: "slack", spaceId: request.teamId },
      this.now(),
    );
    const settings = await this.services.forCommunity(communityId).settings.get();
    const actor: Actor = {
      platform: "slack",
      spaceId: request.teamId,
      communityId,
      userId: request.userId,
      displayName: facts.displayName,
      isModerator: isModerator(
        { platform: "slack", userId: request.userId, isWorkspaceAdmin: facts.isWorkspaceAdmin },
        settings,
      ),
    };
    if (request.channelId) actor.channelId = request.channelId;
    if (request.threadId) actor.threadId = request.threadId;
    return actor;
  }

  /** The member's display name (cached like the admin flag); the user id when Slack cannot say. */
  async displayName(client: webApi.WebClient, teamId: string, userId: string): Promise<string> {
    return (await this.memberFacts(client, { teamId, userId })).displayName;
  }

  private async memberFacts(client: webApi.WebClient, request: ActorRequest): Promise<MemberFacts> {
    const key = `${request.teamId}:${request.userId}`;
    const nowMs = this.now().getTime();
    const cached = this.members.get(key);
    if (cached && nowMs - cached.fetchedAtMs < memberCacheMs) return cached;
    try {
      const result = await client.users.info({ user: request.userId });
      const user = result.user;
      const facts: MemberFacts = {
        displayName: user?.profile?.display_name || user?.real_name || user?.name || request.userId,
        isWorkspaceAdmin: user?.is_admin === true || user?.is_owner === true,
        fetchedAtMs: nowMs,
      };
      this.members.set(key, facts);
      return facts;
    } catch (error) {
      // Without users.info we cannot see admin rights; configured moderator ids still work.
      this.logger.warn({ slackError: slackErrorCode(error), userId: request.userId }, "users.info failed");
      return { displayName: request.userId, isWorkspaceAdmin: false, fetchedAtMs: nowMs };
    }
  }
}
