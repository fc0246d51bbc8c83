import type { Instrumentation } from "next";

// Runs once when the server starts: a misconfigured environment stops start-up with a clear message
// instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@/lib/env");
    const env = getEnv();
    const { installSocketGuard } = await import("@/lib/security/socket-guard");
    installSocketGuard(env.TRUST_PROXY);
    const { installGracefulShutdown } = await import("@/lib/ops/graceful-shutdown");
    installGracefulShutdown();
  }
}

/**
 * Every error a request ends in (page, route handler, server action, proxy): one JSON line with the
 * request id, the route and the error, never the request's body, query string or headers.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorFields, logger } = await import("@/lib/log/logger");
  const { REQUEST_ID_HEADER } = await import("@/lib/log/request-id");
  const requestId = request.headers[REQUEST_ID_HEADER];
  logger.error(
    {
      event: "request-error",
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      err: errorFields(error),
    },
    "request failed",
  );
};
