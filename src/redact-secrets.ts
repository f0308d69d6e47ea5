import { EventEmitter } from "node:events";
import { stdSerializers } from "pino";

/**
 * What a log line must never carry: credentials, under any key at any depth. A client library's
 * error wraps the request that failed (Slack: `err.original.config.headers.Authorization`), and a
 * client's options hold its token (`client.options.token`), so naming a few paths is not enough:
 * every logged object is copied with each value under a secret-looking key replaced, and with the
 * token shapes of Slack and Discord blanked inside any string (a raw HTTP header block, a URL).
 */
export const redactedText = "[redacted]";

/** Key names (compared without case, "-" and "_") whose values are secrets. */
const secretKeySuffixes = ["token", "secret", "password", "passphrase", "apikey", "privatekey"];
const secretKeys = new Set(["authorization", "proxyauthorization", "cookie", "setcookie", "xslacksignature"]);

export function isSecretKey(key: string): boolean {
  const plain = key.toLowerCase().replace(/[-_\s]/g, "");
  return secretKeys.has(plain) || secretKeySuffixes.some((suffix) => plain.endsWith(suffix));
}

/**
 * Secrets recognisable by their shape: Slack tokens start xoxb-, xoxp-, xapp-…; Discord bot tokens
 * are three base64url parts joined by dots (the middle one 6 characters). Both are read as whole
 * runs of token characters, so that a long run is scanned once (a pattern that could start inside
 * the run would rescan it from every "-"). Interaction and webhook URLs carry a token after the
 * id, and an Authorization header's value follows "Bearer" or "Bot".
 */
const tokenRun = /[A-Za-z0-9_.-]+/g;
const slackTokenStart = /^x(?:ox[abeoprs]|app)-[A-Za-z0-9-]{6}/;
const urlToken = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s?"']+/g;
const authorizationValue = /\b(Bearer|Bot) [A-Za-z0-9._~+/=-]{8,}/g;

function looksLikeToken(run: string): boolean {
  if (slackTokenStart.test(run)) return true;
  const parts = run.split(".");
  return (
    parts.length === 3 &&
    (parts[0]?.length ?? 0) >= 20 &&
    parts[1]?.length === 6 &&
    (parts[2]?.length ?? 0) >= 20
  );
}

export function redactSecretShapes(text: string): string {
  return text
    .replace(tokenRun, (run) => (run.length >= 10 && looksLikeToken(run) ? redactedText : run))
    .replace(urlToken, `$1${redactedText}`)
    .replace(authorizationValue, `$1 ${redactedText}`);
}

// A logged object may reach a whole client (a socket, an agent): live resources are named, not
// copied, and the copy stops at a bounded size.
const maxDepth = 10;
const maxNodes = 5_000;

/** A JSON-ready copy of `value` with every secret replaced by "[redacted]". */
export function redactSecrets(value: unknown): unknown {
  const seen = new WeakSet<object>();
  let nodes = 0;

  const copy = (current: unknown, depth: number): unknown => {
    if (typeof current === "string") return redactSecretShapes(current);
    if (typeof current === "bigint") return current.toString();
    if (current === null || typeof current !== "object") return current;
    if (seen.has(current)) return "[circular]";
    if (depth >= maxDepth || nodes >= maxNodes) return "[not logged: too deep]";
    nodes += 1;
    seen.add(current);
    if (current instanceof Error) return copy(stdSerializers.err(current), depth);
    if (current instanceof EventEmitter) return `[${current.constructor.name}]`;
    if (ArrayBuffer.isView(current)) return `[${current.byteLength} bytes]`;
    if (Array.isArray(current)) return current.map((item) => copy(item, depth + 1));
    if (current instanceof Map) return copyEntries(current.entries(), depth);
    if (current instanceof Set) return [...current].map((item) => copy(item, depth + 1));
    const json = (current as { toJSON?: unknown }).toJSON;
    if (typeof json === "function") {
      try {
        return copy(json.call(current), depth + 1);
      } catch {
        return "[not logged: unreadable]";
      }
    }
    return copyEntries(Object.entries(current), depth);
  };

  const copyEntries = (entries: Iterable<[unknown, unknown]>, depth: number) => {
    const result: Record<string, unknown> = {};
    for (const [rawKey, item] of entries) {
      const key = String(rawKey);
      result[key] =
        isSecretKey(key) && item !== undefined && item !== null ? redactedText : copy(item, depth + 1);
    }
    return result;
  };

  return copy(value, 0);
}
