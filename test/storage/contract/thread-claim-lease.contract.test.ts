import { describeClaimLease } from "../thread-claim-lease-contract.js";
import { contractEngines } from "./contract-engines.js";

// Two connections to one fresh database per test: what two bot processes on one database hold.
for (const kind of contractEngines) {
  describeClaimLease(`${kind.name}, two connections to one database`, async () => {
    const where = await kind.createDatabase("claim-lease");
    const first = await kind.open(where);
    const second = await kind.open(where);
    return {
      first: first.stores,
      second: second.stores,
      close: async () => {
        await first.close();
        await second.close();
      },
    };
  });
}
