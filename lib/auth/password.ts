import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with Argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against an Argon2id hash; false for a malformed hash rather than throwing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random password nobody knows, made once per process with the same options: checked
// when there is no account (or no password) so that a wrong address takes as long as a wrong
// password, and the answer's timing does not tell whether an address has an account.
let decoyHash: Promise<string> | undefined;

/** Spends the time one password check takes, against the decoy hash; always false. */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hash(crypto.randomUUID(), OPTIONS);
  await verifyPassword(await decoyHash, password);
  return false;
}
