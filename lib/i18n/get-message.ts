import "server-only";
import { getTranslations } from "next-intl/server";
import type { MessageTranslate } from "./use-message";

/**
 * The server's counterpart of useMessage(): for catalogue keys known only at run time (a Result's `error`, a
 * rule's message). Static keys keep going through the typed getTranslations().
 */
export async function getMessage(): Promise<MessageTranslate> {
  return (await getTranslations()) as unknown as MessageTranslate;
}
