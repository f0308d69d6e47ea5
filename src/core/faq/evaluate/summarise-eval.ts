import { answerCurve, type CurvePoint } from "./answer-curve.js";
import { type Confusion, confusions } from "./confusions.js";
import { type Reliability, reliability } from "./reliability.js";

/** One labelled message after the thread-reply path, scored by a model that never saw it. */
export interface EvaluatedMessage {
  text: string;
  expected: string | null;
  note: string | null;
  fold: number;
  /** A readable question: the thread replies weigh its probability against the threshold. */
  decided: boolean;
  /** The entry the thread reply answered with, or null when it stayed silent. */
  answeredWith: string | null;
  silence: string | null;
  /** The top three candidates with their calibrated probabilities. */
  top: { slug: string; confidence: number }[];
  middleBandThreshold: number;
}

/** What issue 17 asks of the untuned folds. */
export const EVAL_TARGETS = {
  precision: 0.95,
  answerRate: 0.85,
  falseAnswers: 0,
  middleBandTop3: 0.9,
} as const;

export interface EvalMiss {
  kind: "wrong-answer" | "not-answered" | "false-answer";
  text: string;
  expected: string | null;
  /** What the path did: the slug answered with, or the silence reason. */
  got: string;
  top: { slug: string; confidence: number }[];
}

export interface MiddleBandFigures {
  /** Answerable messages the thread replies left unanswered. */
  remainingAnswerable: number;
  /** Of those, how many have the right entry among the top three. */
  remainingWithRightInTop3: number;
  /** Unanswered readable questions whose top three reach the middle-band threshold. */
  offered: number;
  /** Of the offered, answerable ones whose top three hold the right entry. */
  offeredHit: number;
  /** Of the offered, messages no entry answers. */
  offeredUnanswerable: number;
}

export interface EvalSummary {
  messages: number;
  answerable: number;
  mustNotAnswer: number;
  answered: number;
  correct: number;
  falselyAnswered: number;
  precision: number;
  answerRate: number;
  curve: CurvePoint[];
  calibration: Reliability;
  confusions: Confusion[];
  middleBand: MiddleBandFigures;
  byNote: { note: string; messages: number; answered: number; correct: number; falselyAnswered: number }[];
  silences: Record<string, number>;
  misses: EvalMiss[];
  targets: { name: string; value: number; goal: string; met: boolean }[];
  meetsTargets: boolean;
}

const CURVE_THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

export function summariseEval(messages: readonly EvaluatedMessage[]): EvalSummary {
  const answerable = messages.filter((m) => m.expected !== null);
  const answeredAnswerable = answerable.filter((m) => m.answeredWith !== null);
  const correct = answeredAnswerable.filter((m) => m.answeredWith === m.expected).length;
  const falselyAnswered = messages.filter((m) => m.expected === null && m.answeredWith !== null).length;
  const answered = answeredAnswerable.length + falselyAnswered;
  const precision = answered === 0 ? 1 : correct / answered;
  const answerRate = answerable.length === 0 ? 0 : answeredAnswerable.length / answerable.length;
  const middleBand = middleBandFigures(messages);
  const top3Share =
    middleBand.remainingAnswerable === 0
      ? 1
      : middleBand.remainingWithRightInTop3 / middleBand.remainingAnswerable;
  const targets = [
    {
      name: "precision when answering",
      value: precision,
      goal: ">= 95%",
      met: precision >= EVAL_TARGETS.precision,
    },
    {
      name: "answer rate (answerable)",
      value: answerRate,
      goal: ">= 85%",
      met: answerRate >= EVAL_TARGETS.answerRate,
    },
    { name: "must-not-answer answered", value: falselyAnswered, goal: "0", met: falselyAnswered === 0 },
    {
      name: "middle band: right entry in top 3 (remaining answerable)",
      value: top3Share,
      goal: ">= 90%",
      met: top3Share >= EVAL_TARGETS.middleBandTop3,
    },
  ];
  return {
    messages: messages.length,
    answerable: answerable.length,
    mustNotAnswer: messages.length - answerable.length,
    answered,
    correct,
    falselyAnswered,
    precision,
    answerRate,
    curve: answerCurve(
      messages
        .filter((m) => m.decided)
        .map((m) => ({
          p1: m.top[0]?.confidence ?? 0,
          right1: m.expected !== null && m.top[0]?.slug === m.expected,
          answerable: m.expected !== null,
        })),
      CURVE_THRESHOLDS,
    ),
    calibration: reliability(
      messages
        .filter((m) => m.top.length > 0)
        .map((m) => ({ probability: m.top[0]?.confidence ?? 0, right: m.top[0]?.slug === m.expected })),
    ),
    confusions: confusions(
      answerable.flatMap((m) => (m.top[0] ? [{ expected: m.expected ?? "", got: m.top[0].slug }] : [])),
    ),
    middleBand,
    byNote: byNote(messages),
    silences: countBy(messages.flatMap((m) => (m.silence === null ? [] : [m.silence]))),
    misses: missesOf(messages),
    targets,
    meetsTargets: targets.every((target) => target.met),
  };
}

function topThreeHolds(message: EvaluatedMessage): boolean {
  return message.expected !== null && message.top.slice(0, 3).some((c) => c.slug === message.expected);
}

function middleBandFigures(messages: readonly EvaluatedMessage[]): MiddleBandFigures {
  const remaining = messages.filter((m) => m.expected !== null && m.answeredWith === null);
  const offered = messages.filter((m) => {
    const chance = m.top.slice(0, 3).reduce((sum, c) => sum + c.confidence, 0);
    return m.decided && m.answeredWith === null && m.top.length > 0 && chance >= m.middleBandThreshold;
  });
  return {
    remainingAnswerable: remaining.length,
    remainingWithRightInTop3: remaining.filter(topThreeHolds).length,
    offered: offered.length,
    offeredHit: offered.filter(topThreeHolds).length,
    offeredUnanswerable: offered.filter((m) => m.expected === null).length,
  };
}

/** "off-topic: taxes" and "off-topic-shared-words" both count under "off-topic". */
function noteClass(note: string | null): string {
  if (note === null) return "(no note)";
  return note.split(/[:(, ]/)[0]?.replace(/-shared-words$/, "") ?? note;
}

function byNote(messages: readonly EvaluatedMessage[]): EvalSummary["byNote"] {
  const groups = new Map<string, EvaluatedMessage[]>();
  for (const message of messages) {
    const key = noteClass(message.note);
    groups.set(key, [...(groups.get(key) ?? []), message]);
  }
  return [...groups.entries()]
    .map(([note, group]) => ({
      note,
      messages: group.length,
      answered: group.filter((m) => m.expected !== null && m.answeredWith !== null).length,
      correct: group.filter((m) => m.expected !== null && m.answeredWith === m.expected).length,
      falselyAnswered: group.filter((m) => m.expected === null && m.answeredWith !== null).length,
    }))
    .sort((a, b) => a.note.localeCompare(b.note));
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function missesOf(messages: readonly EvaluatedMessage[]): EvalMiss[] {
  return messages.flatMap((m): EvalMiss[] => {
    const got = m.answeredWith ?? m.silence ?? "silent";
    const miss = { text: m.text, expected: m.expected, got, top: m.top };
    if (m.expected === null) return m.answeredWith === null ? [] : [{ kind: "false-answer", ...miss }];
    if (m.answeredWith === null) return [{ kind: "not-answered", ...miss }];
    return m.answeredWith === m.expected ? [] : [{ kind: "wrong-answer", ...miss }];
  });
}
