import { webConsentTables } from "../../shared/schema/web-consents.js";
import { faqEntries, faqSuggestions } from "./faq.js";
import { postgresKit } from "./schema-kit.js";

export const { webConsents } = webConsentTables(postgresKit, { faqEntries, faqSuggestions });
