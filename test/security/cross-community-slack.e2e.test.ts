import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminUserId,
  buttonPayload,
  otherAdminUserId,
  otherTeamId,
  postEvent,
  postInteraction,
  type SlackHarness,
  startSlackHarness,
  teamId,
  uniqueId,
} from "../adapters/slack/slack-harness.js";
import { slackInteractions } from "../adapters/slack/slack-interactions.js";
import {
  afterThreadDecision,
  attemptsOnCommunityA,
  expectNoCommunityChanged,
  expectOnlyNewPendingSuggestions,
  type SeededCommunityA,
  secretOfA,
  seedCommunityA,
  showsCommunityA,
  snapshotOf,
} from "./cross-community.js";

/**
 * MUST NEVER HAPPEN: an admin of workspace B sees or changes anything of workspace A, by any path
 * the real Bolt app serves. One app installed in two workspaces; each is its own community.
 */
describe("workspace B's admin and workspace A's community, through Bolt", () => {
  let harness: SlackHarness;
  let seed: SeededCommunityA;
  let communityB: string;
  /** The reply id of a thread answer in workspace A, for crafted Helpful / Dismiss buttons. */
  let replyIdInA = "";
  const { slash, submitView, saveAsFaq, openHome } = slackInteractions(() => harness);

  /** What the member ends up seeing for a request: the respond() answer, or a modal that opened. */
  const answerFor = (responseId: string) =>
    harness.fake.waitFor(`the answer to ${responseId}`, () => {
      const responded = harness.fake.responsesTo(responseId)[0]?.body;
      const opened = harness.fake
        .callsTo("views.open")
        .find((call) => call.params.trigger_id === `trigger-${responseId}`)?.params.view;
      return responded ?? opened;
    });

  /** An @-mention of the bot in `team`; resolves once the bot answered or recorded its silence. */
  async function askByMention(team: string, question: string) {
    const channel = uniqueId("CASK");
    await afterThreadDecision(harness, team === teamId ? seed.communityId : communityB, () =>
      postEvent(
        harness,
        {
          type: "app_mention",
          channel,
          user: "UASKER",
          text: `<@UBOT> ${question}`,
          ts: "1700000900.000100",
        },
        uniqueId("Ev"),
        undefined,
        team,
      ),
    );
    return harness.fake.callsTo("chat.postMessage").find((call) => call.params.channel === channel) ?? null;
  }

  beforeAll(async () => {
    harness = await startSlackHarness();
    seed = await seedCommunityA(
      harness.services,
      { platform: "slack", spaceId: teamId, userId: adminUserId },
      { shadowChannel: "CMODSA" },
    );
    communityB = await harness.bot.communities.communityOf(
      { platform: "slack", spaceId: otherTeamId },
      new Date(),
    );
    expect(communityB).not.toBe(seed.communityId);
    const answerInA = await askByMention(teamId, secretOfA.question);
    expect(JSON.stringify(answerInA?.params)).toContain(secretOfA.slug);
    replyIdInA = snapshotOf(harness, seed.communityId).thread_answers?.[0]?.reply_id as string;
    expect(replyIdInA).toBeTruthy();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("refuses or hides every slash command aimed at A's entries, suggestions and settings", async () => {
    const inA = await answerFor(await slash("/faq", `show slug:${secretOfA.slug}`, adminUserId));
    expect(showsCommunityA(JSON.stringify(inA), seed)).toBe(true);
    for (const { line } of attemptsOnCommunityA(seed)) {
      const [command = "", ...rest] = line.split(" ");
      const answer = await expectNoCommunityChanged(harness, line, async () =>
        answerFor(await slash(`/${command}`, rest.join(" "), otherAdminUserId, otherTeamId)),
      );
      expect(showsCommunityA(JSON.stringify(answer), seed, line), line).toBe(false);
    }
  });

  it("refuses block actions whose ids name A's suggestion or A's thread answer, in messages and on Home", async () => {
    const actionIds = [
      `faq:approve:${seed.suggestionId}`,
      `faq:edit:${seed.suggestionId}`,
      `faq:reject:${seed.suggestionId}`,
      `thread:helpful:${replyIdInA}`,
      `thread:not-helpful:${replyIdInA}`,
      `thread:dismiss:${replyIdInA}`,
    ];
    for (const actionId of actionIds) {
      const responseId = uniqueId("xbtn");
      const payload = buttonPayload(harness, {
        actionId,
        userId: otherAdminUserId,
        responseId,
        teamId: otherTeamId,
      });
      const answer = await expectNoCommunityChanged(harness, actionId, async () => {
        await postInteraction(harness, payload);
        return answerFor(responseId);
      });
      expect(showsCommunityA(JSON.stringify(answer), seed, actionId), actionId).toBe(false);
    }
    expect(harness.fake.callsTo("chat.delete")).toHaveLength(0);

    // The same click from B's Home tab refreshes B's Home, with nothing of A on it.
    const {
      response_url: _url,
      channel: _channel,
      message: _message,
      container: _container,
      ...fromHome
    } = buttonPayload(harness, {
      actionId: `faq:approve:${seed.suggestionId}`,
      userId: otherAdminUserId,
      responseId: uniqueId("home"),
      teamId: otherTeamId,
    });
    const published = harness.fake.callsTo("views.publish").length;
    await expectNoCommunityChanged(harness, "approve from Home", async () => {
      await postInteraction(harness, {
        ...fromHome,
        container: { type: "view", view_id: "V0002" },
        view: { id: "V0002", type: "home" },
      });
      await harness.fake.waitFor(
        "B's refreshed Home",
        () => harness.fake.callsTo("views.publish").length > published,
      );
    });
    expect(showsCommunityA(JSON.stringify(harness.fake.callsTo("views.publish").at(-1)?.params), seed)).toBe(
      false,
    );
  });

  it("refuses command-modal submissions that name A's suggestion or entry", async () => {
    const forged = [
      { path: "faq approve", fixed: { id: seed.suggestionId } },
      { path: "faq reject", fixed: { id: seed.suggestionId } },
      { path: "faq edit", fixed: { slug: secretOfA.slug } },
    ];
    for (const { path, fixed } of forged) {
      const view = {
        callback_id: "command-modal",
        private_metadata: JSON.stringify({ path, channelId: "CGENERALB", fixed }),
      };
      const notices = harness.fake.callsTo("chat.postEphemeral").length;
      await expectNoCommunityChanged(harness, path, async () => {
        const response = await submitView(
          view,
          otherAdminUserId,
          { question: "Taken over?", answer: "Written in workspace B.", reason: "not ours" },
          otherTeamId,
        );
        expect(response.status).toBe(200);
        await harness.fake.waitFor(
          `the answer to ${path}`,
          () => harness.fake.callsTo("chat.postEphemeral").length > notices,
        );
      });
      const notice = harness.fake.callsTo("chat.postEphemeral").at(-1)?.params;
      expect(notice?.user).toBe(otherAdminUserId);
      expect(showsCommunityA(JSON.stringify(notice), seed, JSON.stringify(fixed)), path).toBe(false);
    }
  });

  it("files the Save as FAQ shortcut in workspace B into B's queue only", async () => {
    const parentTs = "1700000950.000100";
    harness.fake.threads.set(`CHELPB/${parentTs}`, [
      { ts: parentTs, text: "Is there a fee on bonuses and tips?", user: "UASKERB" },
    ]);
    await expectOnlyNewPendingSuggestions(harness, communityB, 1, async () => {
      const responseId = await saveAsFaq({
        userId: otherAdminUserId,
        channelId: "CHELPB",
        parentTs,
        answer: { ts: "1700000950.000300", text: "Yes, the usual service fee applies.", user: "UEXPERTB" },
        inTeam: otherTeamId,
      });
      return answerFor(responseId);
    });
  });

  it("shows B's admin a Home tab with B's queue and nothing of A", async () => {
    const homeInA = await openHome(adminUserId, teamId);
    expect(JSON.stringify(homeInA)).toContain(`faq:approve:${seed.suggestionId}`);
    const home = await expectNoCommunityChanged(harness, "B's Home", () =>
      openHome(otherAdminUserId, otherTeamId),
    );
    expect(JSON.stringify(home)).toContain("faq:approve:");
    expect(JSON.stringify(home)).not.toContain(`faq:approve:${seed.suggestionId}`);
    expect(showsCommunityA(JSON.stringify(home), seed)).toBe(false);
  });

  it("answers B's questions only from B's FAQ", async () => {
    const before = snapshotOf(harness, seed.communityId);
    const answer = await askByMention(otherTeamId, secretOfA.question);
    expect(answer === null || !showsCommunityA(JSON.stringify(answer.params), seed)).toBe(true);
    const starter = await askByMention(
      otherTeamId,
      "How long until the Top Rated badge shows up after I qualify?",
    );
    expect(JSON.stringify(starter?.params)).toContain("top-rated-badge-delay");
    expect(snapshotOf(harness, communityB).thread_answers?.map((row) => row.slug)).toEqual([
      "top-rated-badge-delay",
    ]);
    expect(snapshotOf(harness, seed.communityId)).toEqual(before);
  });

  it("refuses A's channel, or one shared with another organisation, as B's shadow channel", async () => {
    harness.fake.channels.set("CMODSA", { teamId });
    harness.fake.channels.set("CMODSB", { teamId: otherTeamId });
    harness.fake.channels.set("CSHAREDB", { teamId: otherTeamId, sharedWith: [teamId] });
    harness.fake.channels.set("CQUIETB", { teamId: otherTeamId, isMember: false });
    const settingsInB = async (options: string) =>
      JSON.stringify(await answerFor(await slash("/settings", options, otherAdminUserId, otherTeamId)));
    const refusals: Array<[string, string]> = [
      ["<#CMODSA|mods>", "is not a channel of this workspace"],
      ["CMODSA", "is not a channel of this workspace"],
      ["CNOSUCH", "is not a channel of this workspace"],
      ["<#CSHAREDB|shared>", "is not a channel of this workspace"],
      ["<#CQUIETB|quiet>", "/invite @gigdesk"],
    ];
    for (const [named, wording] of refusals) {
      const answer = await expectNoCommunityChanged(harness, named, () =>
        settingsInB(`shadow_mode:true shadow_channel:${named}`),
      );
      expect(answer, named).toContain(wording);
      expect(answer, named).toContain('"response_type":"ephemeral"');
    }
    // The check can fail: B's own channel is taken.
    expect(await settingsInB("shadow_mode:true shadow_channel:<#CMODSB|mods>")).toContain("Settings updated");
    expect((await harness.bot.forCommunity(communityB).settings.get()).shadowChannels).toEqual({
      slack: "CMODSB",
    });
  });
});
