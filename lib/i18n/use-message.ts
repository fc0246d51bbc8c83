import { useTranslations } from "@/lib/i18n/client";

/** Values interpolated into a message. */
export type MessageValues = Record<string, string | number | Date>;
export type MessageTranslate = (key: string, values?: MessageValues) => string;

/**
 * For catalogue keys known only at run time: a Result's `error` and `params`, a zod issue's message.
 * Static keys keep going through the typed `useTranslations()`; this is the one place where a run-time
 * key meets the typed catalogue (the catalogue tests check that the keys the code emits exist).
 */
export function useMessage(): MessageTranslate {
  return useTranslations() as unknown as MessageTranslate;
}
