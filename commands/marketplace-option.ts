import { z } from "zod";
import type { CommandContext } from "../src/command-kit/command.js";
import { problem, type Reply } from "../src/core/reply.js";
import { type MarketplaceId, marketplaceNames } from "../src/core/rules/marketplace-id.js";
import { currentRuleset, findRuleset, rulesetsOf } from "../src/core/rules/ruleset-catalog.js";
import { marketplaceChoices } from "../src/core/rules/ruleset-choices.js";
import type { Ruleset } from "../src/core/rules/ruleset-schema.js";

/** The `marketplace:` option /status and /eligibility share; its choices come from the rulesets. */
export const marketplaceOption = z
  .enum(marketplaceChoices)
  .optional()
  .describe(
    "Marketplace whose rules to use; default: this community's (/settings marketplace:), else Upwork",
  );

export type ChosenRuleset =
  | { ok: true; ruleset: Ruleset; marketplace: MarketplaceId; sameMarketplace: Ruleset[] }
  | { ok: false; reply: Reply };

/**
 * The ruleset a rules command answers from: the one named, else the current one of the
 * marketplace named, else of the community's marketplace (read only when neither is given).
 */
export async function chooseRuleset(
  input: { marketplace?: MarketplaceId | undefined; ruleset?: string | undefined },
  ctx: CommandContext,
): Promise<ChosenRuleset> {
  if (input.ruleset !== undefined) {
    const named = findRuleset(input.ruleset);
    if (!named) {
      return {
        ok: false,
        reply: problem("not-found", `There is no ruleset \`${input.ruleset}\`.`, { ruleset: input.ruleset }),
      };
    }
    if (input.marketplace !== undefined && input.marketplace !== named.marketplaceId) {
      const own = rulesetsOf(input.marketplace).map((ruleset) => `\`${ruleset.id}\``);
      return {
        ok: false,
        reply: problem(
          "invalid-input",
          `Ruleset \`${named.id}\` is ${marketplaceNames[named.marketplaceId]}'s, not ${marketplaceNames[input.marketplace]}'s. ${marketplaceNames[input.marketplace]}'s rulesets: ${own.join(", ")}; or leave \`ruleset\` out for the current one.`,
          { option: "ruleset", marketplace: input.marketplace, ruleset: named.id },
        ),
      };
    }
    return {
      ok: true,
      ruleset: named,
      marketplace: named.marketplaceId,
      sameMarketplace: rulesetsOf(named.marketplaceId),
    };
  }
  const marketplace = input.marketplace ?? (await ctx.services.settings.get()).marketplace;
  return {
    ok: true,
    ruleset: currentRuleset(ctx.now, marketplace),
    marketplace,
    sameMarketplace: rulesetsOf(marketplace),
  };
}
