/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WebAssembly and native sockets at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "exceljs", "@citation-js/core", "@citation-js/plugin-ris", "@citation-js/plugin-bibtex"],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
