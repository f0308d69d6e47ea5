import { index, primaryKey, sqliteTable, uniqueIndex } from "drizzle-orm/sqlite-core";
import { type EngineBuilders, makeSchemaKit } from "../../shared/schema/make-schema-kit.js";
import { sqliteColumns } from "./column-kinds.js";

const builders = { columns: sqliteColumns, index, uniqueIndex, primaryKey, table: sqliteTable };
/** The shared schema's tables built with SQLite's drizzle builders. */
export const sqliteKit = makeSchemaKit<"sqlite">(builders as unknown as EngineBuilders);
