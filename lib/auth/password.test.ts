import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDecoyPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with Argon2id and verifies the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
  });

  it('refuses a wrong password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
  });

  it('returns false for a malformed hash instead of throwing', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
    await expect(verifyPassword('', 'anything')).resolves.toBe(false);
    await expect(verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$broken', 'anything')).resolves.toBe(false);
  });

  it('checks a password against a decoy hash when there is no account, and never accepts it', async () => {
    // The sign-in of an unknown address spends one Argon2id check too (lib/auth/config.ts), so its
    // answer takes as long as a wrong password's; whatever is typed, the decoy refuses it.
    await expect(verifyDecoyPassword('demo-password-2026')).resolves.toBe(false);
    await expect(verifyDecoyPassword('')).resolves.toBe(false);
  });
});
