import type { CommunityId } from "../../core/community.js";
import type { AuditOps } from "./audit-row.js";

/*
 * Store logic both engines share, written once. It cannot simply be an async function:
 * better-sqlite3 is synchronous and a SQLite transaction must not span an await, while
 * node-postgres answers every query with a promise. So the shared logic is a generator that
 * yields each engine call it needs (`yield* ask((ops) => ops.findEntry(slug))`), and each engine
 * answers: SQLite at once, inside its transaction; PostgreSQL by awaiting the query.
 */

/** When an engine answers a call: SQLite "now", PostgreSQL "later" (with a promise). */
export type Timing = "now" | "later";

/**
 * What an engine call returns: a value on SQLite, a promise of it on PostgreSQL. Shared steps see
 * both (the default); an engine's own implementation names its timing and keeps its exact type.
 */
export type Answer<T, When extends Timing = Timing> = When extends "now" ? T : Promise<T>;

/** One call a shared step asks the engine to make on its operations `Ops`. */
export type EngineCall<Ops> = (ops: Ops) => unknown;

/** Shared store logic: the engine calls it makes, in order, and what it comes to. */
export type Steps<Ops, T> = Generator<EngineCall<Ops>, T, unknown>;

/** A store's own engine calls, and the audit call every engine offers its steps besides. */
export type StoreOps<Ops> = Ops & AuditOps;

/**
 * The `ask` of one store's engine calls: `yield* ask((ops) => ops.x())` makes the call and gives
 * its answer, typed, once the engine has it.
 */
export function askerOf<Ops>() {
  return function* ask<R>(
    call: (ops: StoreOps<Ops>) => R,
  ): Generator<EngineCall<StoreOps<Ops>>, Awaited<R>, unknown> {
    return (yield call) as Awaited<R>;
  };
}

/** An engine call's outcome, handed back into the steps (a failure is thrown where it was asked). */
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function resume<Ops, T>(steps: Steps<Ops, T>, outcome: Outcome) {
  return outcome.ok ? steps.next(outcome.value) : steps.throw(outcome.error);
}

/** Runs `steps` synchronously (SQLite): every call must answer at once, never with a promise. */
export function runStepsNow<Ops, T>(steps: Steps<Ops, T>, ops: Ops): T {
  let step = steps.next();
  while (!step.done) {
    const call = step.value;
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: call(ops) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (outcome.ok && outcome.value instanceof Promise) {
      throw new Error("a synchronous engine call returned a promise; it would outlive its transaction");
    }
    step = resume(steps, outcome);
  }
  return step.value;
}

/** Runs `steps` awaiting each call's answer (PostgreSQL). */
export async function runStepsAwaiting<Ops, T>(steps: Steps<Ops, T>, ops: Ops): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    const call = step.value;
    step = resume(
      steps,
      await Promise.resolve()
        .then(() => call(ops))
        .then(
          (value): Outcome => ({ ok: true, value }),
          (error): Outcome => ({ ok: false, error }),
        ),
    );
  }
  return step.value;
}

/**
 * How a shared store runs its steps on one engine. Steps are passed as a function that starts
 * them, so an engine that retries a transaction refused for a lock can start them afresh.
 */
export interface StepEngine<Ops> {
  /** On the connection, outside any write transaction. */
  read<T>(start: () => Steps<StoreOps<Ops>, T>): Promise<T>;
  /** In one write transaction that holds `community`'s write lock. */
  write<T>(community: CommunityId, start: () => Steps<StoreOps<Ops>, T>): Promise<T>;
  /** In one write transaction that holds these named locks (SQLite's one write lock stands for all). */
  writeUnder<T>(lockNames: readonly string[], start: () => Steps<StoreOps<Ops>, T>): Promise<T>;
  /**
   * A write of one statement, atomic by itself: SQLite still takes its write lock for it, PostgreSQL
   * runs it on the pool without a transaction around it.
   */
  writeAlone<T>(start: () => Steps<StoreOps<Ops>, T>): Promise<T>;
}
