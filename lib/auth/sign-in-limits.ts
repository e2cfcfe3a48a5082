import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { AuthError, CredentialsSignin } from 'next-auth';
import { clientIp, hitRateLimits, refundRateLimit, type RateLimitCheck } from '@/lib/security/rate-limit';

// Rate limits of the two sign-in paths, applied inside Auth.js (authorize, sendVerificationRequest)
// so they hold for the sign-in forms and for direct POSTs to /api/auth alike. The limits count the
// same way whether or not an account exists, so a refusal says nothing about the address.

/** A password sign-in refused by a rate limit; the sign-in action turns it into the form's message. */
export class PasswordSignInLimited extends CredentialsSignin {
  override code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.name = 'PasswordSignInLimited';
  }
}

/** An emailed sign-in link refused by a rate limit. */
export class SignInLinkLimited extends AuthError {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in links requested');
    this.name = 'SignInLinkLimited';
  }
}

/** Counts a password attempt for the address and the client IP; throws when either is over. The
 * caller refunds the hits when the password was right, so only failures add up. */
export async function limitPasswordAttempt(email: string, headers: Headers): Promise<Extract<RateLimitCheck, { allowed: true }>> {
  const check = await hitRateLimits([
    ['sign-in:email', email],
    ['sign-in:ip', clientIp(headers)],
  ]);
  if (!check.allowed) throw new PasswordSignInLimited(check.retryAfterSeconds);
  return check;
}

/** Gives back the hits of a successful password sign-in. */
export async function refundPasswordAttempt(check: Extract<RateLimitCheck, { allowed: true }>): Promise<void> {
  await Promise.all(check.hits.map((hit) => refundRateLimit(hit)));
}

// A link counted before the work that leads to it (sign-up counts, then creates the account, then
// sends): Auth.js's sendVerificationRequest, further down the same call, does not count it again.
const countedLink = new AsyncLocalStorage<{ email: string }>();

/** Counts a sign-in link for the address and the client IP; throws when either is over. */
export async function limitSignInLink(email: string, headers: Headers): Promise<void> {
  if (countedLink.getStore()?.email === email) return;
  const check = await hitRateLimits([
    ['sign-in-link:email', email],
    ['sign-in-link:ip', clientIp(headers)],
  ]);
  if (!check.allowed) throw new SignInLinkLimited(check.retryAfterSeconds);
}

/** Counts a sign-in link first, then runs `work` (which sends it): a refused attempt does nothing. */
export async function withSignInLinkCounted<T>(email: string, headers: Headers, work: () => Promise<T>): Promise<T> {
  await limitSignInLink(email, headers);
  return countedLink.run({ email }, work);
}
