"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { inAppLinkTarget } from "./in-app-link";

/**
 * "Loading…" while a client-side navigation is under way (a click on a link to another page of the app),
 * gone as soon as the new page's URL is current. It replaces a root loading.tsx: a Suspense boundary above
 * every page would commit a 200 status before a page could answer 404 for an unknown record.
 */
export function NavigationStatus({ label }: { label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const current = search ? `${pathname}?${search}` : pathname;
  // The URL the navigation started from: pending until the URL changes.
  const [pendingFrom, setPendingFrom] = useState<string | null>(null);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const url = inAppLinkTarget(event);
      if (!url || url.pathname.startsWith("/api/")) return;
      const from = `${window.location.pathname}${window.location.search}`;
      if (`${url.pathname}${url.search}` !== from) setPendingFrom(from);
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  if (pendingFrom !== current) return null;
  return (
    <div role="status" className="fixed inset-x-0 top-0 z-50 bg-brand-700 px-4 py-1 text-center text-sm text-white">
      {label}
    </div>
  );
}
