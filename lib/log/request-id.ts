import { randomUUID } from "node:crypto";

/**
 * Every request carries an X-Request-Id: the one a trusted reverse proxy set (nginx `$request_id`, a load
 * balancer's trace id) or a new UUID. The socket guard stamps it on the request before Next.js reads it and
 * on the response, so the proxy, pages, actions, route handlers and the request-error hook log the same id,
 * and a user's support ticket (or the proxy's access log) leads to the server's lines.
 * A client that is not a trusted proxy cannot choose it: ids are believed only when TRUST_PROXY > 0.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const SAFE_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export function resolveRequestId(incoming: string | string[] | undefined, trustedProxies: number): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  if (trustedProxies > 0 && value !== undefined && SAFE_ID.test(value)) return value;
  return randomUUID();
}

/** The request id of the current request, or undefined outside one (scripts, tests, start-up). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
