import http from "node:http";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/log/request-id";
import { isWellFormedActionBody } from "./action-payload";
import { logRefusal, refusalBody, type RefusalKind } from "./refusals";

/**
 * The earliest point a request reaches: the Node.js server's "request" event, before Next.js reads a byte.
 * Jobs that must happen before Next.js (which answers them with a 500, or trusts the client):
 * - every request gets its X-Request-Id (lib/log/request-id.ts), on the request and on the response (not on
 *   the content-hashed build files, see echoesRequestId);
 * - a body larger than MAX_BODY_BYTES is refused with 413: from its Content-Length without reading it, or,
 *   for a chunked body (no Content-Length), when the count passes the limit;
 * - a path that is not valid percent-encoding (`/invite/%ZZ`) is refused with 400;
 * - a server-action POST whose body React's decoder cannot read (lib/security/action-payload.ts) is refused
 *   with 400 (Next.js 16 answers it with a 500 and logs the payload);
 * - with no trusted proxy, the forwarding headers a client sent are dropped, so Next.js writes the
 *   socket's own address into X-Forwarded-For (lib/security/client-address.ts).
 * Bodies that must be read first (chunked ones, server actions, both at most 2 MB) are buffered here and
 * handed to Next.js as an ordinary request with a Content-Length.
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
 * Whether the response repeats the request id. Not for /_next/static/*: those immutable build files are
 * cached for a year by browsers, CDNs and the service worker (public/sw.js), nothing is logged for them,
 * so an id on them would name no log line and only add its bytes to every script of every page (about
 * 0.5 KiB per section page). The id stays on the request, for a refusal's log line.
 */
export function echoesRequestId(url: string): boolean {
  return !url.startsWith("/_next/static/");
}

/** A server action posted by a page's script carries its id in Next-Action (a no-script form post does not). */
export function isActionPost(request: Pick<http.IncomingMessage, "method" | "headers">): boolean {
  return request.method === "POST" && request.headers["next-action"] !== undefined;
}

function mustBuffer(request: http.IncomingMessage): boolean {
  const chunked = request.headers["content-length"] === undefined && request.headers["transfer-encoding"] !== undefined;
  return chunked || isActionPost(request);
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
    if (event !== "request") return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const requestId = resolveRequestId(request.headers[REQUEST_ID_HEADER], trustedProxies);
    request.headers[REQUEST_ID_HEADER] = requestId;
    if (echoesRequestId(request.url ?? "/")) response.setHeader(REQUEST_ID_HEADER, requestId);
    const refuse = (kind: RefusalKind, status: number) => {
      logRefusal(kind, status, request.method ?? "GET", request.url ?? "/", requestId);
      if (response.headersSent) return response.destroy();
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", connection: "close" });
      response.end(refusalBody(kind));
      request.resume();
    };
    const refusal = checkRawRequest(request.method ?? "GET", request.url ?? "/", request.headers["content-length"]);
    if (refusal) {
      refuse(refusal.kind, refusal.status);
      return true;
    }
    if (trustedProxies === 0) for (const name of FORWARDING_HEADERS) delete request.headers[name];
    if (!mustBuffer(request)) return Reflect.apply(emit, this, [event, ...args]) as boolean;

    void readBody(request).then(
      async (body) => {
        if (body === "too-large") return refuse("body-too-large", 413);
        if (isActionPost(request) && !(await isWellFormedActionBody(request.headers["content-type"], body))) return refuse("malformed-action", 400);
        Reflect.apply(emit, this, [event, replayWithBody(request, body), response]);
      },
      () => request.destroy(),
    );
    return true;
  } as typeof http.Server.prototype.emit;
}

/** The whole body, or "too-large" as soon as it passes MAX_BODY_BYTES (the rest is then not kept). */
function readBody(request: http.IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners("data");
        request.resume();
        resolve("too-large");
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** The request as Next.js expects it, its body already read: same socket, headers, method and URL. */
function replayWithBody(original: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  const headers = { ...original.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
