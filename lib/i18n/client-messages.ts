import { getMessages, type Messages } from "./messages";
import type { Locale } from "./locales";

/**
 * Namespaces that stay on the server: the questionnaire wording, the report, the results and methodology
 * texts and the answer guidance are rendered by server components, so the browser never downloads them (low-bandwidth offices).
 */
const SERVER_ONLY_NAMESPACES = ["instrument", "recommendations", "methodology", "report", "results", "guidance"] as const;

export function getClientMessages(locale: Locale): Partial<Messages> {
  const messages: Partial<Messages> = { ...getMessages(locale) };
  for (const namespace of SERVER_ONLY_NAMESPACES) delete messages[namespace];
  return messages;
}
