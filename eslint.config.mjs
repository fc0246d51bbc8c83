import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  // Playwright fixtures are plain async functions, not React hooks, whatever their names.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  // next.config.js stays CommonJS (Next.js loads it without a build step).
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
