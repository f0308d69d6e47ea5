import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, inject, it } from "vitest";
import { FakeSlackServer } from "../adapters/slack/fake-slack-server.js";
import { signedPost } from "../adapters/slack/signed-slack-request.js";
import { createTestDatabase } from "../support/postgres-server.js";
import { freePort, freshDatabasePath, spawnBot } from "../support/run-bot-process.js";

const botToken = "xoxb-9999999999-8888888888-ReplicaTokenSecret";
const signingSecret = "replica5ecret0f9a8b7c6d5e4f3a2b1";
/** Questions in the burst; every one is sent to every replica, then retried on each. */
const QUESTIONS = Number(process.env.GIGDESK_REPLICA_QUESTIONS ?? 60);

const warmUpEnvelope = JSON.stringify({
  team_id: "T0001",
  api_app_id: "A0001",
  type: "event_callback",
  event_id: "EvWarmUp",
  event_time: 1,
  event: {
    type: "app_mention",
    channel: "CWARMUP",
    user: "UASKER",
    text: "<@UBOT> What are the requirements for Top Rated?",
    ts: "1700000999.000001",
  },
});

const replicas: { child: ChildProcess; url: string }[] = [];
let fake: FakeSlackServer | undefined;
afterEach(async () => {
  for (const replica of replicas.splice(0))
    if (replica.child.exitCode === null) replica.child.kill("SIGKILL");
  await fake?.stop();
  fake = undefined;
});

