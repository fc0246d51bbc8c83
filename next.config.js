// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Metadata is resolved before the page streams, for every client (by default only for some bots): record
  // pages look their record up in generateMetadata, so an unknown id answers a real 404 status (a 404
  // thrown after streaming began would go out as 200), and each page's title is in the first bytes.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["better-sqlite3", "@react-pdf/renderer", "pg"],
};

module.exports = withNextIntl(nextConfig);
