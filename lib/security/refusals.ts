import { logger } from "@/lib/log/logger";

/**
 * Refusals of malformed requests (OWASP ASVS 7.1 / 12.1): a clear 4xx with a message, logged once as one
 * JSON line without the payload (no body, no query string, no header values), never a 500.
 */
export type RefusalKind = "malformed-path" | "body-too-large" | "malformed-action" | "cross-site";

export const REFUSAL_MESSAGES: Record<RefusalKind, string> = {
  "malformed-path": "The address is malformed. Check the link and try again.",
  "body-too-large": "The request is too large. Send a smaller file or less text at a time.",
  "malformed-action": "The request could not be read. Reload the page and try again.",
  "cross-site": "This request must come from the application's own pages.",
};

/** The first path segment only: enough to find the route, never the (possibly hostile) rest. */
export function routeHint(path: string): string {
  const first = /^\/[A-Za-z0-9_.-]{0,40}/.exec(path)?.[0] ?? "/";
  return first;
}

export function logRefusal(kind: RefusalKind, status: number, method: string, path: string, requestId?: string): void {
  logger.warn({ event: "refused", status, kind, method: method.slice(0, 10), route: routeHint(path), requestId }, `refused ${status} ${kind}`);
}

export function refusalBody(kind: RefusalKind): string {
  return JSON.stringify({ error: kind, message: REFUSAL_MESSAGES[kind] });
}
