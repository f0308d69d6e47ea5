import { contractEngines } from "./contract-engines.js";
import { describeWebConsentStore } from "./web-consent-contract.js";

// Each test gets a fresh, empty database of the engine: the cases count every consent row.
for (const kind of contractEngines) {
  describeWebConsentStore(kind.name, async () => {
    const opened = await kind.open(await kind.createDatabase("web-consent"));
    return { stores: opened.stores, close: () => opened.close() };
  });
}
