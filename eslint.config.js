import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  { ignores: ["generated/**", ".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...coreWebVitals,
  ...typescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // Links are plain anchors on purpose: every view renders per request, so next/link's prefetch could not be
      // reused, and each <Link> is a client component to hydrate (docs/decisions/0003-plain-links.md).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
];

export default config;
