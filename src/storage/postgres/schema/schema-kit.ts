import { index, pgTable, primaryKey, uniqueIndex } from "drizzle-orm/pg-core";
import { type EngineBuilders, makeSchemaKit } from "../../shared/schema/make-schema-kit.js";
import { postgresColumns } from "./column-kinds.js";

const builders = { columns: postgresColumns, index, uniqueIndex, primaryKey, table: pgTable };
/** The shared schema's tables built with PostgreSQL's drizzle builders. */
export const postgresKit = makeSchemaKit<"postgres">(builders as unknown as EngineBuilders);
