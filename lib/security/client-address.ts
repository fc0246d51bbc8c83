/**
 * The address a request came from (lockout, audit log). OWASP ASVS 7.1 / 11.1: a client must not choose it.
 *
 * TRUST_PROXY is the number of reverse proxies in front of the app that append the address they saw to
 * X-Forwarded-For (0, the default: none). With none, the server drops whatever X-Forwarded-For a client
 * sent and Next.js writes the socket's address there (lib/security/socket-guard.ts); behind N proxies, the
 * address the outermost proxy saw is the N-th entry from the right: entries to its left were written by
 * the client and are ignored.
 */
export function clientAddress(headers: Pick<Headers, "get">, trustedProxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = Math.max(trustedProxies, 1);
  const address = entries.length >= hops ? entries[entries.length - hops] : entries[0];
  return normaliseAddress(address);
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client; anything that is not an address is "unknown". */
function normaliseAddress(address: string | undefined): string {
  if (!address) return "unknown";
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return /^[0-9a-f.:]{2,45}$/i.test(plain) ? plain.toLowerCase() : "unknown";
}
