import { communitySettingsTable } from "../../shared/schema/community-settings.js";
import { sqliteKit } from "./schema-kit.js";

export const { communitySettings } = communitySettingsTable(sqliteKit);
