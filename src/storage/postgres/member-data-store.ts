import { type SQL, sql } from "drizzle-orm";
import type { MemberDataCounts, MemberDataStore } from "../../ports/member-data-store.js";
import { writeAudit } from "./audit.js";
import { lockOf, type PostgresHandle, type Tx } from "./postgres-handle.js";

/** What an anonymised asker id reads as: nobody can match it, so Dismiss falls to moderators. */
const NOBODY = "";
const ofCommunityAnswers = (community: string) =>
  sql`answer_id IN (SELECT id FROM thread_answers WHERE community_id = ${community})`;
const ofCommunitySuggestions = (community: string) =>
  sql`suggestion_id IN (SELECT id FROM faq_suggestions WHERE community_id = ${community})`;
/** Verdicts and clicks keep their row (the counts in /faq stats) under an id that names nobody. */
const anonymousUser = sql.raw("user_id = 'erased-' || id");

/** Rows one statement touched. */
async function changes(tx: Tx, statement: SQL): Promise<number> {
  return (await tx.execute(statement)).rowCount ?? 0;
}

/**
 * The retention purge and erasure over PostgreSQL, statement for statement those of
 * src/storage/sqlite/member-data-store.ts. Each runs as one transaction under the community's
 * lock, so a purge that fails leaves everything as it was, and a second run finds nothing more.
 */
export function createPostgresMemberDataStore({ write }: PostgresHandle): MemberDataStore {
  return {
    purgeBefore(community, cutoff) {
      const before = cutoff.toISOString();
      return write([lockOf.community(community)], async (tx): Promise<MemberDataCounts> => {
        const unansweredQuestions = await changes(
          tx,
          sql`DELETE FROM unanswered_questions WHERE community_id = ${community} AND created_at < ${before}`,
        );
        const threadAnswers = await changes(
          tx,
          sql`UPDATE thread_answers SET question_text = NULL, asker_id = ${NOBODY},
                dismissed_by = CASE WHEN dismissed_by = asker_id THEN NULL ELSE dismissed_by END
              WHERE community_id = ${community} AND created_at < ${before}
                AND (asker_id <> ${NOBODY} OR question_text IS NOT NULL)`,
        );
        const anonymise = (table: string) =>
          changes(
            tx,
            sql`UPDATE ${sql.identifier(table)} SET ${anonymousUser}
                WHERE ${ofCommunityAnswers(community)} AND created_at < ${before}
                  AND user_id NOT LIKE 'erased-%'`,
          );
        const feedback = await anonymise("thread_feedback");
        const offerClicks = await anonymise("thread_offer_clicks");
        // Supports first: deleting a rejected suggestion takes its supports with it.
        const supporters = await changes(
          tx,
          sql`DELETE FROM faq_suggestion_supporters
              WHERE ${ofCommunitySuggestions(community)} AND created_at < ${before}`,
        );
        const rejected = await changes(
          tx,
          sql`DELETE FROM faq_suggestions
              WHERE community_id = ${community} AND status = 'rejected' AND decided_at < ${before}`,
        );
        const approved = await changes(
          tx,
          sql`UPDATE faq_suggestions SET suggested_by = ${NOBODY}
              WHERE community_id = ${community} AND status = 'approved' AND decided_at < ${before}
                AND suggested_by <> ${NOBODY}`,
        );
        return {
          unansweredQuestions,
          threadAnswers,
          feedback,
          offerClicks,
          suggestions: rejected + approved,
          supporters,
          // Flood-limit uses are purged on their own, shorter clock (purgeActivityBefore).
          activity: 0,
          // Consent is kept as long as the answer it concerns: only erasure removes it.
          webConsents: 0,
        };
      });
    },

    eraseMember(community, member, actor, now) {
      const { platform, memberId } = member;
      const ofMember = (column: string) =>
        sql`community_id = ${community} AND platform = ${platform} AND ${sql.identifier(column)} = ${memberId}`;
      return write([lockOf.community(community)], async (tx) => {
        const unansweredQuestions = await changes(
          tx,
          sql`DELETE FROM unanswered_questions WHERE ${ofMember("author_id")}`,
        );
        await changes(
          tx,
          sql`UPDATE thread_answers SET dismissed_by = NULL WHERE ${ofMember("dismissed_by")}`,
        );
        const threadAnswers = await changes(
          tx,
          sql`UPDATE thread_answers SET question_text = NULL, asker_id = ${NOBODY} WHERE ${ofMember("asker_id")}`,
        );
        const anonymise = (table: string) =>
          changes(
            tx,
            sql`UPDATE ${sql.identifier(table)} SET ${anonymousUser}
                WHERE ${ofCommunityAnswers(community)} AND user_id = ${memberId}`,
          );
        const feedback = await anonymise("thread_feedback");
        const offerClicks = await anonymise("thread_offer_clicks");
        const supporters = await changes(
          tx,
          sql`DELETE FROM faq_suggestion_supporters
              WHERE ${ofCommunitySuggestions(community)} AND platform = ${platform} AND member_id = ${memberId}`,
        );
        // Before the suggestions go: a deleted suggestion would take its consents along uncounted.
        // Without a consent row the web neither names the member nor shows their captured answer.
        const webConsents = await changes(
          tx,
          sql`DELETE FROM web_consents WHERE community_id = ${community} AND member_id = ${memberId}
                AND suggestion_id IN (SELECT id FROM faq_suggestions
                                      WHERE community_id = ${community} AND platform = ${platform})`,
        );
        const ownSuggestions = await changes(
          tx,
          sql`DELETE FROM faq_suggestions
              WHERE ${ofMember("suggested_by")} AND status IN ('pending', 'rejected')`,
        );
        // What is left of the member's suggestions, and of captures of their answers, names nobody:
        // the text is the FAQ's now, but whose thread answer it was is theirs.
        const approved = await changes(
          tx,
          sql`UPDATE faq_suggestions
                SET suggested_by = CASE WHEN suggested_by = ${memberId} THEN ${NOBODY} ELSE suggested_by END,
                    answer_author_id = CASE WHEN answer_author_id = ${memberId} THEN NULL ELSE answer_author_id END
              WHERE community_id = ${community} AND platform = ${platform}
                AND (suggested_by = ${memberId} OR answer_author_id = ${memberId})`,
        );
        const activity = await changes(tx, sql`DELETE FROM member_activity WHERE ${ofMember("member_id")}`);
        const counts: MemberDataCounts = {
          unansweredQuestions,
          threadAnswers,
          feedback,
          offerClicks,
          suggestions: ownSuggestions + approved,
          supporters,
          activity,
          webConsents,
        };
        // The request is accountable (who asked, whose data, how much) without keeping what was erased.
        await writeAudit(
          tx,
          community,
          actor,
          "privacy.erase",
          `member:${platform}:${memberId}`,
          { ...counts },
          now,
        );
        return counts;
      });
    },
  };
}
