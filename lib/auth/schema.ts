import { z } from 'zod';
import { isValidTimeZone } from '@/lib/dates';
import { LOCALES } from '@/lib/i18n/locales';

export const emailField = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .max(320, 'That email address is too long')
  .email('Enter an email address like name@example.com')
  .transform((e) => e.toLowerCase());

const callbackUrl = z.string().max(500).optional();

export const passwordSignInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password').max(200, 'That password is too long'),
  callbackUrl,
});
export type PasswordSignInInput = z.input<typeof passwordSignInSchema>;

export const emailSignInSchema = z.object({ email: emailField, callbackUrl });
export type EmailSignInInput = z.input<typeof emailSignInSchema>;

export const signUpSchema = z.object({
  name: z.string().trim().min(2, 'Enter your full name').max(200, 'Keep your name under 200 characters'),
  email: emailField,
  /** The browser's time zone, filled in by the form: deadlines are then shown in it from the first
   * page. Anything unknown is dropped (the first visit offers the browser's zone again). */
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v && isValidTimeZone(v) ? v : undefined))
    .catch(undefined),
  /** The language of the page the person signed up on: their emails are written in it. */
  locale: z.enum(LOCALES).optional().catch(undefined),
});
export type SignUpInput = z.input<typeof signUpSchema>;

// Any origin will do for resolving a path: only whether the result stays on it matters.
const PROBE_ORIGIN = 'https://portal.invalid';
const FALLBACK = '/dashboard';

/** The path a parsed URL names, when it stays on `origin` and reads as a path (never "//host"). */
function pathOn(url: URL, origin: string): string | null {
  if (url.origin !== origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') ? path : null;
}

/** Only same-site paths are followed after sign-in, never another origin. The value is parsed as a
 * browser would (URL drops tabs and newlines anywhere, reads a backslash as a slash), relative to an
 * origin, and kept only when it stays there; so is its percent-decoded form, in case anything decodes
 * it once more. Absolute URLs of `trustedOrigins` (the portal's own) become their path. */
export function safeCallbackUrl(url: string | undefined, trustedOrigins: readonly string[] = []): string {
  if (!url) return FALLBACK;
  let absolute: URL | null = null;
  try {
    absolute = /^[a-z][a-z0-9+.-]*:/i.test(url) ? new URL(url) : null;
  } catch {
    return FALLBACK;
  }
  if (absolute) return trustedOrigins.includes(absolute.origin) ? (pathOn(absolute, absolute.origin) ?? FALLBACK) : FALLBACK;
  // Only a path: "evil.example" or " //evil" are not.
  if (!url.startsWith('/')) return FALLBACK;
  try {
    const path = pathOn(new URL(url, PROBE_ORIGIN), PROBE_ORIGIN);
    if (path === null) return FALLBACK;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return path;
    }
    return pathOn(new URL(decoded, PROBE_ORIGIN), PROBE_ORIGIN) === null ? FALLBACK : path;
  } catch {
    return FALLBACK;
  }
}
