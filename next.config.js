/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Pages get these and their Content-Security-Policy from proxy.ts; the API and assets get these.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  typedRoutes: false,
  experimental: {
    // forbidden() and forbidden.tsx: a page a role may not see answers 403 (server/page-guard.ts).
    authInterrupts: true,
    // The largest form is a report's text (1 MB); imports go to POST /api/v1/import, which has its
    // own limit. Keep in step with SERVER_ACTION_LIMIT in lib/http/body-limits.ts.
    serverActions: { bodySizeLimit: "3mb" },
  },
};

module.exports = nextConfig;
