import 'server-only';
// Token secrets: 32 random bytes behind a recognisable prefix, shown once; only a SHA-256 hash is
// stored (a secret this long needs no slow hash: it cannot be guessed).
import { createHash, randomBytes } from 'node:crypto';
import { TOKEN_PREFIX } from './scopes';

/** How many characters of a secret are kept to tell tokens apart (prefix included). */
const SHOWN_CHARACTERS = 12;

/** A new token: the secret (to show once), what is stored of it, and its hash. */
export function newTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN_CHARACTERS), hash: hashTokenSecret(secret) };
}

/** The stored hash of a secret. */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
