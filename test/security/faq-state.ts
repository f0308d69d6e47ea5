/** An entry the security tests archive first, so that a refused "restore" can be seen to change nothing. */
export const archivedSlug = "service-fee-history";

export const securityModerator = {
  platform: "console" as const,
  spaceId: "security",
  userId: "setup-mod",
};
