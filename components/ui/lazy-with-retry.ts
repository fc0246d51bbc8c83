import { lazy, type ComponentType } from "react";

/**
 * React.lazy for a part the page shows later, if ever (a notice, a banner): its script is fetched the first
 * time it renders instead of with every page. A failed fetch (a flaky line) is tried again every 5 s rather
 * than thrown to the error boundary, which would replace the whole page; meanwhile the part's Suspense
 * fallback stands in for it.
 */
export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>) {
  const attempt = (): Promise<{ default: ComponentType<P> }> =>
    load().then(
      (component) => ({ default: component }),
      () => new Promise((resolve) => setTimeout(() => resolve(attempt()), 5_000)),
    );
  return lazy(attempt);
}
