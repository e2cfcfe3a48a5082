// The signed-in areas: where the proxy sends signed-out people to sign-in (the same paths its
// matcher listed before it ran on every page). /mct/applications/accept/... stays open: the emailed
// link of a provider-started application signs people in itself.
const SIGNED_IN_AREAS = ['/dashboard', '/nominations', '/evidence', '/reviews', '/outcomes', '/awards', '/provider', '/profile', '/admin'];

/** Whether the sign-in redirect applies to a path. */
export function requiresSignIn(pathname: string): boolean {
  if (pathname === '/mct') return true;
  if (pathname.startsWith('/mct/')) return !pathname.startsWith('/mct/applications/accept');
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}
