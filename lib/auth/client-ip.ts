/** The caller's address as the reverse proxy reports it (lockout and rate limits count per address). */
export function clientIp(request: { headers: Headers } | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}
