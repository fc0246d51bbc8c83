/**
 * Demo agencies and users, created only when seeding demo data (npm run start:demo, the e2e suite).
 * The password is documented in the README; never use these accounts in production.
 */
export const DEMO_PASSWORD = "Demo-2026-pes";

export const DEMO_AGENCIES = [
  { id: "demo-agency-mx", name: "Servicio Nacional de Empleo (SNE)", countryCode: "MX", region: "LAC", language: "es" },
  { id: "demo-agency-th", name: "กรมการจัดหางาน", countryCode: "TH", region: "AP", language: "en" },
  { id: "demo-agency-vn", name: "Cục Việc làm — Bộ Lao động", countryCode: "VN", region: "AP", language: "en" },
  { id: "demo-agency-sn", name: "Agence nationale pour la promotion de l'emploi des jeunes", countryCode: "SN", region: "AFRICA", language: "fr" },
] as const;

export const DEMO_USERS = [
  { email: "respondent@sne.demo", name: "María López", role: "RESPONDENT", agencyId: "demo-agency-mx", language: "es" },
  { email: "colleague@sne.demo", name: "Carlos Ruiz", role: "RESPONDENT", agencyId: "demo-agency-mx", language: "es" },
  { email: "respondent@doe-th.demo", name: "Somchai Wongsakul", role: "RESPONDENT", agencyId: "demo-agency-th", language: "en" },
  { email: "respondent@anpej.demo", name: "Aminata Diallo", role: "RESPONDENT", agencyId: "demo-agency-sn", language: "fr" },
  { email: "coordinator@ilo.demo", name: "Ilo Coordinator", role: "COORDINATOR", agencyId: null, language: "en" },
  { email: "admin@ilo.demo", name: "Site Administrator", role: "ADMIN", agencyId: null, language: "en" },
] as const;
