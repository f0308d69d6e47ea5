import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminUserId,
  buttonPayload,
  postEvent,
  postInteraction,
  type SlackHarness,
  startSlackHarness,
  teamId,
  uniqueId,
} from "./slack-harness.js";
import { type Block, slackInteractions } from "./slack-interactions.js";

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});

afterAll(async () => {
  await harness?.close();
});

const { slash, responseTo, viewOpenedWith, submitView } = slackInteractions(() => harness);

function homeActions(userId: string): string[] {
  const published = harness.fake.callsTo("views.publish").filter((call) => call.params.user_id === userId);
  const view = published.at(-1)?.params.view as { blocks: Block[] } | undefined;
  return (view?.blocks ?? []).flatMap((block) =>
    (block.elements ?? []).map((element) => element.action_id ?? ""),
  );
}

describe("FAQ curation on Slack", () => {
  it("refuses /faq add to a member who is not a moderator, with or without text, and changes nothing", async () => {
    const before = await harness.services.faq.entries.countAll();
    const bare = await responseTo(await slash("/faq", "add", "UMEMBER"));
    expect(String(bare.text)).toMatch(/Only moderators/);
    expect(harness.fake.callsTo("views.open")).toHaveLength(0);
    const typed = await responseTo(
      await slash(
        "/faq",
        'add question:"Can I pause my profile?" answer:"Yes, set it to private." slug:pause-profile',
        "UMEMBER",
      ),
    );
    expect(String(typed.text)).toMatch(/Only moderators/);
    expect(await harness.services.faq.entries.countAll()).toBe(before);
  });

  it("opens a modal for /faq add for a workspace admin and adds the entry on submission", async () => {
    const responseId = await slash("/faq", "add", adminUserId);
    const view = await viewOpenedWith(`trigger-${responseId}`);
    expect(view.callback_id).toBe("command-modal");
    const inputs = view.blocks.map((block) => block.block_id);
    expect(inputs).toEqual(expect.arrayContaining(["question", "answer"]));
    const before = await harness.services.faq.entries.countPublished();
    const values: Record<string, string> = {
      question: "Can I pause my profile while on holiday?",
      answer: "Yes: set your availability and, if needed, make the profile private for a while.",
    };
    if (inputs.includes("slug")) values.slug = "pause-profile-holiday";
    const submitted = await submitView(view, adminUserId, values);
    expect(submitted.status).toBe(200);
    await harness.fake.waitFor(
      "the entry",
      async () => (await harness.services.faq.entries.countPublished()) === before + 1,
    );
    const [ephemeral] = await harness.fake.waitFor("the private confirmation", () => {
      const calls = harness.fake
        .callsTo("chat.postEphemeral")
        .filter((call) => call.params.user === adminUserId);
      return calls.length > 0 ? calls : null;
    });
    expect(ephemeral?.params.channel).toBe("CGENERAL");
  });

  it("treats a configured moderator user id as a moderator", async () => {
    await harness.services.settings.update(
      { moderatorUserIds: ["UCONFIGURED"] },
      { platform: "slack", spaceId: teamId, userId: adminUserId },
    );
    const responseId = await slash("/faq", "edit", "UCONFIGURED");
    const view = await viewOpenedWith(`trigger-${responseId}`);
    expect(view.blocks.map((block) => block.block_id)).toContain("slug");
  });

  it("files a thread answer with the Save as FAQ shortcut, then a moderator approves it from App Home", async () => {
    const channel = "CHELP";
    const parentTs = "1700000600.000100";
    const answerTs = "1700000600.000300";
    harness.fake.threads.set(`${channel}/${parentTs}`, [
      { ts: parentTs, text: "Does a private profile stop my JSS from updating?", user: "UASKER" },
    ]);
    const responseId = uniqueId("short");
    const shortcut = await postInteraction(harness, {
      type: "message_action",
      callback_id: "save_as_faq",
      trigger_id: `trigger-${responseId}`,
      team: { id: teamId, domain: "fake" },
      user: { id: "UHELPER", name: "helper", team_id: teamId },
      channel: { id: channel, name: "help" },
      message: {
        type: "message",
        user: "UEXPERT",
        ts: answerTs,
        thread_ts: parentTs,
        text: "No, the score keeps updating &amp; only visibility changes: <https://support.example.org/a|help page>.",
      },
      message_ts: answerTs,
      response_url: harness.fake.responseUrl(responseId),
      token: "unused",
      action_ts: "1700000600.5",
    });
    expect(shortcut.status).toBe(200);
    const confirmation = await responseTo(responseId);
    expect(confirmation.response_type).toBe("ephemeral");
    const [suggestion] = (await harness.services.faq.suggestions.listQueue(50)).filter(
      (candidate) => candidate.threadId === parentTs,
    );
    expect(suggestion).toMatchObject({
      question: "Does a private profile stop my JSS from updating?",
      answer:
        "No, the score keeps updating & only visibility changes: [help page](https://support.example.org/a).",
      channelId: channel,
    });
    expect(suggestion?.messageLink).toContain(channel);
    const id = suggestion?.id as number;

    // A member's Home tab has no moderation buttons; a moderator's lists the suggestion.
    await postEvent(
      harness,
      { type: "app_home_opened", user: "UMEMBER", channel: "DHOME1", tab: "home" },
      uniqueId("Ev"),
    );
    await harness.fake.waitFor("the member's home", () =>
      harness.fake.callsTo("views.publish").some((call) => call.params.user_id === "UMEMBER"),
    );
    expect(homeActions("UMEMBER").filter((action) => action.startsWith("faq:"))).toEqual([]);
    await postEvent(
      harness,
      { type: "app_home_opened", user: adminUserId, channel: "DHOME2", tab: "home" },
      uniqueId("Ev"),
    );
    await harness.fake.waitFor("the moderator's home", () =>
      homeActions(adminUserId).includes(`faq:approve:${id}`),
    );
    expect(homeActions(adminUserId)).toEqual(
      expect.arrayContaining([`faq:approve:${id}`, `faq:edit:${id}`, `faq:reject:${id}`]),
    );

    // A member clicking Approve changes nothing; the moderator's click approves it.
    const homeClick = (userId: string) => {
      const payload = buttonPayload(harness, {
        actionId: `faq:approve:${id}`,
        userId,
        responseId: uniqueId("home"),
      });
      const {
        response_url: _unused,
        channel: _channel,
        message: _message,
        container: _container,
        ...fromHome
      } = payload;
      return postInteraction(harness, {
        ...fromHome,
        container: { type: "view", view_id: "V0001" },
        view: { id: "V0001", type: "home" },
      });
    };
    const publishedTo = (userId: string) =>
      harness.fake.callsTo("views.publish").filter((call) => call.params.user_id === userId).length;
    const memberPublishes = publishedTo("UMEMBER");
    await homeClick("UMEMBER");
    // The refusal is shown at the top of the member's refreshed Home tab.
    await harness.fake.waitFor("the member's refusal", () => publishedTo("UMEMBER") > memberPublishes);
    expect(JSON.stringify(harness.fake.callsTo("views.publish").at(-1)?.params.view)).toContain(
      "Only moderators",
    );
    expect((await harness.services.faq.suggestions.getSuggestion(id))?.status).toBe("pending");
    await homeClick(adminUserId);
    await harness.fake.waitFor(
      "the refreshed home",
      () => !homeActions(adminUserId).includes(`faq:approve:${id}`),
    );
    await harness.fake.waitFor(
      "the approval",
      async () => (await harness.services.faq.suggestions.getSuggestion(id))?.status === "approved",
    );
  });

  it("opens an Edit modal (approve with changes) prefilled with the suggestion's text", async () => {
    const filed = await harness.services.faq.suggestions.suggest(
      { question: "Can I raise my rate mid-contract?", answer: "Ask the client; they must accept it." },
      { platform: "slack", spaceId: teamId, userId: "UMEMBER" },
      new Date(),
    );
    if (!filed.ok) throw new Error("suggest failed");
    const id = filed.value.suggestion.id;
    const responseId = uniqueId("edit");
    await postInteraction(
      harness,
      buttonPayload(harness, { actionId: `faq:edit:${id}`, userId: adminUserId, responseId }),
    );
    const view = (await viewOpenedWith(`trigger-${responseId}`)) as unknown as {
      callback_id: string;
      private_metadata: string;
      blocks: Array<{ block_id: string; element: { initial_value?: string } }>;
    };
    expect(JSON.parse(view.private_metadata)).toMatchObject({ path: "faq approve", fixed: { id } });
    const initial = Object.fromEntries(
      view.blocks.map((block) => [block.block_id, block.element.initial_value]),
    );
    expect(initial).toMatchObject({ question: "Can I raise my rate mid-contract?" });
    await submitView(view, adminUserId, {
      slug: "raise-rate-mid-contract",
      question: "Can I raise my hourly rate during a contract?",
      answer: "Yes, propose the new rate; it applies once the client accepts it.",
    });
    await harness.fake.waitFor(
      "the edited approval",
      async () => (await harness.services.faq.suggestions.getSuggestion(id))?.status === "approved",
    );
    expect((await harness.services.faq.entries.getBySlug("raise-rate-mid-contract"))?.question).toBe(
      "Can I raise my hourly rate during a contract?",
    );
  });

  it("opens a Reject modal with the suggestion fixed, and rejects with the reason", async () => {
    const filed = await harness.services.faq.suggestions.suggest(
      { question: "Is it fine to ask clients to pay by bank transfer?", answer: "Sure, why not." },
      { platform: "slack", spaceId: teamId, userId: "UMEMBER" },
      new Date(),
    );
    if (!filed.ok) throw new Error("suggest failed");
    const id = filed.value.suggestion.id;
    const responseId = uniqueId("rej");
    await postInteraction(
      harness,
      buttonPayload(harness, { actionId: `faq:reject:${id}`, userId: adminUserId, responseId }),
    );
    const view = await viewOpenedWith(`trigger-${responseId}`);
    const inputs = view.blocks.map((block) => block.block_id);
    expect(inputs).not.toContain("id");
    const reasonInput = inputs.find((name) => name === "reason") ?? inputs[0];
    await submitView(view, adminUserId, {
      [reasonInput as string]: "Payments outside the platform break the terms.",
    });
    await harness.fake.waitFor(
      "the rejection",
      async () => (await harness.services.faq.suggestions.getSuggestion(id))?.status === "rejected",
    );
  });

  it("keeps the modal open with the problem under the input when a value is invalid", async () => {
    const responseId = await slash("/faq", "add", adminUserId);
    const view = await viewOpenedWith(`trigger-${responseId}`);
    const response = await submitView(view, adminUserId, {
      slug: "Not A Slug!",
      question: "What is a slug?",
      answer: "A short name.",
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_action?: string; errors?: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(Object.keys(body.errors ?? {})).toEqual(["slug"]);
  });

  it("prefills /faq edit <slug> with the entry's current text", async () => {
    const [entry] = await harness.services.faq.entries.listPublished();
    if (!entry) throw new Error("the starter pack should be loaded");
    const responseId = await slash("/faq", `edit ${entry.slug}`, adminUserId);
    const view = (await viewOpenedWith(`trigger-${responseId}`)) as unknown as {
      blocks: Array<{ block_id: string; element: { initial_value?: string } }>;
    };
    const initial = Object.fromEntries(
      view.blocks.map((block) => [block.block_id, block.element.initial_value]),
    );
    expect(initial).toMatchObject({ slug: entry.slug, question: entry.question, answer: entry.answer });
  });

  it("puts Approve / Edit / Reject buttons on the /faq queue reply, and they work from that message", async () => {
    const filed = await harness.services.faq.suggestions.suggest(
      {
        question: "Do milestones count toward my earnings right away?",
        answer: "Once the client releases them.",
      },
      { platform: "slack", spaceId: teamId, userId: "UMEMBER" },
      new Date(),
    );
    if (!filed.ok) throw new Error("suggest failed");
    const id = filed.value.suggestion.id;
    const queue = await responseTo(await slash("/faq", "queue", adminUserId));
    const buttons = ((queue.blocks ?? []) as Block[]).flatMap((block) =>
      (block.elements ?? []).map((element) => element.action_id ?? ""),
    );
    expect(buttons).toEqual(
      expect.arrayContaining([`faq:approve:${id}`, `faq:edit:${id}`, `faq:reject:${id}`]),
    );
    const responseId = uniqueId("qbtn");
    await postInteraction(
      harness,
      buttonPayload(harness, { actionId: `faq:approve:${id}`, userId: adminUserId, responseId }),
    );
    const answer = await responseTo(responseId);
    expect(answer.response_type).toBe("ephemeral");
    expect((await harness.services.faq.suggestions.getSuggestion(id))?.status).toBe("approved");
  });
});
