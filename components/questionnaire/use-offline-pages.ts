"use client";

import { useEffect, useState } from "react";

/**
 * Registers the service worker (public/sw.js) and asks it to keep this page and its scripts, so that a
 * section opened once loads again offline. While offline, an in-app link to a kept page opens it from the
 * device; a link to a page never opened here is not followed and `isUnavailable` says why. While online,
 * `isNavigating` is true from a link click until the next page replaces this one. `onLeave` runs on every
 * in-app link click (the form sends its waiting changes at once).
 */
export function useOfflinePages(onLeave: () => void) {
  const [isUnavailable, setUnavailable] = useState(false);
  const [isNavigating, setNavigating] = useState(false);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const keepThisPage = (registration: ServiceWorkerRegistration) => {
      const assets = performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => name.includes("/_next/static/"));
      registration.active?.postMessage({ type: "cache-page", url: window.location.pathname, assets });
    };
    navigator.serviceWorker.register("/sw.js").catch(() => {});
    void navigator.serviceWorker.ready.then(keepThisPage);
  }, []);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.hash)) return;
      setUnavailable(false);
      onLeave();
      if (navigator.onLine) return setNavigating(true);
      event.preventDefault();
      event.stopPropagation();
      void (typeof caches === "undefined" ? Promise.resolve(undefined) : caches.match(url.pathname)).then((kept) => {
        if (kept) window.location.assign(url.pathname + url.hash);
        else setUnavailable(true);
      });
    };
    const onOnline = () => setUnavailable(false);
    document.addEventListener("click", onClick, true);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("online", onOnline);
    };
  }, [onLeave]);

  return { isUnavailable, isNavigating };
}
