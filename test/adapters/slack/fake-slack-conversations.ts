/** A message members wrote, as conversations.history and conversations.replies return it. */
export interface FakeSlackMessage {
  ts: string;
  text: string;
  user: string;
  thread_ts?: string;
}

/** The fake Slack's channels and threads: what members wrote, read back by the Web API calls. */
export class FakeConversations {
  /** Messages per `channel/thread_ts`, parent first, for conversations.replies. */
  readonly threads = new Map<string, Array<{ ts: string; text: string; user: string }>>();
  /** Top-level messages per channel, oldest first, for conversations.history. */
  readonly history = new Map<string, FakeSlackMessage[]>();

  /**
   * A message a member wrote, so that reading it back works: a top-level one goes into its
   * channel's history (and starts its thread), a reply (thread_ts) into its thread after the parent.
   */
  addMessage(channel: string, message: FakeSlackMessage): void {
    const threadTs = message.thread_ts ?? message.ts;
    if (threadTs === message.ts) {
      const channelHistory = this.history.get(channel) ?? [];
      channelHistory.push(message);
      this.history.set(channel, channelHistory);
    }
    const thread = this.threads.get(`${channel}/${threadTs}`) ?? [];
    thread.push(message);
    this.threads.set(`${channel}/${threadTs}`, thread);
  }

  /** The answer to conversations.replies or conversations.history. */
  answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "conversations.replies": {
        const messages = this.threads.get(`${String(params.channel)}/${String(params.ts)}`);
        return messages ? { ok: true, messages } : { ok: false, error: "thread_not_found" };
      }
      case "conversations.history": {
        // Newest first, within [oldest, latest] (ends included only with inclusive), as Slack pages.
        const inclusive = params.inclusive === true || params.inclusive === "true";
        const latest = params.latest === undefined ? Number.POSITIVE_INFINITY : Number(params.latest);
        const oldest = params.oldest === undefined ? 0 : Number(params.oldest);
        const within = (ts: string) =>
          inclusive
            ? Number(ts) <= latest && Number(ts) >= oldest
            : Number(ts) < latest && Number(ts) > oldest;
        const messages = (this.history.get(String(params.channel)) ?? [])
          .filter((message) => within(message.ts))
          .reverse()
          .slice(0, params.limit === undefined ? 100 : Number(params.limit));
        return { ok: true, messages, has_more: false };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}
