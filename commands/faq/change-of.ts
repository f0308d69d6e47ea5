import type { FaqStatusChange } from "../../src/ports/faq-entry-store.js";

/** A moderator's `reason` and the `version` they read, as the stores take them (absent stays absent). */
export function changeOf(input: {
  reason?: string | undefined;
  version?: number | undefined;
}): FaqStatusChange {
  return {
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    ...(input.version !== undefined ? { expectedVersion: input.version } : {}),
  };
}
