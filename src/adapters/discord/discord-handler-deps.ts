import type { Client } from "discord.js";
import type { CommandEntry } from "../../command-kit/command.js";
import type { Logger } from "../../ports/logger.js";
import type { BotServices } from "../../ports/services.js";

/** What every Discord event handler needs; built once by startDiscordAdapter. */
export interface DiscordHandlerDeps {
  client: Client;
  services: BotServices;
  commands: readonly CommandEntry[];
  now: () => Date;
  logger: Logger;
  /** A command still running after this long is deferred (Discord allows 3 s for the first answer). */
  deferAfterMs: number;
  /** Input typed into a slash command before its modal opened, merged back in on submit. */
  pendingModalInputs: PendingModalInputs;
}

/**
 * Options a member gave before a modal opened (e.g. `/faq add slug:top-rated`), keyed by the
 * nonce in the modal's custom id. Discord drops an unsubmitted modal after 15 minutes.
 */
export class PendingModalInputs {
  private readonly entries = new Map<string, { input: Record<string, unknown>; expiresAtMs: number }>();

  constructor(private readonly capacity = 500) {}

  put(nonce: string, input: Record<string, unknown>, nowMs: number): void {
    this.entries.set(nonce, { input, expiresAtMs: nowMs + 15 * 60_000 });
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.capacity && entry.expiresAtMs > nowMs) break;
      this.entries.delete(key);
    }
  }

  take(nonce: string, nowMs: number): Record<string, unknown> {
    const entry = this.entries.get(nonce);
    this.entries.delete(nonce);
    return entry && entry.expiresAtMs > nowMs ? entry.input : {};
  }
}
