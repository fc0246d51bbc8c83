import { readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "@playwright/test";
import { sections } from "../lib/questionnaire/lookup";
import {
  createAdmin,
  createAgency,
  createAgencyWithRespondent,
  createAssessment,
  createCoordinator,
  createDatasetDraft,
  createUser,
  e2eDb,
  uniqueEmail,
  uniqueSuffix,
  type TestUser,
} from "./support/data";
import { expect, signInAs, test } from "./fixtures";

/*
 * Every role against every server action, from ONE table (the pages and route handlers are in
 * access-control.spec.ts). The actions are called over HTTP as the browser calls them: a POST with the
 * `Next-Action` header (the action's id, read from the build's server-reference manifest) and the
 * arguments as JSON. To cover a new action, add a row: its file and export name, an input that passes
 * the action's schema (so that the role check is reached even when the action parses first), and the
 * expected answer per role:
 *
 *   refused  Result { ok: false } with "validation.unauthenticated" (signed out) or
 *            "validation.forbidden" (signed in, wrong role or another agency's record); and, when the row
 *            has `state`, the database reads the same after the call
 *   allowed  anything else: ok, a redirect, or a refusal that comes AFTER the access checks (a taken
 *            round, a wrong current password, an unknown link, a status that forbids the transition…)
 *
 * Inputs only touch records created here (the respondents' agencies, a throw-away agency, its assessments,
 * users, dataset drafts), or are refused by a rule that writes nothing (a round already taken, an
 * incomplete submission); each `state` reads only this spec's records, so other journeys running at the
 * same time never change it.
 */
type Who = "signedOut" | "respondent" | "otherRespondent" | "coordinator" | "admin";
type Expected = "refused" | "allowed";
type Fixtures = {
  runId: string;
  /** Draft of the respondent's agency; the other respondent's agency also has this round. */
  ownDraftId: string;
  ownRound: number;
  /** The two respondents' agencies and the throw-away one. */
  agencyIds: string[];
  /** The two respondents (a refused import would be stored under their names). */
  respondentIds: string[];
  aclAgencyId: string;
  commentTargetId: string;
  returnTargetId: string;
  approveTargetId: string;
  publishDraftId: string;
  discardDraftId: string;
  updateUserId: string;
  deactivateUserId: string;
  resetUserId: string;
  resendUserId: string;
  inviteEmail: string;
};
type ActionCase = {
  file: string;
  name: string;
  /** The action's argument (the same for every role unless the function reads `who`). */
  input?: (f: Fixtures, who: Who) => unknown;
  expect: Record<Who, Expected>;
  /** What a refused call must leave untouched (compared before and after each refused call). */
  state?: (f: Fixtures) => Promise<unknown>;
  /** Not called: why. */
  skip?: string;
};

const WHO: Who[] = ["signedOut", "respondent", "otherRespondent", "coordinator", "admin"];
/** The people of this spec (per worker): two respondents of two agencies, a coordinator, an admin. */
let people: Record<Exclude<Who, "signedOut">, TestUser>;
const REFUSALS = { signedOut: "validation.unauthenticated", signedIn: "validation.forbidden" } as const;
const NEW_PASSWORD = "Acl-check-2026-pes";
const UNKNOWN_LINK = "A".repeat(43);

const everyone = (answer: Expected): Record<Who, Expected> => ({ signedOut: answer, respondent: answer, otherRespondent: answer, coordinator: answer, admin: answer });
/** Public by design (signing in, the language switcher, the one-time links): nobody is refused. */
const publicAction = everyone("allowed");
const signedInOnly = { ...everyone("allowed"), signedOut: "refused" } as const;
const respondentsOnly = { signedOut: "refused", respondent: "allowed", otherRespondent: "allowed", coordinator: "refused", admin: "refused" } as const;
/** A record of the respondent's agency: the other agency's respondent is refused. */
const ownAgencyRecord = { ...respondentsOnly, otherRespondent: "refused" } as const;
const staffOnly = { signedOut: "refused", respondent: "refused", otherRespondent: "refused", coordinator: "allowed", admin: "allowed" } as const;
const adminOnly = { ...staffOnly, coordinator: "refused" } as const;
const isStaff = (who: Who) => who === "coordinator" || who === "admin";

const db = () => e2eDb();
const statusOf = (id: string) => db().assessment.findUnique({ where: { id }, select: { status: true, approvedAt: true } });
const userRow = (id: string) => db().user.findUnique({ where: { id }, select: { name: true, role: true, agencyId: true, language: true, active: true, mustResetPassword: true } });
const tokensOf = (userId: string) => db().authToken.count({ where: { userId } });
const HELP_URL = "https://help.acl.example.org/pes";

const ACTIONS: ActionCase[] = [
  // lib/actions/auth.ts and locale.ts: public by design. Not called: signing out would revoke the test's
  // own sessions, signing in is covered by auth.spec.ts, and the language switcher writes the demo
  // users' language (it needs no role: it only changes the caller's own profile).
  { file: "lib/actions/auth.ts", name: "signInAction", expect: publicAction, skip: "public: signing in (auth.spec.ts)" },
  { file: "lib/actions/auth.ts", name: "signOutAction", expect: publicAction, skip: "public: would revoke the test's sessions" },
  { file: "lib/actions/locale.ts", name: "setLocaleAction", expect: publicAction, skip: "public: changes only the caller's own language" },
  // lib/actions/account.ts: the one-time links are the credential; an unknown link is refused as such.
  { file: "lib/actions/account.ts", name: "acceptInvitationAction", expect: publicAction, input: () => ({ token: UNKNOWN_LINK, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }) },
  { file: "lib/actions/account.ts", name: "resetPasswordAction", expect: publicAction, input: () => ({ token: UNKNOWN_LINK, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }) },
  // "Forgot password" for an address without an account: the same answer for everyone (a rate limit counts too).
  { file: "lib/actions/account.ts", name: "requestPasswordResetAction", expect: publicAction, input: (f) => ({ email: `nobody-${f.runId}@acl.demo` }) },
  // A wrong current password: the signed-in user reaches the password check, and nothing changes.
  { file: "lib/actions/account.ts", name: "changePasswordAction", expect: signedInOnly, input: () => ({ currentPassword: "not-the-password", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }) },
  // lib/actions/session.ts: "Stay signed in" extends only the caller's own session.
  { file: "lib/actions/session.ts", name: "staySignedInAction", expect: signedInOnly, input: () => ({}) },
  // lib/actions/settings.ts: the help link an administrator sets is shown to everyone.
  {
    file: "lib/actions/settings.ts",
    name: "updateHelpLinkAction",
    expect: adminOnly,
    // The admin sends an address the schema refuses (answered after the role check): a valid one would
    // change the footer help.spec.ts is checking meanwhile. Refused roles send a valid one, never stored.
    input: (_f, who) => ({ helpUrl: who === "admin" ? "javascript:alert(1)" : HELP_URL }),
    state: async () => (await db().siteSetting.count({ where: { helpUrl: HELP_URL } })) > 0,
  },
  // lib/actions/assessments.ts
  {
    file: "lib/actions/assessments.ts",
    name: "createAssessmentAction",
    expect: respondentsOnly,
    // A round both respondents' agencies already have: the role passes, "round taken" is answered.
    input: (f) => ({ round: f.ownRound }),
    state: (f) => db().assessment.count({ where: { round: f.ownRound, agencyId: { in: f.agencyIds } } }),
  },
  {
    file: "lib/actions/assessments.ts",
    name: "submitAssessmentAction",
    expect: ownAgencyRecord,
    // The draft is incomplete: the respondent is told so; nobody submits it.
    input: (f) => ({ assessmentId: f.ownDraftId }),
    state: (f) => statusOf(f.ownDraftId),
  },
  // lib/actions/rounds.ts
  {
    file: "lib/actions/rounds.ts",
    name: "startNextRoundAction",
    expect: ownAgencyRecord,
    // From a draft: the respondent gets "not the latest approved assessment"; nothing is created.
    input: (f) => ({ fromAssessmentId: f.ownDraftId, round: 2099 }),
    state: (f) => db().assessment.count({ where: { round: 2099, agencyId: { in: f.agencyIds } } }),
  },
  {
    file: "lib/actions/rounds.ts",
    name: "confirmSectionAction",
    expect: ownAgencyRecord,
    input: (f) => ({ assessmentId: f.ownDraftId, sectionId: sections[0]!.id }),
    state: (f) => db().sectionState.findMany({ where: { assessmentId: f.ownDraftId }, orderBy: { sectionId: "asc" }, select: { sectionId: true, needsConfirmation: true } }),
  },
  // lib/actions/live-cohort.ts: each respondent sets their OWN agency's choice (to its current value).
  {
    file: "lib/actions/live-cohort.ts",
    name: "setLiveCohortOptOutAction",
    expect: respondentsOnly,
    input: () => ({ optOut: false }),
    state: (f) => db().agency.findMany({ where: { id: { in: f.agencyIds } }, orderBy: { id: "asc" }, select: { id: true, liveCohortOptOut: true } }),
  },
  // lib/actions/review.ts: submitted assessments of the throw-away agency.
  {
    file: "lib/actions/review.ts",
    name: "addReviewCommentAction",
    expect: staffOnly,
    input: (f) => ({ assessmentId: f.commentTargetId, body: "Access-control check" }),
    state: (f) => db().reviewComment.count({ where: { assessmentId: f.commentTargetId } }),
  },
  {
    file: "lib/actions/review.ts",
    name: "returnAssessmentAction",
    expect: staffOnly,
    // The coordinator returns it; the administrator then meets a status that can no longer be returned.
    input: (f) => ({ assessmentId: f.returnTargetId, reason: "Access-control check" }),
    state: (f) => statusOf(f.returnTargetId),
  },
  {
    file: "lib/actions/review.ts",
    name: "approveAssessmentAction",
    expect: staffOnly,
    input: (f) => ({ assessmentId: f.approveTargetId }),
    state: (f) => statusOf(f.approveTargetId),
  },
  // lib/actions/datasets.ts
  {
    file: "lib/actions/datasets.ts",
    name: "importDatasetAction",
    expect: staffOnly,
    // Not a dataset: staff get the file's errors; nothing is stored (by the refused respondents: other
    // journeys import and freeze datasets meanwhile).
    input: () => ({ format: "json", text: "{}" }),
    state: (f) => db().benchmarkDataset.count({ where: { importedById: { in: f.respondentIds } } }),
  },
  {
    file: "lib/actions/datasets.ts",
    name: "publishDatasetAction",
    expect: staffOnly,
    // Refused roles try the real draft (it must stay a draft). Staff get an unknown version ("not found",
    // answered after the role check): publishing a copy would change the benchmark every other spec reads.
    input: (f, who) => (isStaff(who) ? "no-such-version" : f.publishDraftId),
    state: (f) => db().benchmarkDataset.findUnique({ where: { id: f.publishDraftId }, select: { status: true, publishedAt: true } }),
  },
  {
    file: "lib/actions/datasets.ts",
    name: "discardDatasetDraftAction",
    expect: staffOnly,
    // The coordinator discards the draft; the administrator then finds it gone.
    input: (f) => f.discardDraftId,
    state: (f) => db().benchmarkDataset.findUnique({ where: { id: f.discardDraftId }, select: { id: true } }),
  },
  {
    file: "lib/actions/study.ts",
    name: "freezeLiveCohortAction",
    expect: staffOnly,
    // A round nobody has approved: staff get "too few agencies" (after the role check); nothing is written.
    input: () => ({ region: "OTHER", round: 2099 }),
    state: () => db().benchmarkDataset.count({ where: { datasetId: "live-other-2099" } }),
  },
  {
    file: "lib/actions/study.ts",
    name: "setStudyNamingConsentAction",
    expect: respondentsOnly,
    input: () => ({ consent: false }),
    state: (f) => db().agency.findMany({ where: { id: { in: f.agencyIds } }, orderBy: { id: "asc" }, select: { id: true, studyNamingConsent: true } }),
  },
  // lib/actions/admin.ts: the throw-away agency and users created for this spec.
  {
    file: "lib/actions/admin.ts",
    name: "createAgencyAction",
    expect: adminOnly,
    input: (f) => ({ name: `ACL agency ${f.runId}`, countryCode: "FR", region: "EUROPE", language: "fr" }),
    state: (f) => db().agency.count({ where: { name: `ACL agency ${f.runId}` } }),
  },
  {
    file: "lib/actions/admin.ts",
    name: "updateAgencyAction",
    expect: adminOnly,
    input: (f) => ({ id: f.aclAgencyId, name: `ACL agency renamed ${f.runId}`, countryCode: "FR", region: "EUROPE", language: "fr" }),
    state: (f) => db().agency.findUnique({ where: { id: f.aclAgencyId }, select: { name: true, countryCode: true, region: true, language: true } }),
  },
  {
    file: "lib/actions/admin.ts",
    name: "setAgencyActiveAction",
    expect: adminOnly,
    input: (f) => ({ id: f.aclAgencyId, active: false }),
    state: (f) => db().agency.findUnique({ where: { id: f.aclAgencyId }, select: { active: true } }),
  },
  {
    file: "lib/actions/admin.ts",
    name: "inviteUserAction",
    expect: adminOnly,
    input: (f) => ({ email: f.inviteEmail, name: "ACL Invite", role: "COORDINATOR", agencyId: null, language: "en" }),
    state: (f) => db().user.count({ where: { email: f.inviteEmail } }),
  },
  {
    file: "lib/actions/admin.ts",
    name: "updateUserAction",
    expect: adminOnly,
    input: (f) => ({ id: f.updateUserId, name: "ACL Renamed", role: "COORDINATOR", agencyId: null, language: "fr" }),
    state: (f) => userRow(f.updateUserId),
  },
  {
    file: "lib/actions/admin.ts",
    name: "setUserActiveAction",
    expect: adminOnly,
    input: (f) => ({ id: f.deactivateUserId, active: false }),
    state: (f) => userRow(f.deactivateUserId),
  },
  {
    file: "lib/actions/admin.ts",
    name: "forcePasswordResetAction",
    expect: adminOnly,
    input: (f) => ({ id: f.resetUserId }),
    state: async (f) => [await userRow(f.resetUserId), await tokensOf(f.resetUserId)],
  },
  {
    file: "lib/actions/admin.ts",
    name: "resendInvitationAction",
    expect: adminOnly,
    // An activated account: the administrator is told there is nothing to resend.
    input: (f) => ({ id: f.resendUserId }),
    state: (f) => tokensOf(f.resendUserId),
  },
];

/** The first single-choice item of the instrument and one of its options: a valid answer. */
function firstChoiceItem(): { id: string; value: string } {
  for (const section of sections) {
    for (const item of section.items) {
      if (item.kind === "single" && item.options.length > 0) return { id: item.id, value: item.options[0]! };
    }
  }
  throw new Error("The instrument has no single-choice item");
}

/*
 * The build's server-reference manifest: { node: { [actionId]: { workers, layer, filename?, exportedName? } } }.
 * Action ids change with every build, so the test reads them from the manifest of the build it runs against.
 */
type ManifestEntry = { filename?: string; exportedName?: string; workers?: Record<string, unknown> };
type ActionRef = { id: string; path: string };
function actionIds(): Map<string, ActionRef> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node?: Record<string, ManifestEntry> };
  const ids = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename.replace(/^\.\//, "")}#${entry.exportedName}`, { id, path: pagePathOf(Object.keys(entry.workers ?? {})) });
  }
  return ids;
}

