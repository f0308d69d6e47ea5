export type * from "./ports/faq-candidate-scan.js";
export type * from "./ports/faq-store.js";
export type * from "./ports/logger.js";
export type * from "./ports/services.js";
export type * from "./ports/settings-store.js";
export type * from "./ports/thread-replies.js";
