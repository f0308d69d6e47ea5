import type { CommunitySpreadResult } from "./community-spread.js";
import type { DecisionRateRow } from "./decision-rate.js";
import { type AccuracyRow, type MatchRow, peerNames } from "./match-times.js";
import type { TimingSummary } from "./timing.js";
import type { WebBenchResult } from "./web-pages.js";

interface Target {
  label: string;
  value: string | number | null;
  met: boolean;
}

/** What `npm run bench` writes to bench/results/latest.json and prints as tables. */
export interface BenchResults {
  generatedAt: string;
  command: string;
  machine: { cpus: number; node: string; loadAverageAtEnd: number[] } & Record<string, unknown>;
  match: MatchRow[];
  ratios: { entries: number; peers: { name: string; overGigdesk: number; projected: boolean }[] }[];
  accuracy: AccuracyRow[];
  communitySpread: CommunitySpreadResult & { singleCommunityP99Ms: number | null; p99Ratio: number | null };
  threadReplyDecision: { entries: number; timing: TimingSummary } | undefined;
  commands: Record<string, TimingSummary>;
  /** Absent in results written before PostgreSQL was benchmarked. */
  engines?: { postgres: "measured" | { skipped: string }; decisionRates: DecisionRateRow[] };
  console: {
    firstAnswer: TimingSummary;
    piped: { lines: number; answeredLines: number; messagesPerSecond: number };
  };
  /** Absent in results written before the web pages were benchmarked. */
  web?: WebBenchResult;
  memory: {
    loaded: { entries: number; after: { rssMb: number } };
    messages: {
      messages: number;
      entries: number;
      samples: { rssMb: number }[];
      earlyGrowthMb: number;
      lateGrowthMb: number;
      levelsOff: boolean;
    };
  };
  targets: Record<string, Target>;
  totalSeconds: number;
}

export function renderTable(r: BenchResults): string {
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(" | ")} |`);
  lines.push(
    `gigdesk benchmark (${r.machine.cpus} cores, ${r.machine.node}, load ${r.machine.loadAverageAtEnd.join(" ")}) in ${r.totalSeconds} s`,
    "",
  );
  row("FAQ match", "entries", "median ms", "p99 ms", "queries/s (1 core)", "samples", "index build ms");
  row("---", "---:", "---:", "---:", "---:", "---:", "---:");
  for (const match of r.match) {
    if (match.timing === null) {
      row(match.matcher, match.entries, `~${match.extrapolatedMedianMs} (projected)`, "-", "-", 0, "-");
      continue;
    }
    const t = match.timing;
    row(match.matcher, match.entries, t.medianMs, t.p99Ms, t.perSecond, t.samples, match.buildMs);
  }
  const spread = r.communitySpread;
  row(
    `gigdesk, ${spread.communities} communities`,
    spread.entries,
    spread.timing.medianMs,
    spread.timing.p99Ms,
    spread.timing.perSecond,
    spread.timing.samples,
    "-",
  );
  lines.push("");
  row("peer median / gigdesk median", "entries", ...peerNames);
  row("---", "---:", ...peerNames.map(() => "---:"));
  for (const ratio of r.ratios) {
    const mark = (value: number, projected: boolean) => `${value}x${projected ? " (projected)" : ""}`;
    row("", ratio.entries, ...ratio.peers.map((peer) => mark(peer.overGigdesk, peer.projected)));
  }
  lines.push("");
  row(
    "top-1 accuracy (eval set, answerable)",
    "entries",
    "queries",
    "exact",
    "same topic",
    "exact, common spread",
  );
  row("---", "---:", "---:", "---:", "---:", "---:");
  for (const entry of r.accuracy) {
    const common =
      entry.commonExactTop1 === undefined ? "-" : `${entry.commonExactTop1} (${entry.commonQueries})`;
    row(entry.matcher, entry.entries, entry.queries, entry.exactTop1, entry.topicTop1, common);
  }
  row(`gigdesk, ${spread.communities} communities`, spread.entries, "-", spread.exactTop1, "-", "-");
  lines.push("");
  row("per call", "median ms", "p99 ms", "calls/s", "samples");
  row("---", "---:", "---:", "---:", "---:");
  if (r.threadReplyDecision) {
    const t = r.threadReplyDecision.timing;
    row(
      `thread-reply decision @ ${r.threadReplyDecision.entries} entries`,
      t.medianMs,
      t.p99Ms,
      t.perSecond,
      t.samples,
    );
  }
  for (const [name, t] of Object.entries(r.commands))
    row(`/${name} (runCommand)`, t.medianMs, t.p99Ms, t.perSecond, t.samples);
  if (r.engines) {
    lines.push("");
    row(
      "thread decisions per second (one database)",
      "entries",
      "instances",
      "decisions/s",
      "decisions",
      "failed",
    );
    row("---", "---:", "---:", "---:", "---:", "---:");
    for (const rate of r.engines.decisionRates)
      row(
        rate.engine,
        rate.entries,
        `${rate.instances} process(es)`,
        rate.perSecond,
        rate.decisions,
        rate.failures,
      );
    if (r.engines.postgres !== "measured")
      lines.push("", `PostgreSQL rows skipped: ${r.engines.postgres.skipped}`);
  }
  lines.push("");
  row("console (npm start, piped stdin)", "value");
  row("---", "---:");
  row("process start to first answer, median of 3 (ms)", r.console.firstAnswer.medianMs);
  row("process start to first answer, slowest of 3 (ms)", r.console.firstAnswer.p99Ms);
  row(`messages per second (${r.console.piped.lines} piped questions)`, r.console.piped.messagesPerSecond);
  if (r.web) {
    const web = r.web;
    lines.push("");
    row(`web pages over HTTP (bot process, ${web.entries} entries)`, "median ms", "p99 ms", "samples");
    row("---", "---:", "---:", "---:");
    row("community page", web.communityPage.medianMs, web.communityPage.p99Ms, web.communityPage.samples);
    row("entry page", web.entryPage.medianMs, web.entryPage.p99Ms, web.entryPage.samples);
    row("search page", web.search.medianMs, web.search.p99Ms, web.search.samples);
    const load = `${web.throughput.concurrency} clients, ${web.throughput.seconds} s`;
    row(`community page requests/s (${load})`, web.throughput.communityPagePerSecond, "-", "-");
    row(`search requests/s (${load})`, web.throughput.searchPerSecond, "-", "-");
  }
  lines.push("");
  row("memory", "value");
  row("---", "---:");
  row(
    `RSS with ${r.memory.loaded.entries} entries loaded, after 20 questions (MB)`,
    r.memory.loaded.after.rssMb,
  );
  const messages = r.memory.messages;
  row(
    `RSS before / after ${messages.messages} messages on ${messages.entries} entries (MB)`,
    `${messages.samples[0]?.rssMb} / ${messages.samples.at(-1)?.rssMb}`,
  );
  row(
    "retained heap growth, first half / second half (MB)",
    `${messages.earlyGrowthMb} / ${messages.lateGrowthMb}`,
  );
  row("growth levels off", messages.levelsOff ? "yes" : "NO (leak?)");
  lines.push("");
  row("target", "value", "met");
  row("---", "---:", "---");
  for (const target of Object.values(r.targets))
    row(target.label, target.value ?? "-", target.met ? "yes" : "NO");
  return lines.join("\n");
}
