/**
 * The JavaScript a cold Chromium load of a page transfers, gzipped as served, summed (a benchmark, not a
 * test). Measures a questionnaire section page of a running app, and, with --baseline, an empty Next.js
 * app built from this project's own next/react (the floor any page pays).
 *
 *   npm run bench:weight -- --url http://127.0.0.1:3000 [--email respondent@sne.demo] [--baseline]
 *
 * The app must be a production build (`next start`) with demo data (an SNE respondent) seeded.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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

/** An empty Next.js app (one page saying hello) built with this project's next and react, served on a port. */
async function emptyAppBaseline(browser: Browser): Promise<{ bytes: number; files: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "empty-next-"));
  try {
    mkdirSync(path.join(dir, "app"));
    writeFileSync(path.join(dir, "app/layout.tsx"), "export default function L({children}:{children:React.ReactNode}){return <html><body>{children}</body></html>}\n");
    writeFileSync(path.join(dir, "app/page.tsx"), "export default function P(){return <p>Hello</p>}\n");
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true }));
    writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "preserve", strict: false, module: "esnext", moduleResolution: "bundler", esModuleInterop: true, skipLibCheck: true, lib: ["dom", "esnext"], noEmit: true, incremental: true, allowJs: true, resolveJsonModule: true, isolatedModules: true, plugins: [{ name: "next" }] }, include: ["**/*.tsx"] }));
    symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
    const next = path.resolve("node_modules/.bin/next");
    execFileSync(next, ["build"], { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    const port = "3299";
    const server = spawn(next, ["start", "-p", port, "-H", "127.0.0.1"], { cwd: dir, stdio: "ignore" });
    try {
      for (let tries = 0; tries < 60; tries++) {
        if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const page = await (await browser.newContext()).newPage();
      return await scriptBytes(page, `http://127.0.0.1:${port}/`);
    } finally {
      server.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const browser = await chromium.launch(existsSync(debianChromium) ? { executablePath: debianChromium, args: launchArgs } : {});
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = await sectionPageUrl(page);
    const section = await scriptBytes(page, url);
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

void main();
