/**
 * ALLOWED_COMMUNITIES: the servers and workspaces a self-hosted bot serves. Discord's "Public
 * Bot" switch is on by default, so anyone can invite a bot they found; this keeps it at home.
 */
export function isAllowedSpace(allowed: readonly string[] | undefined, spaceId: string): boolean {
  return allowed === undefined || allowed.includes(spaceId);
}

export const NOT_ALLOWED_HERE =
  "gigdesk is not available here: this copy serves only the communities its host chose. Nothing was done.";
