/**
 * The most specific code a Slack failure carries: the Web API's `error` field (e.g.
 * `channel_not_found`), else the client's code (e.g. `slack_webapi_rate_limited_error`).
 */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const candidate = error as { code?: unknown; data?: { error?: unknown }; original?: unknown };
  if (typeof candidate.data?.error === "string") return candidate.data.error;
  if (candidate.original !== undefined) {
    const inner = slackErrorCode(candidate.original);
    if (inner !== "unknown") return inner;
  }
  return typeof candidate.code === "string" ? candidate.code : "unknown";
}
