import { communitySettingsTable } from "../../shared/schema/community-settings.js";
import { postgresKit } from "./schema-kit.js";

export const { communitySettings } = communitySettingsTable(postgresKit);