async function startReplica(
  database: Record<string, string>,
  apiUrl: string,
  name: string,
  extraEnv: Record<string, string> = {},
) {
  const port = await freePort();
  const child = spawnBot(
    [],
    {
      ...database,
      PORT: String(port),
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: apiUrl,
      INSTANCE_ID: name,
      ...extraEnv,
    },
    ["ignore", "ignore", "ignore"],
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    // /healthz says 200 only once every adapter is up, so /slack/events is mounted by then.
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

/** The replicas' shared database: one SQLite file, or one fresh PostgreSQL database. */
const engines = [
  { name: "sqlite", database: async () => ({ DATABASE_PATH: freshDatabasePath() }) },
  {
    name: "postgres",
    database: async () => {
      const server = inject("postgres");
      if ("problem" in server) throw new Error(`no PostgreSQL server: ${server.problem}`);
      return { DATABASE_URL: await createTestDatabase(server.url, "replicas") };
    },
  },
];

/** An app_mention event for one question, as Slack would send it to the events URL. */
function mentionEnvelope(eventId: string, channel: string, user: string, ts: string): string {
  return JSON.stringify({
    team_id: "T0001",
    api_app_id: "A0001",
    type: "event_callback",
    event_id: eventId,
    event_time: 1,
    event: { type: "app_mention", channel, user, text: `<@UBOT> ${QUESTION_TEXT}`, ts },
  });
}

const QUESTION_TEXT = "How long does it take for the Top Rated badge to appear once I qualify?";

/** Answers per thread among the posts that took effect, and the threads with none. */
function tally(posts: { params: Record<string, unknown> }[], threads: string[]) {
  const perThread = new Map<string, number>();
  for (const call of posts) {
    const thread = String(call.params.thread_ts);
    perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
  }
  return {
    doubles: [...perThread.values()].filter((count) => count > 1).length,
    lost: threads.filter((thread) => !perThread.has(thread)).length,
  };
}

/** Starts replica-0, lets it create the workspace's community with the warm-up, then the rest. */
async function startFleet(
  database: Record<string, string>,
  apiUrl: string,
  extraEnv: Record<string, string>,
) {
  const first = await startReplica(database, apiUrl, "replica-0", extraEnv);
  replicas.push(first);
  await signedPost(first.url, warmUpEnvelope, "application/json", { signingSecret });
  await fake?.waitFor("the warm-up answer", () =>
    fake?.callsTo("chat.postMessage").some((call) => call.params.channel === "CWARMUP") ? true : null,
  );
  replicas.push(
    ...(await Promise.all([1, 2].map((n) => startReplica(database, apiUrl, `replica-${n}`, extraEnv)))),
  );
}

describe.each(engines)("three Slack HTTP replicas on one $name database", (engine) => {
  it("answers every thread once when each event reaches every replica, with retries", async () => {
    fake = new FakeSlackServer({ teamId: "T0001" });
    await fake.start();
    const databasePath = await engine.database();
    const apiUrl = fake.apiUrl;
    // One replica first creates the workspace's community, then two more join it.
    const first = await startReplica(databasePath, apiUrl, "replica-0");
    replicas.push(first);
    // The workspace's community (and its starter pack) is made by one replica before the others
    // start: first events racing the creation of their community are a separate matter.
    await signedPost(first.url, warmUpEnvelope, "application/json", { signingSecret });
    await fake.waitFor("the warm-up answer", () =>
      fake?.callsTo("chat.postMessage").some((call) => call.params.channel === "CWARMUP") ? true : null,
    );
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
          // A different member per question: one member asking sixty would meet the flood limit.
          user: `UASKER${index}`,
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
        bench: `slack-replicas-${engine.name}`,
        questions: QUESTIONS,
        deliveries: sends.length,
        refused,
        doubles,
        lost,
      }),
    );
    expect({ doubles, lost }).toEqual({ doubles: 0, lost: 0 });
  }, 120_000);

  it("answers a thread whose replica was SIGKILLed after taking the event but before claiming it", async () => {
    fake = new FakeSlackServer({ teamId: "T0001" });
    await fake.start();
    await startFleet(await engine.database(), fake.apiUrl, {});
    const [first, second, victim] = replicas;
    if (!first || !second || !victim) throw new Error("the fleet did not start");
    const channel = "CUNCLAIMED";
    const ts = "1700003000.000100";
    const user = "UUNCLAIMED";
    const envelope = mentionEnvelope("EvUnclaimed", channel, user, ts);
    // The asker's name is looked up after the delivery ledger took the event and before the claim:
    // the victim hangs there until it is killed.
    fake.queueAnswer("users.info", { body: {}, delayMs: 10_000 });
    const sentAtMs = Date.now();
    const delivery = signedPost(victim.url, envelope, "application/json", { signingSecret }).then(
      (response) => response.status,
      () => "no answer",
    );
    await fake.waitFor("the victim's look-up before its claim", () =>
      fake?.callsTo("users.info").some((call) => call.params.user === user) ? true : null,
    );
    victim.child.kill("SIGKILL");
    // Slack never got its 200, so it retries: that is what brings the event back.
    expect(await delivery).toBe("no answer");

    // Slack's first retry comes once its 3 s ack window is over, to any replica.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, sentAtMs + 3_000 - Date.now())));
    const retry = await signedPost(first.url, envelope, "application/json", { signingSecret, retryNum: 1 });
    expect(retry.status).toBe(200);
    const postsIn = () =>
      fake?.callsTo("chat.postMessage").filter((call) => call.params.channel === channel) ?? [];
    await fake.waitFor("the retry's answer", () => (postsIn().length > 0 ? true : null));
    // Later retries (Slack sends up to three) reach the other replicas and are duplicates now.
    for (const [number, replica] of [second, first].entries())
      await signedPost(replica.url, envelope, "application/json", { signingSecret, retryNum: 2 + number });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(tally(postsIn(), [ts])).toEqual({ doubles: 0, lost: 0 });
  }, 120_000);

  it("finishes a SIGKILLed replica's claimed threads after the lease, once each", async () => {
    fake = new FakeSlackServer({ teamId: "T0001" });
    await fake.start();
    // A short lease, so that the survivors' sweep (every half lease) takes over within seconds.
    await startFleet(await engine.database(), fake.apiUrl, { THREAD_CLAIM_LEASE_SECONDS: "3" });
    const [, , victim] = replicas;
    if (!victim) throw new Error("the fleet did not start");
    const survivors = replicas.slice(0, 2);
    const channel = "CKILL";
    const threads = Array.from({ length: 30 }, (_, index) => `1700002000.${String(index).padStart(6, "0")}`);
    const user = (index: number) => `UKILL${index}`;
    // The members' messages as Slack holds them, for the sweep to read back.
    for (const [index, ts] of threads.entries())
      fake.addMessage(channel, { ts, user: user(index), text: `<@UBOT> ${QUESTION_TEXT}` });
    const doomed = threads.slice(0, 8);
    // The victim claims its threads, then hangs in chat.postMessage until it is killed: the post
    // never lands, and the claim is left without an answer.
    for (const _ of doomed) fake.queueAnswer("chat.postMessage", { body: {}, delayMs: 2_000 });
    for (const [index, ts] of doomed.entries())
      await signedPost(
        victim.url,
        mentionEnvelope(`EvK${index}`, channel, user(index), ts),
        "application/json",
        {
          signingSecret,
        },
      );
    const postsIn = () =>
      fake?.callsTo("chat.postMessage").filter((call) => call.params.channel === channel) ?? [];
    await fake.waitFor("the victim's posts in flight", () =>
      postsIn().length >= doomed.length ? true : null,
    );
    victim.child.kill("SIGKILL");

    // The rest of the burst reaches the survivors, with retries; Slack's retries of the doomed
    // events too, which the delivery ledger drops (the victim took them first).
    const sends: Promise<unknown>[] = [];
    for (const [index, ts] of threads.entries()) {
      for (const [number, replica] of survivors.entries()) {
        const envelope = mentionEnvelope(`EvK${index}`, channel, user(index), ts);
        if (index >= doomed.length)
          sends.push(signedPost(replica.url, envelope, "application/json", { signingSecret }));
        sends.push(
          signedPost(replica.url, envelope, "application/json", { signingSecret, retryNum: 1 + number }),
        );
      }
    }
    await Promise.all(sends);
    // The victim's hung posts are seen as never delivered (its connections died with it).
    await fake.waitFor("the victim's posts abandoned", () =>
      postsIn().filter((call) => call.abandoned).length === doomed.length ? true : null,
    );
    const landed = () => postsIn().filter((call) => !call.abandoned);
    await fake.waitFor(
      "every thread answered, the victim's after the lease",
      () => (tally(landed(), threads).lost === 0 ? true : null),
      30_000,
    );
    // Room for a late double, had two survivors both taken a claim over.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(tally(landed(), threads)).toEqual({ doubles: 0, lost: 0 });
  }, 120_000);
});
