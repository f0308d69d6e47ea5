import { createHmac } from "node:crypto";

export interface SignedPostOptions {
  signingSecret: string;
  /** Seconds since the epoch; defaults to now. */
  timestampSec?: number;
  /** Sends x-slack-retry-num, as Slack does when it re-sends an event. */
  retryNum?: number;
  /** Replace the computed signature (to prove bad ones are refused). */
  signature?: string;
}

/** Slack's v0 signature: HMAC-SHA256 over `v0:<timestamp>:<raw body>` with the signing secret. */
export function slackSignature(signingSecret: string, timestampSec: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestampSec}:${body}`).digest("hex")}`;
}

export async function signedPost(
  url: string,
  body: string,
  contentType: string,
  options: SignedPostOptions,
): Promise<Response> {
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestampSec),
    "x-slack-signature": options.signature ?? slackSignature(options.signingSecret, timestampSec, body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
