/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // forbidden() and forbidden.tsx: a page a role may not see answers 403 (server/page-guard.ts).
    authInterrupts: true,
    // The admin import of SPEC §6 accepts whole track records (the ForecastBench sample is 2.2 MB).
    serverActions: { bodySizeLimit: "25mb" },
  },
};

module.exports = nextConfig;
