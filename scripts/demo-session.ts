// A demo account's session cookie, through the portal's real password sign-in (the bench and Lighthouse
// runs sign in as people do; demo accounts only, DEMO_MODE deployments).
export const DEMO_PASSWORD = 'demo-password-2026';

/** Signs `email` in at `base` and returns its session cookie ("name=value"). */
export async function demoSession(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: '/dashboard' }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.includes('session-token='));
  if (!session) throw new Error(`could not sign in as ${email} at ${base} (status ${res.status})`);
  return session;
}
