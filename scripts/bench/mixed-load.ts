/**
 * Simulated respondents saving answers through the app's save path, alone or while a coordinator
 * exports in a loop. The save path today is the questionnaire's server action (saveAnswerAction), posted
 * as the browser posts it: the `Next-Action` id read from the build's server-reference manifest.
 */
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { allItems } from "@/lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import { ms, percentile, signInCookie, timedGet, type App } from "./http";

type Respondent = { cookie: string; assessmentId: string; app: App };

const scored = allItems.filter((item) => item.kind === "status" || item.kind === "adoption");

/** The action id of saveAnswerAction and a page that imports it (the build's manifest). */
export function saveActionRef(): { id: string; path: string } {
  type Entry = { filename?: string; exportedName?: string; workers?: Record<string, unknown> };
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node?: Record<string, Entry> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName !== "saveAnswerAction") continue;
    const worker = Object.keys(entry.workers ?? {}).find((w) => w.includes("sections")) ?? Object.keys(entry.workers ?? {})[0]!;
    const path = `/${worker}`.replace(/\/page$/, "").replace(/\/app\//, "/").replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, "x");
    return { id, path };
  }
  throw new Error("saveAnswerAction is not in .next/server/server-reference-manifest.json");
}

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
    })),
  );
}

/** One save: a random option of a random scored item, as the questionnaire's autosave sends it. */
export async function saveOnce(respondent: Respondent, ref: { id: string; path: string }): Promise<number> {
  const item = scored[Math.floor(Math.random() * scored.length)]!;
  const options = SCALE_OPTIONS[item.kind as "status" | "adoption"];
  const start = performance.now();
  const response = await fetch(respondent.app.url + ref.path, {
    method: "POST",
    headers: { cookie: respondent.cookie, "Next-Action": ref.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: respondent.app.url },
    body: JSON.stringify([{ assessmentId: respondent.assessmentId, itemId: item.id, value: options[Math.floor(Math.random() * options.length)], otherText: null }]),
    redirect: "manual",
  });
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"ok":true')) throw new Error(`save failed: HTTP ${response.status} ${body.slice(0, 200)}`);
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
  const ref = saveActionRef();
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
          times.push(await saveOnce(respondent, ref));
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
