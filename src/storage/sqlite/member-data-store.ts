import type { MemberDataCounts, MemberDataStore } from "../../ports/member-data-store.js";
import { writeAudit } from "./audit.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** What an anonymised asker id reads as: nobody can match it, so Dismiss falls to moderators. */
const NOBODY = "";
const ofCommunityAnswers = "answer_id IN (SELECT id FROM thread_answers WHERE community_id = ?)";
const ofCommunitySuggestions = "suggestion_id IN (SELECT id FROM faq_suggestions WHERE community_id = ?)";
/** Verdicts and clicks keep their row (the counts in /faq stats) under an id that names nobody. */
const anonymousUser = "user_id = 'erased-' || id";

/**
 * The retention purge and erasure over SQLite. Each runs as one transaction, so a purge that
 * fails leaves everything as it was, and a second run finds nothing more to do.
 */
export function createSqliteMemberDataStore({
  sqlite,
  write,
}: Pick<SqliteHandle, "sqlite" | "write">): MemberDataStore {
  const purge = {
    unanswered: sqlite.prepare<[string, string]>(
      "DELETE FROM unanswered_questions WHERE community_id = ? AND created_at < ?",
    ),
    answers: sqlite.prepare<[string, string]>(
      `UPDATE thread_answers SET question_text = NULL, asker_id = '${NOBODY}',
         dismissed_by = CASE WHEN dismissed_by = asker_id THEN NULL ELSE dismissed_by END
       WHERE community_id = ? AND created_at < ? AND (asker_id <> '${NOBODY}' OR question_text IS NOT NULL)`,
    ),
    feedback: sqlite.prepare<[string, string]>(
      `UPDATE thread_feedback SET ${anonymousUser}
       WHERE ${ofCommunityAnswers} AND created_at < ? AND user_id NOT LIKE 'erased-%'`,
    ),
    clicks: sqlite.prepare<[string, string]>(
      `UPDATE thread_offer_clicks SET ${anonymousUser}
       WHERE ${ofCommunityAnswers} AND created_at < ? AND user_id NOT LIKE 'erased-%'`,
    ),
    rejected: sqlite.prepare<[string, string]>(
      "DELETE FROM faq_suggestions WHERE community_id = ? AND status = 'rejected' AND decided_at < ?",
    ),
    approved: sqlite.prepare<[string, string]>(
      `UPDATE faq_suggestions SET suggested_by = '${NOBODY}'
       WHERE community_id = ? AND status = 'approved' AND decided_at < ? AND suggested_by <> '${NOBODY}'`,
    ),
    supporters: sqlite.prepare<[string, string]>(
      `DELETE FROM faq_suggestion_supporters WHERE ${ofCommunitySuggestions} AND created_at < ?`,
    ),
  };
  const erase = {
    unanswered: sqlite.prepare<[string, string, string]>(
      "DELETE FROM unanswered_questions WHERE community_id = ? AND platform = ? AND author_id = ?",
    ),
    dismissals: sqlite.prepare<[string, string, string]>(
      "UPDATE thread_answers SET dismissed_by = NULL WHERE community_id = ? AND platform = ? AND dismissed_by = ?",
    ),
    answers: sqlite.prepare<[string, string, string]>(
      `UPDATE thread_answers SET question_text = NULL, asker_id = '${NOBODY}'
       WHERE community_id = ? AND platform = ? AND asker_id = ?`,
    ),
    feedback: sqlite.prepare<[string, string]>(
      `UPDATE thread_feedback SET ${anonymousUser} WHERE ${ofCommunityAnswers} AND user_id = ?`,
    ),
    clicks: sqlite.prepare<[string, string]>(
      `UPDATE thread_offer_clicks SET ${anonymousUser} WHERE ${ofCommunityAnswers} AND user_id = ?`,
    ),
    ownSuggestions: sqlite.prepare<[string, string, string]>(
      `DELETE FROM faq_suggestions
       WHERE community_id = ? AND platform = ? AND suggested_by = ? AND status IN ('pending', 'rejected')`,
    ),
    // What is left of the member's suggestions, and of captures of their answers, names nobody:
    // the text is the FAQ's now, but whose thread answer it was is theirs.
    approved: sqlite.prepare<{ community: string; platform: string; member: string }>(
      `UPDATE faq_suggestions
         SET suggested_by = CASE WHEN suggested_by = @member THEN '${NOBODY}' ELSE suggested_by END,
             answer_author_id = CASE WHEN answer_author_id = @member THEN NULL ELSE answer_author_id END
       WHERE community_id = @community AND platform = @platform
         AND (suggested_by = @member OR answer_author_id = @member)`,
    ),
    supporters: sqlite.prepare<[string, string, string]>(
      `DELETE FROM faq_suggestion_supporters WHERE ${ofCommunitySuggestions} AND platform = ? AND member_id = ?`,
    ),
    activity: sqlite.prepare<[string, string, string]>(
      "DELETE FROM member_activity WHERE community_id = ? AND platform = ? AND member_id = ?",
    ),
    // Without a consent row the web neither names the member nor shows their captured answer.
    webConsents: sqlite.prepare<[string, string, string, string]>(
      `DELETE FROM web_consents WHERE community_id = ? AND member_id = ?
         AND suggestion_id IN (SELECT id FROM faq_suggestions WHERE community_id = ? AND platform = ?)`,
    ),
  };

  return {
    async purgeBefore(community, cutoff) {
      const before = cutoff.toISOString();
      return write(
        (): MemberDataCounts => ({
          unansweredQuestions: purge.unanswered.run(community, before).changes,
          threadAnswers: purge.answers.run(community, before).changes,
          feedback: purge.feedback.run(community, before).changes,
          offerClicks: purge.clicks.run(community, before).changes,
          // Supports first: deleting a rejected suggestion takes its supports with it.
          supporters: purge.supporters.run(community, before).changes,
          suggestions:
            purge.rejected.run(community, before).changes + purge.approved.run(community, before).changes,
          // Flood-limit uses are purged on their own, shorter clock (purgeActivityBefore).
          activity: 0,
          // Consent is kept as long as the answer it concerns: only erasure removes it.
          webConsents: 0,
        }),
      );
    },

    async eraseMember(community, member, actor, now) {
      const who = [community, member.platform, member.memberId] as const;
      return write((tx) => {
        const unansweredQuestions = erase.unanswered.run(...who).changes;
        erase.dismissals.run(...who);
        // Before the suggestions go: a deleted suggestion would take its consents along uncounted.
        const webConsents = erase.webConsents.run(
          community,
          member.memberId,
          community,
          member.platform,
        ).changes;
        const counts: MemberDataCounts = {
          unansweredQuestions,
          threadAnswers: erase.answers.run(...who).changes,
          feedback: erase.feedback.run(community, member.memberId).changes,
          offerClicks: erase.clicks.run(community, member.memberId).changes,
          supporters: erase.supporters.run(...who).changes,
          suggestions:
            erase.ownSuggestions.run(...who).changes +
            erase.approved.run({ community, platform: member.platform, member: member.memberId }).changes,
          activity: erase.activity.run(...who).changes,
          webConsents,
        };
        // The request is accountable (who asked, whose data, how much) without keeping what was erased.
        writeAudit(
          tx,
          community,
          actor,
          "privacy.erase",
          `member:${member.platform}:${member.memberId}`,
          { ...counts },
          now,
        );
        return counts;
      });
    },
  };
}
