/**
 * The JavaScript a cold Chromium load of a page transfers, gzipped as served, summed (a benchmark, not a
 * test). Measures a questionnaire section page of a running app, and, with --baseline, an empty Next.js
 * app built from this project's own next/react (the floor any page pays).
 *
 *   npm run bench:weight -- --url http://127.0.0.1:3000 [--email respondent@sne.demo] [--baseline] [--baseline-port 3299]
 *
 * The app must be a production build (`next start`) with demo data (an SNE respondent) seeded.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return (index >= 0 ? args[index + 1] : undefined) ?? fallback;
};
const baseUrl = option("url", "http://127.0.0.1:3000");
const email = option("email", "respondent@sne.demo");
const password = option("password", "Demo-2026-pes");
const baselinePort = option("baseline-port", "3299");
const debianChromium = "/usr/bin/chromium";
const launchArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** Sums the encoded (on the wire) bytes of every script response of one cold load of `url`. */
async function scriptBytes(page: Page, url: string): Promise<{ bytes: number; files: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const scripts = new Set<string>();
  let bytes = 0;
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await cdp.detach();
  return { bytes, files: scripts.size };
}

async function sectionPageUrl(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('form button[type="submit"]:not([disabled])').waitFor();
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/assessments$/);
  let link = page.locator('a[href^="/assessments/"]').first();
  if ((await link.count()) === 0) {
    await page.locator('input[name="round"]').fill("2099");
    await page.getByTestId("start-assessment").click();
    await page.waitForURL(/\/assessments\/[^/]+$/);
    link = page.locator('a[href*="/sections/"]').first();
  } else {
    await link.click();
    await page.waitForURL(/\/assessments\/[^/]+$/);
    link = page.locator('a[href*="/sections/"]').first();
  }
  return new URL((await link.getAttribute("href"))!, baseUrl).toString();
}

/**
 * An empty Next.js app (one page saying hello) built with this project's next and react, served on a port.
 * Turbopack compiles no file outside its root, and the app's node_modules is a link to this project's: the
 * root is set to the folder that holds both (an app built inside the project would pick up its proxy.ts).
 */
async function emptyAppBaseline(browser: Browser): Promise<{ bytes: number; files: number }> {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "empty-next-")));
  const modules = realpathSync(path.resolve("node_modules"));
  const root = commonAncestor(dir, modules);
  try {
    mkdirSync(path.join(dir, "app"));
    writeFileSync(path.join(dir, "app/layout.tsx"), "export default function L({children}:{children:React.ReactNode}){return <html><body>{children}</body></html>}\n");
    writeFileSync(path.join(dir, "app/page.tsx"), "export default function P(){return <p>Hello</p>}\n");
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true }));
    writeFileSync(path.join(dir, "next.config.js"), `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`);
    symlinkSync(modules, path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "preserve", strict: false, module: "esnext", moduleResolution: "bundler", esModuleInterop: true, skipLibCheck: true, lib: ["dom", "esnext"], noEmit: true, incremental: true, allowJs: true, resolveJsonModule: true, isolatedModules: true, plugins: [{ name: "next" }] }, include: ["**/*.tsx"] }));
    const next = path.resolve("node_modules/.bin/next");
    try {
      execFileSync(next, ["build"], { cwd: dir, stdio: "pipe", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`The empty app did not build:\n${String(stdout ?? "")}${String(stderr ?? "")}`);
    }
    const server = spawn(next, ["start", "-p", baselinePort, "-H", "127.0.0.1"], { cwd: dir, stdio: "ignore" });
    try {
      let isUp = false;
      for (let tries = 0; tries < 120 && !isUp; tries++) {
        isUp = await fetch(`http://127.0.0.1:${baselinePort}/`).then((r) => r.ok, () => false);
        if (!isUp) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      if (!isUp) throw new Error(`The empty app did not answer on port ${baselinePort}`);
      const page = await (await browser.newContext()).newPage();
      return await scriptBytes(page, `http://127.0.0.1:${baselinePort}/`);
    } finally {
      server.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared += 1;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const browser = await chromium.launch(existsSync(debianChromium) ? { executablePath: debianChromium, args: launchArgs } : {});
  try {
    // No service worker: it would serve the scripts from its cache and hide them from the count.
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const url = await sectionPageUrl(page);
    const section = await scriptBytes(await context.newPage(), url);
    console.log(`section page   ${new URL(url).pathname}: ${kib(section.bytes)} gzipped JS in ${section.files} files`);
    if (args.includes("--baseline")) {
      const empty = await emptyAppBaseline(browser);
      console.log(`empty Next.js app: ${kib(empty.bytes)} gzipped JS in ${empty.files} files`);
      console.log(`section page above the empty app: ${kib(section.bytes - empty.bytes)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
