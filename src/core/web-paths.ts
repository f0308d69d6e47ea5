/**
 * The public web pages' paths, written once: the web server routes them and the bot's replies
 * link to them ("Read on the web"), so the two can never disagree. Every part is URI-encoded.
 */
export function communityPath(communityId: string): string {
  return `/c/${encodeURIComponent(communityId)}`;
}

export function entryPath(communityId: string, slug: string): string {
  return `${communityPath(communityId)}/faq/${encodeURIComponent(slug)}`;
}

export function searchPath(communityId: string): string {
  return `${communityPath(communityId)}/search`;
}

export function tagPath(communityId: string, tag: string): string {
  return `${communityPath(communityId)}/tag/${encodeURIComponent(tag)}`;
}

export function rulesetPath(rulesetId: string, statusId?: string): string {
  const base = `/status/${encodeURIComponent(rulesetId)}`;
  return statusId === undefined ? base : `${base}/${encodeURIComponent(statusId)}`;
}

/** PUBLIC_URL without its trailing slash, joined to a path that starts with "/". */
export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${path}`;
}
