import { communityTables } from "../../shared/schema/communities.js";
import { sqliteKit } from "./schema-kit.js";

export const { communities, communitySpaces, communityLinkCodes } = communityTables(sqliteKit);
