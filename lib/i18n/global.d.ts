import type { Messages } from "./messages";
import type { Locale } from "./locales";

// Type-checked message keys for useTranslations / getTranslations.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
