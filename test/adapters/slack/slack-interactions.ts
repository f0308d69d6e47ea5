import { expect } from "vitest";
import { postInteraction, postSlashCommand, type SlackHarness, teamId, uniqueId } from "./slack-harness.js";

export type Block = { type: string; block_id?: string; elements?: Array<{ action_id?: string }> };

/** Slash commands, respond() answers, opened modals and modal submissions against a Slack harness. */
export function slackInteractions(harness: () => SlackHarness) {
  async function slash(command: string, text: string, userId: string) {
    const responseId = uniqueId("cur");
    const response = await postSlashCommand(harness(), { command, text, userId, responseId });
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
  ) {
    const state = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, { value: { type: "plain_text_input", value } }]),
    );
    return postInteraction(harness(), {
      type: "view_submission",
      team: { id: teamId, domain: "fake" },
      user: { id: userId, username: userId.toLowerCase(), team_id: teamId },
      api_app_id: "A0001",
      token: "unused",
      trigger_id: uniqueId("trigger-"),
      view: {
        id: "V0001",
        team_id: teamId,
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

  return { slash, responseTo, viewOpenedWith, submitView };
}
