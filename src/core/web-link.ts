import type { ReplyLink } from "./reply.js";

/** The label every platform shows for an FAQ answer's public page. */
export const READ_ON_THE_WEB = "Read on the web";

/** The "Read on the web" link of an answer, or none when its community has no public pages. */
export function readOnTheWeb(url: string | null): ReplyLink[] {
  return url === null ? [] : [{ label: READ_ON_THE_WEB, url }];
}
