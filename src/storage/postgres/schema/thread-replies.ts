import { threadReplyTables } from "../../shared/schema/thread-replies.js";
import { postgresKit } from "./schema-kit.js";

const tables = threadReplyTables(postgresKit);
/** The answers and what members did with them. */
export const { threadAnswers, threadFeedback, threadOfferClicks } = tables;
/** What the bot learns from: its silences, its cooldowns and the wordings it was told it got wrong. */
export const { unansweredQuestions, channelAnswerTimes, faqWordingDemotions } = tables;