/*
 * The action is posted to a page that imports it (a worker listed in the manifest): posted elsewhere, the
 * server forwards it internally, which answers `{}` in this set-up. A static page is preferred; dynamic
 * segments get a placeholder (the action runs before, and independently of, the page's own checks).
 */
function pagePathOf(workers: string[]): string {
  const paths = workers.map((worker) => `/${worker}`.replace(/\/page$/, "").replace(/\/app\//, "/").replace(/\/\([^)]+\)/g, "") || "/");
  const path = paths.find((candidate) => !candidate.includes("[")) ?? paths[0] ?? "/";
  return path.replace(/\[[^\]]+\]/g, "acl-placeholder");
}

type Answer =
  | { kind: "result"; ok: boolean; error?: string }
  | { kind: "redirect"; to: string }
  | { kind: "signIn" }
  | { kind: "other"; status: number; body: string };

/**
 * Reads the action's answer from the RSC payload (an action's redirect comes back as a header). A signed-out
 * POST to a protected page is turned back by the proxy (a redirect to /sign-in) before the action runs.
 */
function parseAnswer(status: number, headers: Record<string, string>, body: string): Answer {
  if (status >= 300 && status < 400 && /\/sign-in/.test(headers.location ?? "")) return { kind: "signIn" };
  const redirect = headers["x-action-redirect"];
  if (redirect) return { kind: "redirect", to: redirect };
  for (const line of body.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as { ok?: unknown; error?: unknown };
      if (typeof value.ok === "boolean") return { kind: "result", ok: value.ok, error: typeof value.error === "string" ? value.error : undefined };
    } catch {
      // Not a JSON row.
    }
  }
  return { kind: "other", status, body: body.slice(0, 500) };
}

