import http from "node:http";
import { logRefusal, refusalBody, type RefusalKind } from "./refusals";

/**
 * The earliest point a request reaches: the Node.js server's "request" event, before Next.js reads a byte.
 * Three jobs that must happen before Next.js (which answers them with a 500, or trusts the client):
 * - a body larger than MAX_BODY_BYTES is refused with 413 from its Content-Length, without reading it;
 * - a path that is not valid percent-encoding (`/invite/%ZZ`) is refused with 400;
 * - with no trusted proxy, the forwarding headers a client sent are dropped, so Next.js writes the
 *   socket's own address into X-Forwarded-For (lib/security/client-address.ts).
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function checkRawRequest(method: string, url: string, contentLength: string | undefined): { status: number; kind: RefusalKind } | null {
  if (contentLength !== undefined && Number(contentLength) > MAX_BODY_BYTES) return { status: 413, kind: "body-too-large" };
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, kind: "malformed-path" };
  }
  return null;
}

/**
 * Headers only a trusted reverse proxy may set. With TRUST_PROXY=0 (no proxy) a client could write them to
 * choose its address (lockout, audit log) or the host and scheme the app builds URLs from.
 */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-real-ip", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

let installed = false;

export function installSocketGuard(trustedProxies: number): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function guardedEmit(this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = checkRawRequest(request.method ?? "GET", request.url ?? "/", request.headers["content-length"]);
      if (refusal) {
        logRefusal(refusal.kind, refusal.status, request.method ?? "GET", request.url ?? "/");
        response.writeHead(refusal.status, { "content-type": "application/json; charset=utf-8", connection: "close" });
        response.end(refusalBody(refusal.kind));
        request.resume();
        return true;
      }
      if (trustedProxies === 0) for (const name of FORWARDING_HEADERS) delete request.headers[name];
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof http.Server.prototype.emit;
}
