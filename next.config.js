// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// The catalogues (lib/i18n/messages/<locale>/<namespace>.json) are compiled at build time (icu-minify), so the
// browser gets no ICU message parser (about 9 KiB gzipped on every page), only a small formatter of the compiled
// form; the server formats the same compiled messages. `t.raw` is not available with compiled messages.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Metadata is resolved before the page streams, for every client (by default only for some bots): record
  // pages look their record up in generateMetadata, so an unknown id answers a real 404 status (a 404
  // thrown after streaming began would go out as 200), and each page's title is in the first bytes.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["better-sqlite3", "@react-pdf/renderer", "pg"],
  // A dataset import may carry 500,000 characters (IMPORT_TEXT_MAX_LENGTH), up to 1.5 MB of UTF-8 (Thai);
  // the socket guard answers anything above 2 MB with a 413 before Next.js reads it (lib/security/socket-guard.ts).
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  // The autosave, session and health JSON routes skip proxy.ts (no session cookie rewritten on every save), so they
  // get their security headers here: JSON never needs scripts, styles or frames.
  async headers() {
    const headers = [
      { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      { source: "/api/assessments/:path*", headers },
      { source: "/api/session", headers },
      { source: "/api/health", headers },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
