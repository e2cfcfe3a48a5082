// The unsubscribe link's token: the person's id and an HMAC of it under AUTH_SECRET, bound to its
// purpose so no other signed value of ours passes for it. It never expires and needs no database row:
// a link in a years-old email must still work, and unsubscribing is harmless to repeat.
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'unsubscribe-optional-emails:v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const mac = (userId: string, secret: string) => createHmac('sha256', secret).update(`${PURPOSE}:${userId}`).digest('base64url');

/** A token that lets its holder unsubscribe this person from optional emails. */
export function signUnsubscribeToken(userId: string, secret: string): string {
  return `${userId}.${mac(userId, secret)}`;
}

/** The person a token was made for, or null when it was not made with this secret (tampered, cut
 * short, or made up). */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const dot = token.indexOf('.');
  if (dot < 0 || token.length > 200) return null;
  const userId = token.slice(0, dot).toLowerCase();
  if (!UUID.test(userId)) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(userId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
