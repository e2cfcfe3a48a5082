// The Content-Security-Policy of every page (set per request by proxy.ts) and the static security
// headers of every response (next.config.ts). No 'server-only': the proxy and next.config use it.

/** A fresh random nonce, base64 (16 bytes). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Origins a sign-in form redirects to: Microsoft's when Entra ID is configured. */
export function signInFormTargets(env: Record<string, string | undefined>): string[] {
  return env.AUTH_MICROSOFT_ENTRA_ID_ID ? ['https://login.microsoftonline.com'] : [];
}

/** The policy for one response. Scripts: only Next's own, carrying this request's nonce
 * ('strict-dynamic' lets them load their chunks). Styles: 'unsafe-inline' is needed for the style
 * attributes React, Next and recharts write (styles cannot run code); 'unsafe-eval' only in
 * development, where React's dev tools need it. Frames: same origin and srcdoc only (the admin's
 * sandboxed email preview). */
export function contentSecurityPolicy(
  nonce: string,
  { isDev = false, formTargets = [] }: { isDev?: boolean; formTargets?: string[] } = {},
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Where a form may go, redirects included: here, and the identity provider's sign-in page when
    // Microsoft Entra ID is configured (its sign-in form redirects there).
    ["form-action 'self'", ...formTargets].join(' '),
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** HSTS: two years, subdomains included (browsers ignore it over plain http). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** Headers every response carries (next.config.ts `headers()`); HSTS only in production. */
export function staticSecurityHeaders({ isProduction }: { isProduction: boolean }): { key: string; value: string }[] {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // For browsers without CSP frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
  if (isProduction) headers.push({ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY });
  return headers;
}
