import { communityTables } from "../../shared/schema/communities.js";
import { postgresKit } from "./schema-kit.js";

export const { communities, communitySpaces, communityLinkCodes } = communityTables(postgresKit);
