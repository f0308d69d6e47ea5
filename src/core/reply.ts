/**
 * The platform-neutral answer every command returns. Adapters render it
 * (Discord embeds, Slack Block Kit, console text) but never change its meaning.
 */

/** Stable codes for expected outcomes; the wording is chosen at the edge. */
export type ProblemCode =
  | "invalid-input"
  | "unknown-command"
  | "not-found"
  | "not-allowed"
  | "rate-limited"
  | "conflict"
  /** The database was held by another process for longer than a write waits: try again shortly. */
  | "busy"
  | "internal-error";

export type Visibility = "private" | "public";

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export type ActionStyle = "primary" | "secondary" | "success" | "danger";

/**
 * A button. `id` is stable and parsed back by the adapters, e.g.
 * `faq-feedback:helpful:<replyId>`; keep it under 100 characters (Discord's custom_id limit).
 */
export interface ReplyAction {
  id: string;
  label: string;
  style: ActionStyle;
}

/** A plain link shown with the reply (Discord link button, Slack link, console line): no callback. */
export interface ReplyLink {
  label: string;
  /** Absolute http(s) URL, built by gigdesk (never member text). */
  url: string;
}

export interface Reply<TData = unknown> {
  kind: "message" | "problem";
  /** Present when kind is "problem". */
  code?: ProblemCode;
  title?: string;
  /**
   * Body in a small markup every platform can show: **bold**, `code`, [text](https://link),
   * lines starting with "- " as list items, and ``` fenced blocks for tables.
   */
  body: string;
  fields?: ReplyField[];
  actions?: ReplyAction[];
  /** One short line: ruleset, "as of" date, disclaimer. */
  footer?: string;
  /** Source URLs shown with the reply. */
  sources?: string[];
  /** Links such as "Read on the web" (the entry's public page). */
  links?: ReplyLink[];
  visibility: Visibility;
  /** The structured result the text was rendered from; tests and --json read this. */
  data: TData;
}

export function message<TData>(
  parts: Omit<Reply<TData>, "kind" | "code" | "visibility"> & { visibility?: Visibility },
): Reply<TData> {
  return { kind: "message", visibility: "public", ...parts };
}

export function problem<TData = Record<string, unknown>>(
  code: ProblemCode,
  body: string,
  data: TData = {} as TData,
  title?: string,
): Reply<TData> {
  return { kind: "problem", code, body, data, visibility: "private", ...(title ? { title } : {}) };
}
