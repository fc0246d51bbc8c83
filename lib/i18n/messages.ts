// The message namespaces: one JSON file per namespace and locale (each feature owns its own files).
// Add a namespace here and in all three locale folders; lib/i18n/catalogues.test.ts checks they stay complete.
import type { Locale } from "./locales";

import en_common from "./messages/en/common.json";
import en_auth from "./messages/en/auth.json";
import en_instrument from "./messages/en/instrument.json";
import en_validation from "./messages/en/validation.json";
import en_questionnaire from "./messages/en/questionnaire.json";
import en_results from "./messages/en/results.json";
import en_methodology from "./messages/en/methodology.json";
import en_recommendations from "./messages/en/recommendations.json";
import en_report from "./messages/en/report.json";
import en_coordinator from "./messages/en/coordinator.json";
import en_admin from "./messages/en/admin.json";
import en_benchmarks from "./messages/en/benchmarks.json";
import en_study from "./messages/en/study.json";
import en_guidance from "./messages/en/guidance.json";
import fr_common from "./messages/fr/common.json";
import fr_auth from "./messages/fr/auth.json";
import fr_instrument from "./messages/fr/instrument.json";
import fr_validation from "./messages/fr/validation.json";
import fr_questionnaire from "./messages/fr/questionnaire.json";
import fr_results from "./messages/fr/results.json";
import fr_methodology from "./messages/fr/methodology.json";
import fr_recommendations from "./messages/fr/recommendations.json";
import fr_report from "./messages/fr/report.json";
import fr_coordinator from "./messages/fr/coordinator.json";
import fr_admin from "./messages/fr/admin.json";
import fr_benchmarks from "./messages/fr/benchmarks.json";
import fr_study from "./messages/fr/study.json";
import fr_guidance from "./messages/fr/guidance.json";
import es_common from "./messages/es/common.json";
import es_auth from "./messages/es/auth.json";
import es_instrument from "./messages/es/instrument.json";
import es_validation from "./messages/es/validation.json";
import es_questionnaire from "./messages/es/questionnaire.json";
import es_results from "./messages/es/results.json";
import es_methodology from "./messages/es/methodology.json";
import es_recommendations from "./messages/es/recommendations.json";
import es_report from "./messages/es/report.json";
import es_coordinator from "./messages/es/coordinator.json";
import es_admin from "./messages/es/admin.json";
import es_benchmarks from "./messages/es/benchmarks.json";
import es_study from "./messages/es/study.json";
import es_guidance from "./messages/es/guidance.json";

export const NAMESPACES = ["common", "auth", "instrument", "validation", "questionnaire", "results", "methodology", "recommendations", "report", "coordinator", "admin", "benchmarks", "guidance", "study"] as const;

const catalogues = {
  en: { ...en_common, ...en_auth, ...en_instrument, ...en_validation, ...en_questionnaire, ...en_results, ...en_methodology, ...en_recommendations, ...en_report, ...en_coordinator, ...en_admin, ...en_benchmarks, ...en_guidance, ...en_study },
  fr: { ...fr_common, ...fr_auth, ...fr_instrument, ...fr_validation, ...fr_questionnaire, ...fr_results, ...fr_methodology, ...fr_recommendations, ...fr_report, ...fr_coordinator, ...fr_admin, ...fr_benchmarks, ...fr_guidance, ...fr_study },
  es: { ...es_common, ...es_auth, ...es_instrument, ...es_validation, ...es_questionnaire, ...es_results, ...es_methodology, ...es_recommendations, ...es_report, ...es_coordinator, ...es_admin, ...es_benchmarks, ...es_guidance, ...es_study },
};

export type Messages = (typeof catalogues)["en"];

export function getMessages(locale: Locale): Messages {
  return catalogues[locale] as Messages;
}
