import { describe, expect, it } from "vitest";
import type { MemberLimit } from "../../../src/core/member-limits.js";
import type { MemberActivity } from "../../../src/ports/member-limit-store.js";
import { describeEachEngine } from "./contract-engines.js";
import { freshCommunity } from "./contract-fixtures.js";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 12, 0, seconds));
const mentions = (limit: number): MemberLimit => ({ activity: "mention", limit, windowSeconds: 3600 });

describeEachEngine("member flood limits", ({ engine, kind, location }) => {
  const limits = () => engine().stores.memberLimits;
  async function member(memberId = "flooder") {
    const { id } = await freshCommunity(engine(), "limits");
    return (eventKey: string): MemberActivity => ({
      community: id,
      platform: "discord",
      spaceId: id,
      memberId,
      activity: "mention",
      eventKey,
    });
  }

  describe("takeAllowance", () => {
    it("lets the limit through, tells the member once, and counts a second delivery once", async () => {
      const use = await member();
      const kinds = [];
      for (let n = 0; n < 5; n += 1)
        kinds.push((await limits().takeAllowance(use(`m-${n}`), mentions(2), at(n))).kind);
      expect(kinds).toEqual(["allowed", "allowed", "refused", "refused", "refused"]);
      // The same message delivered again is still the one already counted.
      expect(await limits().takeAllowance(use("m-0"), mentions(2), at(6))).toEqual({ kind: "allowed" });
      const refusals = [];
      for (let n = 10; n < 13; n += 1)
        refusals.push(await limits().takeAllowance(use(`m-${n}`), mentions(2), at(n)));
      expect(refusals.map((refusal) => refusal.kind === "refused" && refusal.notify)).toEqual([
        false,
        false,
        false,
      ]);
    });

    it("slides the window: the oldest use leaving it lets one more through and allows a new notice", async () => {
      const use = await member();
      await limits().takeAllowance(use("a"), mentions(1), at(0));
      expect(await limits().takeAllowance(use("b"), mentions(1), at(1))).toMatchObject({
        kind: "refused",
        notify: true,
        retryAfterSeconds: 3599,
      });
      expect(await limits().takeAllowance(use("c"), mentions(1), at(3601))).toEqual({ kind: "allowed" });
      expect(await limits().takeAllowance(use("d"), mentions(1), at(3602))).toMatchObject({ notify: true });
    });

    it("counts each member and each activity apart, and a limit of 0 lets everything through", async () => {
      const use = await member();
      await limits().takeAllowance(use("a"), mentions(1), at(0));
      const other = { ...use("b"), memberId: "someone-else" };
      expect(await limits().takeAllowance(other, mentions(1), at(1))).toEqual({ kind: "allowed" });
      const suggestion = { ...use("c"), activity: "suggestion" as const };
      expect(
        await limits().takeAllowance(suggestion, { ...mentions(1), activity: "suggestion" }, at(2)),
      ).toEqual({ kind: "allowed" });
      expect(await limits().takeAllowance(use("d"), mentions(0), at(3))).toEqual({ kind: "allowed" });
    });

    it("holds across two connections taking at once: exactly the limit, one notice", async () => {
      const use = await member();
      const second = await kind.open(location());
      try {
        const instances = [engine().stores, second.stores];
        const outcomes = await Promise.all(
          Array.from({ length: 30 }, (_, n) =>
            instances[n % 2]?.memberLimits.takeAllowance(use(`m-${n}`), mentions(10), at(0)),
          ),
        );
        expect(outcomes.filter((outcome) => outcome?.kind === "allowed")).toHaveLength(10);
        expect(outcomes.filter((outcome) => outcome?.kind === "refused" && outcome.notify)).toHaveLength(1);
      } finally {
        await second.close();
      }
    });
  });

  it("purgeActivityBefore drops uses and notices older than the cutoff, and only those", async () => {
    const use = await member();
    await limits().takeAllowance(use("old"), mentions(1), at(0));
    await limits().takeAllowance(use("refused"), mentions(1), at(1));
    await limits().takeAllowance(use("new"), mentions(1), at(7200));
    const community = use("x").community;
    const remaining = async () =>
      (
        await engine().rows<{ event_key: string }>(
          "select event_key from member_activity where community_id = ? order by id",
          community,
        )
      ).map((row) => row.event_key);
    expect(await remaining()).toEqual(["old", "slow-down:refused", "new"]);
    expect(await limits().purgeActivityBefore(at(3600))).toBeGreaterThanOrEqual(2);
    expect(await remaining()).toEqual(["new"]);
  });
});
