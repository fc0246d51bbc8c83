import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";

/**
 * The caller's address (lockout, rate limits, audit log): the socket's, or the one the trusted reverse
 * proxies report (TRUST_PROXY); never what the client wrote itself (lib/security/client-address.ts).
 */
export function clientIp(request: { headers: Headers } | undefined): string {
  return request ? clientAddress(request.headers, getEnv().TRUST_PROXY) : "unknown";
}
