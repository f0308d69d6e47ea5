import type { ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { FakeSlackServer } from "../adapters/slack/fake-slack-server.js";
import { signedPost } from "../adapters/slack/signed-slack-request.js";
import { freePort, freshDatabasePath, spawnBot } from "../support/run-bot-process.js";

const botToken = "xoxb-9999999999-8888888888-ReplicaTokenSecret";
const signingSecret = "replica5ecret0f9a8b7c6d5e4f3a2b1";
/** Questions in the burst; every one is sent to every replica, then retried on each. */
const QUESTIONS = Number(process.env.GIGDESK_REPLICA_QUESTIONS ?? 60);

const replicas: { child: ChildProcess; url: string }[] = [];
let fake: FakeSlackServer | undefined;
afterAll(async () => {
  for (const replica of replicas) if (replica.child.exitCode === null) replica.child.kill("SIGKILL");
  await fake?.stop();
});

async function startReplica(databasePath: string, apiUrl: string, name: string) {
  const port = await freePort();
  const child = spawnBot(
    [],
    {
      DATABASE_PATH: databasePath,
      PORT: String(port),
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: apiUrl,
      INSTANCE_ID: name,
    },
    ["ignore", "ignore", "ignore"],
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`${name} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url: `http://127.0.0.1:${port}/slack/events` };
}

describe("three Slack HTTP replicas on one SQLite file", () => {
  it("answers every thread once when each event reaches every replica, with retries", async () => {
    fake = new FakeSlackServer({ teamId: "T0001" });
    await fake.start();
    const databasePath = freshDatabasePath();
    const apiUrl = fake.apiUrl;
    // One replica first creates the workspace's community, then two more join it.
    replicas.push(await startReplica(databasePath, apiUrl, "replica-0"));
    replicas.push(
      ...(await Promise.all([1, 2].map((n) => startReplica(databasePath, apiUrl, `replica-${n}`)))),
    );

    const threads = Array.from(
      { length: QUESTIONS },
      (_, index) => `1700001000.${String(index).padStart(6, "0")}`,
    );
    const envelope = (index: number) =>
      JSON.stringify({
        team_id: "T0001",
        api_app_id: "A0001",
        type: "event_callback",
        event_id: `EvR${index}`,
        event_time: 1,
        event: {
          type: "app_mention",
          channel: "CREPLICA",
          user: "UASKER",
          text: "<@UBOT> How long does it take for the Top Rated badge to appear once I qualify?",
          ts: threads[index],
        },
      });
    const sends: Promise<unknown>[] = [];
    for (let index = 0; index < QUESTIONS; index++) {
      for (const [number, replica] of replicas.entries()) {
        // The first delivery, and a retry of it (X-Slack-Retry-Num) on another replica.
        sends.push(signedPost(replica.url, envelope(index), "application/json", { signingSecret }));
        const other = replicas[(number + 1) % replicas.length] ?? replica;
        sends.push(
          signedPost(other.url, envelope(index), "application/json", { signingSecret, retryNum: 1 + number }),
        );
      }
    }
    const responses = (await Promise.all(sends)) as Response[];
    // A refused delivery (not 200) is one Slack would retry later; counted, and left to the claim.
    const refused = responses
      .filter((response) => response.status !== 200)
      .map((response) => response.status);
    const postsIn = () =>
      fake?.callsTo("chat.postMessage").filter((call) => call.params.channel === "CREPLICA") ?? [];
    await fake.waitFor("an answer to every question", () => (postsIn().length >= QUESTIONS ? true : null));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const perThread = new Map<string, number>();
    for (const call of postsIn()) {
      const thread = String(call.params.thread_ts);
      perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
    }
    const doubles = [...perThread.values()].filter((count) => count > 1).length;
    const lost = threads.filter((thread) => !perThread.has(thread)).length;
    console.log(
      JSON.stringify({
        bench: "slack-replicas-sqlite",
        questions: QUESTIONS,
        deliveries: sends.length,
        refused,
        doubles,
        lost,
      }),
    );
    expect({ doubles, lost }).toEqual({ doubles: 0, lost: 0 });
  }, 120_000);
});
