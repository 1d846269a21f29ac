/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WebAssembly and native sockets at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "exceljs", "@citation-js/core", "@citation-js/plugin-ris", "@citation-js/plugin-bibtex"],
  poweredByHeader: false,
  // The stylesheet (3 kB gzip) arrives inside the HTML: a separate render-blocking request cost a phone a round trip
  // before the first paint (Lighthouse mobile, issue 11). The price: those 3 kB come with every page instead of once.
  experimental: { inlineCss: true },
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
