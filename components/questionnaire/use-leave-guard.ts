"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * In-app links unmount the form without a `beforeunload`: while answers are unsaved, a click on a link
 * first sends them; if some still cannot be saved (offline), the user is asked before leaving.
 */
export function useLeaveGuard(hasUnsaved: () => boolean, flushAll: () => Promise<boolean>, warning: string) {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || !hasUnsaved()) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.hash) return; // an anchor on this page
      event.preventDefault();
      event.stopPropagation();
      void flushAll().then((saved) => {
        if (saved || window.confirm(warning)) router.push(url.pathname + url.search + url.hash);
      });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [hasUnsaved, flushAll, warning, router]);
}
