import type { CommandEntry } from "../command-kit/command.js";
import type { Logger } from "../ports/logger.js";
import type { Services } from "../ports/services.js";
import { createSqliteFaqCandidateScan } from "../storage/faq-candidate-scan-sqlite.js";
import { createSqliteFaqStore } from "../storage/faq-store-sqlite.js";
import type { OpenDatabase } from "../storage/open-database.js";
import { createSqliteSettingsStore } from "../storage/settings-store-sqlite.js";
import { ThreadReplyStoreSqlite } from "../storage/thread-reply-store-sqlite.js";
import { faqSearchFor } from "./faq-search.js";
import { SqliteThreadReplyService } from "./thread-reply-service.js";

/** Builds the services every adapter shares, over one open database. Tests use it too. */
export function createServices(
  database: OpenDatabase,
  logger: Logger,
  commands: readonly CommandEntry[],
): Services {
  const faq = createSqliteFaqStore(database.sqlite);
  const settings = createSqliteSettingsStore(database.sqlite);
  const faqCandidates = createSqliteFaqCandidateScan(database.sqlite);
  const threadReplies = new SqliteThreadReplyService(
    new ThreadReplyStoreSqlite(database),
    faqSearchFor(faqCandidates),
    settings,
  );
  return { commands, faq, faqCandidates, settings, threadReplies, logger };
}
