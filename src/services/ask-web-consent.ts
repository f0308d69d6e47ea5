import { isPublicOnWeb } from "../core/community-settings.js";
import type { FaqSuggestion } from "../core/faq/types.js";
import { webConsentQuestion } from "../core/faq/web-consent-question.js";
import type { Reply } from "../core/reply.js";
import type { Services } from "../ports/services.js";

/**
 * After Save as FAQ: the question to put to the answer's author in the thread, or null when
 * there is nothing to ask. A community without public pages has nobody to ask for (its captured
 * entries stay off the web until a moderator rewrites them, should it ever go public), and a
 * member is asked once per captured answer, however often it is saved.
 */
export async function askAuthorForWebConsent(
  services: Services,
  suggestion: FaqSuggestion,
  now: Date,
): Promise<{ authorId: string; question: Reply } | null> {
  const authorId = suggestion.answerAuthorId;
  if (authorId === null) return null;
  if (!isPublicOnWeb(services.communityId, await services.settings.get())) return null;
  const asked = await services.faq.webConsent.askOnce(suggestion.id, authorId, now);
  return asked ? { authorId, question: webConsentQuestion(suggestion.id) } : null;
}
