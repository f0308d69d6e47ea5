import { threadReplyTables } from "../../shared/schema/thread-replies.js";
import { sqliteKit } from "./schema-kit.js";

export const {
  threadAnswers,
  threadFeedback,
  unansweredQuestions,
  channelAnswerTimes,
  threadOfferClicks,
  faqWordingDemotions,
} = threadReplyTables(sqliteKit);
