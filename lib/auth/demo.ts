// The demo accounts' shared password (README › Demo accounts). It is public, so it opens nothing
// on a real deployment: under NODE_ENV=production it is refused unless DEMO_MODE=1 says the server is
// a demo or test deployment (lib/env.ts isDemoAllowed), and the seed refuses to load there.

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo-password-2026';

/** Whether a password is the demo password and this server does not allow it. */
export function isRefusedDemoPassword(password: string, demoAllowed: boolean): boolean {
  return !demoAllowed && password === DEMO_PASSWORD;
}
