import { webConsentTables } from "../../shared/schema/web-consents.js";
import { faqEntries, faqSuggestions } from "./faq.js";
import { sqliteKit } from "./schema-kit.js";

export const { webConsents } = webConsentTables(sqliteKit, { faqEntries, faqSuggestions });