const contexts = new Map<Who, BrowserContext>();
let fixtures: Fixtures;
let ids: Map<string, ActionRef>;

async function signedInContext(browser: Browser, baseURL: string | undefined, who: Who): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  if (who !== "signedOut") {
    const page = await context.newPage();
    await signInAs(page, people[who]);
    await page.close();
  }
  return context;
}

test.beforeAll(async ({ browser, baseURL }) => {
  // Some twenty records and four sign-ins at the app's bcrypt cost, beside another worker.
  test.setTimeout(240_000);
  ids = actionIds();
  const runId = uniqueSuffix();
  const ownRound = 2096;
  // The respondents' agencies take part in the live cohorts (the opt-out action sets that same value);
  // they hold drafts only, so they never reach a benchmark.
  const own = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC", liveCohorts: true });
  const other = await createAgencyWithRespondent({ countryCode: "TH", region: "AP", liveCohorts: true });
  people = { respondent: own.respondent, otherRespondent: other.respondent, coordinator: await createCoordinator(), admin: await createAdmin() };
  // The throw-away agency: opted out of the live cohorts, so its approval never reaches a benchmark.
  const acl = await createAgency({ name: "ACL throw-away", countryCode: "FR", region: "EUROPE", language: "fr" });
  const creator = await createUser({ role: "RESPONDENT", agencyId: acl.id, password: NEW_PASSWORD });
  const submitted = (round: number) => createAssessment({ agencyId: acl.id, createdById: creator.id, round, status: "SUBMITTED" });
  const respondentOfAcl = async () => (await createUser({ role: "RESPONDENT", agencyId: acl.id, password: NEW_PASSWORD })).id;
  await createAssessment({ agencyId: other.agency.id, createdById: other.respondent.id, round: ownRound });
  fixtures = {
    runId,
    ownDraftId: await createAssessment({ agencyId: own.agency.id, createdById: own.respondent.id, round: ownRound }),
    ownRound,
    agencyIds: [own.agency.id, other.agency.id, acl.id],
    respondentIds: [own.respondent.id, other.respondent.id],
    aclAgencyId: acl.id,
    commentTargetId: await submitted(2091),
    returnTargetId: await submitted(2092),
    approveTargetId: await submitted(2093),
    publishDraftId: await createDatasetDraft(`acl-publish-${runId}`),
    discardDraftId: await createDatasetDraft(`acl-discard-${runId}`),
    updateUserId: await respondentOfAcl(),
    deactivateUserId: await respondentOfAcl(),
    resetUserId: await respondentOfAcl(),
    resendUserId: await respondentOfAcl(),
    inviteEmail: uniqueEmail("acl-invite"),
  };
  for (const who of WHO) contexts.set(who, await signedInContext(browser, baseURL, who));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

test.describe("access control: every role on every server action", () => {
  test("the table lists every exported action of lib/actions", () => {
    const listed = new Set(ACTIONS.map((action) => `${action.file}#${action.name}`));
    const exported = [...ids.keys()].filter((key) => key.startsWith("lib/actions/"));
    expect(exported.length, "actions found in the server-reference manifest").toBeGreaterThan(0);
    expect(exported.filter((key) => !listed.has(key)), "actions missing from the table").toEqual([]);
  });

  for (const action of ACTIONS) {
    const title = `${action.file} ${action.name}`;
    if (action.skip) {
      test.skip(`${title} (${action.skip})`, () => {});
      continue;
    }
    test(title, async ({ baseURL }) => {
      const ref = ids.get(`${action.file}#${action.name}`);
      expect(ref, `${title}: not in .next/server/server-reference-manifest.json`).toBeTruthy();
      for (const who of WHO) {
        const where = `${who} → ${action.name}`;
        const before = await action.state?.(fixtures);
        const response = await contexts.get(who)!.request.post(ref!.path, {
          headers: { "Next-Action": ref!.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL! },
          data: JSON.stringify([action.input?.(fixtures, who)]),
          maxRedirects: 0,
        });
        const answer = parseAnswer(response.status(), response.headers(), await response.text());
        if (action.expect[who] === "refused") {
          if (who === "signedOut" && answer.kind === "signIn") {
            // Refused by the proxy before the action runs (its own checkUser is then not reached over HTTP).
          } else {
            expect(answer, where).toEqual({ kind: "result", ok: false, error: who === "signedOut" ? REFUSALS.signedOut : REFUSALS.signedIn });
          }
          if (action.state) expect(await action.state(fixtures), `${where}: the database changed`).toEqual(before);
        } else {
          expect(["result", "redirect"], `${where}: ${JSON.stringify(answer)}`).toContain(answer.kind);
          if (answer.kind === "result" && !answer.ok) expect(Object.values(REFUSALS), where).not.toContain(answer.error);
        }
      }
    });
  }
});

/*
 * Autosave posts answers and section comments to JSON routes, not to server actions: the same roles, from
 * the same contexts. A refusal is a JSON status (the proxy does not run there) and writes nothing.
 */
test.describe("access control: every role on the autosave JSON routes", () => {
  const ROUTE_STATUS: Record<Who, number[]> = { signedOut: [401], respondent: [200, 409], otherRespondent: [403], coordinator: [403], admin: [403] };
  const routes = [
    {
      kind: "answers",
      body: () => ({ itemId: firstChoiceItem().id, value: firstChoiceItem().value, baseVersion: 0 }),
      state: (f: Fixtures) => db().answer.findMany({ where: { assessmentId: f.ownDraftId }, orderBy: { itemId: "asc" }, select: { itemId: true, value: true, updatedById: true } }),
    },
    {
      kind: "comments",
      body: () => ({ sectionId: sections[0]!.id, comment: "Access-control check" }),
      state: (f: Fixtures) => db().sectionState.findMany({ where: { assessmentId: f.ownDraftId }, orderBy: { sectionId: "asc" }, select: { sectionId: true, comment: true } }),
    },
  ];
  for (const route of routes) {
    test(`POST /api/assessments/:id/${route.kind}`, async () => {
      for (const who of WHO) {
        const before = await route.state(fixtures);
        const response = await contexts.get(who)!.request.post(`/api/assessments/${fixtures.ownDraftId}/${route.kind}`, { data: route.body(), maxRedirects: 0 });
        expect(ROUTE_STATUS[who], `${who} → ${route.kind}: HTTP ${response.status()}`).toContain(response.status());
        if (response.status() >= 400 && response.status() !== 409) {
          expect((await response.json()).error, who).toBe(who === "signedOut" ? REFUSALS.signedOut : REFUSALS.signedIn);
          expect(await route.state(fixtures), `${who}: the database changed`).toEqual(before);
        }
      }
    });
  }
});
