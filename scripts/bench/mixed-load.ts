/**
 * Simulated respondents saving answers through the app's save path, alone or while a coordinator
 * exports in a loop: the questionnaire's autosave route (POST /api/assessments/:id/answers), sent as the
 * browser's outbox sends it, with the version of the answer it last saw.
 */
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { allItems } from "@/lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import { ms, percentile, signInCookie, timedGet, type App } from "./http";

/** `versions`: the stored version of each item this respondent last saved (0 before the first save). */
type Respondent = { cookie: string; assessmentId: string; app: App; versions: Map<string, number> };

const scored = allItems.filter((item) => item.kind === "status" || item.kind === "adoption");

/** Draft assessments with one of their agency's respondents, signed in. */
export async function respondentsFor(databaseFile: string, apps: App[], count: number): Promise<Respondent[]> {
  const db = new Database(databaseFile, { readonly: true });
  const rows = db
    .prepare(
      `SELECT a.id AS assessmentId, a.agencyId, u.id AS userId FROM Assessment a JOIN User u ON u.agencyId = a.agencyId
       WHERE a.status = 'DRAFT' GROUP BY a.agencyId LIMIT ?`,
    )
    .all(count) as { assessmentId: string; agencyId: string; userId: string }[];
  db.close();
  if (rows.length < count) throw new Error(`Only ${rows.length} draft assessments for ${count} respondents`);
  return Promise.all(
    rows.map(async (row, i) => ({
      cookie: await signInCookie(databaseFile, { id: row.userId, role: "RESPONDENT", agencyId: row.agencyId }),
      assessmentId: row.assessmentId,
      app: apps[i % apps.length]!,
      versions: storedVersions(databaseFile, row.assessmentId),
    })),
  );
}

/** The stored version of every answered item of an assessment (the page reads them when it loads). */
function storedVersions(databaseFile: string, assessmentId: string): Map<string, number> {
  const db = new Database(databaseFile, { readonly: true });
  const rows = db.prepare("SELECT itemId, version FROM Answer WHERE assessmentId = ?").all(assessmentId) as { itemId: string; version: number }[];
  db.close();
  return new Map(rows.map((row) => [row.itemId, row.version]));
}

/** One save: a random option of a random scored item, as the questionnaire's autosave sends it. */
export async function saveOnce(respondent: Respondent): Promise<number> {
  const item = scored[Math.floor(Math.random() * scored.length)]!;
  const options = SCALE_OPTIONS[item.kind as "status" | "adoption"];
  const start = performance.now();
  const response = await fetch(`${respondent.app.url}/api/assessments/${respondent.assessmentId}/answers`, {
    method: "POST",
    headers: { cookie: respondent.cookie, "Content-Type": "application/json", Origin: respondent.app.url },
    body: JSON.stringify({
      itemId: item.id,
      value: options[Math.floor(Math.random() * options.length)],
      otherText: null,
      baseVersion: respondent.versions.get(item.id) ?? 0,
    }),
    redirect: "manual",
  });
  const body = (await response.json().catch(() => null)) as { version?: number } | null;
  if (response.status !== 200 || typeof body?.version !== "number") throw new Error(`save failed: HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  respondent.versions.set(item.id, body.version);
  return performance.now() - start;
}

/** CPU time (user + system) of a process in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * 100 respondents with 2–8 s think time between saves, for `seconds`, first alone, then while one
 * coordinator downloads the CSV export in a loop. Prints p50/p95 of the saves in both phases.
 */
export async function runMixedLoad(input: { app: App; databaseFile: string; coordinatorCookie: string; respondents: number; seconds: number; log: (line: string) => void }) {
  const respondents = await respondentsFor(input.databaseFile, [input.app], input.respondents);
  const phase = async (withExport: boolean) => {
    const until = performance.now() + input.seconds * 1000;
    const times: number[] = [];
    let exports = 0;
    const exporter = withExport
      ? (async () => {
          while (performance.now() < until) {
            await timedGet(`${input.app.url}/api/exports/assessments?format=csv`, input.coordinatorCookie);
            exports += 1;
          }
        })()
      : Promise.resolve();
    await Promise.all(
      respondents.map(async (respondent) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 8000));
        while (performance.now() < until) {
          times.push(await saveOnce(respondent));
          await new Promise((resolve) => setTimeout(resolve, 2000 + Math.random() * 6000));
        }
      }),
    );
    await exporter;
    input.log(
      `  ${input.respondents} respondents${withExport ? `, coordinator exporting (${exports} exports done)` : ", no export"}: ` +
        `${times.length} saves, p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`,
    );
  };
  await phase(false);
  await phase(true);
}
