import { z } from "zod";

/**
 * The marketplaces gigdesk has rulesets for. A ruleset names its marketplace, so the commands can
 * offer each marketplace's statuses and the options its measures need.
 */
export const marketplaceIds = [
  "upwork",
  "fiverr",
  "malt",
  "freelancer",
  "peopleperhour",
  "toptal",
  "guru",
  "contra",
] as const;
export const marketplaceIdSchema = z.enum(marketplaceIds);
export type MarketplaceId = z.infer<typeof marketplaceIdSchema>;

/** How each marketplace writes its own name, for replies and footers. */
export const marketplaceNames: Record<MarketplaceId, string> = {
  upwork: "Upwork",
  fiverr: "Fiverr",
  malt: "Malt",
  freelancer: "Freelancer.com",
  peopleperhour: "PeoplePerHour",
  toptal: "Toptal",
  guru: "Guru",
  contra: "Contra",
};
