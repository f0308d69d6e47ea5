import { threadReplyTables } from "../../shared/schema/thread-replies.js";
import { postgresKit } from "./schema-kit.js";

export const {
  threadAnswers,
  threadFeedback,
  unansweredQuestions,
  channelAnswerTimes,
  threadOfferClicks,
  faqWordingDemotions,
} = threadReplyTables(postgresKit);
