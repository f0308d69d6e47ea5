import type {
  FaqActor,
  FaqContent,
  FaqEntryInput,
  FaqImportOptions,
  FaqImportOutcome,
} from "../core/faq/types.js";

/** The FAQ as a file: export, and an all-or-nothing import. */
export interface FaqTransferStore {
  /** Published entries in slug order, every field filled, in the import file's shape. */
  exportEntries(): Promise<FaqContent[]>;
  /** One transaction for the whole file; `dryRun` writes nothing. Input is already validated. */
  importEntries(
    entries: FaqEntryInput[],
    options: FaqImportOptions,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqImportOutcome>;
}
