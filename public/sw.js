// The questionnaire's service worker: an assessment's pages, once opened, load offline.
// - /_next/static/* (content-hashed, never change): cache first.
// - Page loads of /assessments/*: network first; the last good copy is kept and served when offline.
// - The page itself asks to keep a copy of sections it reaches by in-app navigation ("cache-page").
// - Opening the sign-in page (signed out, or another person) forgets every kept page.
// Answers typed offline are not kept here but in IndexedDB (components/questionnaire/outbox-store.ts).
const PAGES = "pes-pages-v1";
const ASSETS = "pes-assets-v1";

const isAssessmentPage = (url) => url.origin === self.location.origin && /^\/assessments\/[^/]+(\/|$)/.test(url.pathname);

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

async function keepPage(request, response) {
  if (response.ok && !response.redirected && response.headers.get("content-type")?.includes("text/html")) {
    const cache = await caches.open(PAGES);
    await cache.put(new URL(request.url).pathname, response.clone());
  }
  return response;
}

async function pageFirstFromNetwork(request) {
  try {
    return await keepPage(request, await fetch(request));
  } catch (error) {
    const kept = await caches.match(new URL(request.url).pathname, { cacheName: PAGES });
    if (kept) return kept;
    throw error;
  }
}

async function assetFromCache(request) {
  const kept = await caches.match(request, { cacheName: ASSETS });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) return event.respondWith(assetFromCache(request));
  if (request.mode !== "navigate") return;
  if (url.pathname === "/sign-in") {
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (isAssessmentPage(url)) event.respondWith(pageFirstFromNetwork(request));
});

self.addEventListener("message", (event) => {
  const { type, url, assets } = event.data ?? {};
  if (type !== "cache-page" || typeof url !== "string") return;
  event.waitUntil(
    (async () => {
      const target = new URL(url, self.location.origin);
      if (!isAssessmentPage(target)) return;
      const cache = await caches.open(PAGES);
      if (!(await cache.match(target.pathname))) {
        await keepPage(new Request(target.pathname), await fetch(target.pathname, { credentials: "same-origin" })).catch(() => {});
      }
      const assetCache = await caches.open(ASSETS);
      for (const asset of Array.isArray(assets) ? assets : []) {
        if (typeof asset === "string" && new URL(asset).pathname.startsWith("/_next/static/") && !(await assetCache.match(asset))) {
          await assetCache.add(asset).catch(() => {});
        }
      }
    })(),
  );
});
