"use client";

import format, { type CompiledMessage } from "icu-minify/format";
import { createContext, use, useMemo, type ReactNode } from "react";
import type { createTranslator, NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Locale } from "./locales";
import type { Messages } from "./messages";

/*
 * The browser's side of the catalogues. The build compiles every message (next.config.js, next-intl's
 * `messages.precompile`), so the browser only needs icu-minify's formatter of the compiled form (under 1 KiB
 * gzipped) rather than next-intl's client provider and translator (about 3.5 KiB on every page). Server
 * components keep next-intl (getTranslations); client components take `useTranslations` and `useLocale`
 * from here, with the same typed keys. Formatting is icu-minify's, the one next-intl itself uses for
 * compiled messages (lib/i18n/precompiled.test.ts checks it against the ICU formatter for every message).
 */
type Catalogue = { [key: string]: CompiledMessage | Catalogue };
type ClientMessages = { locale: Locale; messages: Catalogue };

const MessagesContext = createContext<ClientMessages | null>(null);

/** Gives client components the compiled catalogues of `locale` (lib/i18n/client-messages.ts picks the namespaces). */
export function MessagesProvider({ locale, messages, children }: { locale: Locale; messages: Partial<Messages>; children: ReactNode }) {
  // At run time the catalogue holds compiled messages; its type is the JSON's (for the keys).
  const value = useMemo(() => ({ locale, messages: messages as unknown as Catalogue }), [locale, messages]);
  return <MessagesContext value={value}>{children}</MessagesContext>;
}

function useMessagesContext(): ClientMessages {
  const context = use(MessagesContext);
  if (!context) throw new Error("A client component that translates is rendered outside <MessagesProvider>.");
  return context;
}

export function useLocale(): Locale {
  return useMessagesContext().locale;
}

// Message time arguments are shown in UTC, as on the server (lib/i18n/request.ts).
const TIME_ZONE = "UTC";
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const formatters = {
  getNumberFormat: (locale?: string | string[], options?: Intl.NumberFormatOptions) => {
    const key = JSON.stringify([locale, options]);
    let formatter = numberFormats.get(key);
    if (!formatter) numberFormats.set(key, (formatter = new Intl.NumberFormat(locale, options)));
    return formatter;
  },
  getDateTimeFormat: (locale?: string | string[], options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
  getPluralRules: (locale?: string | string[], options?: Intl.PluralRulesOptions) => {
    const key = JSON.stringify([locale, options]);
    let rules = pluralRules.get(key);
    if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, options)));
    return rules;
  },
};

function lookUp(messages: Catalogue, path: string): CompiledMessage | undefined {
  let node: CompiledMessage | Catalogue | undefined = messages;
  for (const part of path.split(".")) {
    if (node === undefined || typeof node === "string" || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === "string" || Array.isArray(node) ? node : undefined;
}

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** next-intl's typed translator: keys checked against the catalogue, values against the message's arguments. */
type ClientTranslator<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;
type Values = Record<string, string | number | boolean | Date>;

/**
 * `t(key, values)` for the namespace, as next-intl's useTranslations. A missing message prints its key (and
 * logs), as next-intl does. Only `t(…)` and `t.has(…)`: rich text and raw messages are not used in the browser.
 */
export function useTranslations<N extends Namespace = never>(namespace?: N): ClientTranslator<N> {
  const { locale, messages } = useMessagesContext();
  return useMemo(() => {
    const pathOf = (key: string) => (namespace ? `${namespace}.${key}` : key);
    const translate = (key: string, values?: Values) => {
      const path = pathOf(key);
      const message = lookUp(messages, path);
      if (message === undefined) {
        console.error(`Missing message: ${path} (${locale})`);
        return path;
      }
      return String(format(message, locale, values, { formatters, timeZone: TIME_ZONE }));
    };
    const unsupported = () => {
      throw new Error("Only t() and t.has() are available in client components (lib/i18n/client.tsx).");
    };
    const translator = Object.assign(translate, {
      has: (key: string) => lookUp(messages, pathOf(key)) !== undefined,
      rich: unsupported,
      markup: unsupported,
      raw: unsupported,
    });
    // The one place where the untyped implementation meets next-intl's typed signature.
    return translator as unknown as ClientTranslator<N>;
  }, [locale, messages, namespace]);
}
