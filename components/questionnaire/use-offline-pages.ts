"use client";

import { useEffect, useState } from "react";
import { inAppLinkTarget } from "@/components/layout/in-app-link";

/**
 * Registers the service worker (public/sw.js) and asks it to keep this page and its scripts, so that a
 * section opened once loads again offline. While offline, an in-app link to a kept page opens it from the
 * device; a link to a page never opened here is not followed and `isUnavailable` says why (online, the
 * layout's navigation indicator shows the next page is coming). `onLeave` runs on every in-app link click
 * (the form sends its waiting changes at once).
 */
export function useOfflinePages(onLeave: () => void) {
  const [isUnavailable, setUnavailable] = useState(false);

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
      const url = inAppLinkTarget(event);
      if (!url || (url.pathname === window.location.pathname && url.hash)) return;
      setUnavailable(false);
      onLeave();
      if (navigator.onLine) return;
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

  return { isUnavailable };
}
