import { expect } from "vitest";
import {
  postEvent,
  postInteraction,
  postSlashCommand,
  type SlackHarness,
  teamId,
  uniqueId,
} from "./slack-harness.js";

export type Block = { type: string; block_id?: string; elements?: Array<{ action_id?: string }> };

/** Slash commands, respond() answers, opened modals and modal submissions against a Slack harness. */
export function slackInteractions(harness: () => SlackHarness) {
  async function slash(command: string, text: string, userId: string, inTeam = teamId) {
    const responseId = uniqueId("cur");
    const response = await postSlashCommand(harness(), { command, text, userId, responseId, teamId: inTeam });
    expect(response.status).toBe(200);
    return responseId;
  }

  async function responseTo(responseId: string) {
    const [answer] = await harness().fake.waitFor(`respond() ${responseId}`, () => {
      const posted = harness().fake.responsesTo(responseId);
      return posted.length > 0 ? posted : null;
    });
    return answer?.body ?? {};
  }

  async function viewOpenedWith(triggerId: string) {
    const [opened] = await harness().fake.waitFor(`views.open ${triggerId}`, () => {
      const calls = harness()
        .fake.callsTo("views.open")
        .filter((call) => call.params.trigger_id === triggerId);
      return calls.length > 0 ? calls : null;
    });
    return opened?.params.view as { callback_id: string; private_metadata: string; blocks: Block[] };
  }

  function submitView(
    view: { callback_id: string; private_metadata: string },
    userId: string,
    values: Record<string, string>,
    inTeam = teamId,
  ) {
    const state = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, { value: { type: "plain_text_input", value } }]),
    );
    return postInteraction(harness(), {
      type: "view_submission",
      team: { id: inTeam, domain: "fake" },
      user: { id: userId, username: userId.toLowerCase(), team_id: inTeam },
      api_app_id: "A0001",
      token: "unused",
      trigger_id: uniqueId("trigger-"),
      view: {
        id: "V0001",
        team_id: inTeam,
        type: "modal",
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values: state },
        hash: "h",
        app_id: "A0001",
        bot_id: "BBOT",
      },
    });
  }

  /** "Save as FAQ" on `answer`, a reply in the thread under `parentTs`; resolves with the respond() id. */
  async function saveAsFaq(fields: {
    userId: string;
    channelId: string;
    parentTs: string;
    answer: { ts: string; text: string; user: string };
    inTeam?: string;
  }) {
    const responseId = uniqueId("short");
    const team = fields.inTeam ?? teamId;
    const response = await postInteraction(harness(), {
      type: "message_action",
      callback_id: "save_as_faq",
      trigger_id: `trigger-${responseId}`,
      team: { id: team, domain: "fake" },
      user: { id: fields.userId, name: fields.userId.toLowerCase(), team_id: team },
      channel: { id: fields.channelId, name: "help" },
      message: { type: "message", thread_ts: fields.parentTs, ...fields.answer },
      message_ts: fields.answer.ts,
      response_url: harness().fake.responseUrl(responseId),
      token: "unused",
      action_ts: `${fields.answer.ts}5`,
    });
    expect(response.status).toBe(200);
    return responseId;
  }

  /** Opens the member's Home tab and resolves with the view gigdesk publishes for it. */
  async function openHome(userId: string, inTeam = teamId) {
    const before = harness().fake.callsTo("views.publish").length;
    await postEvent(
      harness(),
      { type: "app_home_opened", user: userId, channel: uniqueId("DHOME"), tab: "home" },
      uniqueId("Ev"),
      undefined,
      inTeam,
    );
    const [published] = await harness().fake.waitFor(`the home of ${userId}`, () => {
      const calls = harness()
        .fake.callsTo("views.publish")
        .slice(before)
        .filter((call) => call.params.user_id === userId);
      return calls.length > 0 ? calls : null;
    });
    return published?.params.view as { blocks: Block[] };
  }

  return { slash, responseTo, viewOpenedWith, submitView, saveAsFaq, openHome };
}
