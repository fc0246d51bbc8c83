/*
 * The one module through which e2e journeys write to (and read from) the e2e database: every journey
 * creates its own agencies, people, assessments and datasets here, with unique names, and relies on no row
 * another journey creates or changes. It writes through the app's Prisma client factory, so it serves the
 * SQLite and the PostgreSQL runs alike.
 */
export { e2eDb, E2E_DATABASE_URL } from "./client";
export { createAdmin, createAgency, createAgencyWithRespondent, createCoordinator, createUser, E2E_PASSWORD, uniqueEmail, uniqueSuffix, type TestAgency, type TestUser } from "./people";
export { answersOf, completeAnswers, createAssessment, type AnswerProfile } from "./assessments";
export { createDatasetDraft } from "./datasets";
export { createOneTimeLink, expireLinksOf, revokeSessionsInCookies, revokeSessionsOf } from "./sessions";
