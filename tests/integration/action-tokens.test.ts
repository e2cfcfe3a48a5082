import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consumeActionToken, hashToken, issueActionToken, peekActionToken } from '@/lib/auth/action-tokens';
import { signInUrlFor } from '@/lib/auth/link-sign-in';
import { prisma } from '@/lib/db';
import { uniqueEmail } from '@/tests/support/factories';

const issue = (expiresAt: Date, email = uniqueEmail('invitee')) =>
  prisma.$transaction((tx) => issueActionToken(tx, { purpose: 'NOMINATION_INVITE', email, subjectId: randomUUID(), expiresAt }));

describe('single-use link tokens', () => {
  it('stores only a hash of the token', async () => {
    const raw = await issue(new Date(Date.now() + 60_000));
    expect(await prisma.actionToken.count({ where: { tokenHash: raw } })).toBe(0);
    expect(await prisma.actionToken.count({ where: { tokenHash: hashToken(raw) } })).toBe(1);
  });

  it('works once, then says it was used', async () => {
    const raw = await issue(new Date(Date.now() + 60_000));
    expect((await consumeActionToken(raw, 'NOMINATION_INVITE')).status).toBe('valid');
    expect((await consumeActionToken(raw, 'NOMINATION_INVITE')).status).toBe('used');
  });

  it('gives exactly one of many simultaneous followers the valid link', async () => {
    const raw = await issue(new Date(Date.now() + 60_000));
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeActionToken(raw, 'NOMINATION_INVITE')));
    expect(results.filter((r) => r.status === 'valid')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'used')).toHaveLength(9);
  });

  it('refuses an expired token without using it up', async () => {
    const raw = await issue(new Date(Date.now() - 1000));
    expect((await consumeActionToken(raw, 'NOMINATION_INVITE')).status).toBe('expired');
    const row = await prisma.actionToken.findUniqueOrThrow({ where: { tokenHash: hashToken(raw) } });
    expect(row.usedAt).toBeNull();
  });

  it('does not accept a token for another purpose, or a made-up one', async () => {
    const raw = await issue(new Date(Date.now() + 60_000));
    expect((await consumeActionToken(raw, 'MCT_APPLICATION_ACCEPT')).status).toBe('unknown');
    expect((await consumeActionToken('made-up-token', 'NOMINATION_INVITE')).status).toBe('unknown');
  });

  // Mail scanners open emailed links before people do: opening a link peeks, only confirming consumes.
  it('can be peeked at any number of times without being used up, then works once', async () => {
    const email = uniqueEmail('invitee');
    const raw = await issue(new Date(Date.now() + 60_000), email);
    const peeked = await peekActionToken(raw, 'NOMINATION_INVITE');
    expect(peeked).toMatchObject({ status: 'valid', email });
    expect(await peekActionToken(raw, 'NOMINATION_INVITE')).toEqual(peeked);
    expect((await prisma.actionToken.findUniqueOrThrow({ where: { tokenHash: hashToken(raw) } })).usedAt).toBeNull();

    expect(await consumeActionToken(raw, 'NOMINATION_INVITE')).toEqual(peeked);
    expect((await consumeActionToken(raw, 'NOMINATION_INVITE')).status).toBe('used');
    expect(await peekActionToken(raw, 'NOMINATION_INVITE')).toEqual({ ...peeked, status: 'used' });
  });

  it('peeks the same answers as it consumes for expired, foreign and made-up tokens', async () => {
    const expired = await issue(new Date(Date.now() - 1000));
    expect((await peekActionToken(expired, 'NOMINATION_INVITE')).status).toBe('expired');
    const raw = await issue(new Date(Date.now() + 60_000));
    expect(await peekActionToken(raw, 'MCT_APPLICATION_ACCEPT')).toEqual({ status: 'unknown' });
    expect(await peekActionToken('made-up-token', 'NOMINATION_INVITE')).toEqual({ status: 'unknown' });
    // A link is valid until the moment it expires, as consumeActionToken counts it.
    const row = await prisma.actionToken.findUniqueOrThrow({ where: { tokenHash: hashToken(raw) } });
    expect((await peekActionToken(raw, 'NOMINATION_INVITE', row.expiresAt)).status).toBe('expired');
    expect((await consumeActionToken(raw, 'NOMINATION_INVITE', row.expiresAt)).status).toBe('expired');
    expect((await peekActionToken(raw, 'NOMINATION_INVITE')).status).toBe('valid');
  });
});

describe('sign-in URLs for links that prove an address', () => {
  it('points at the email-link callback and stores an Auth.js verification token for that address', async () => {
    const email = uniqueEmail('nominee');
    const url = new URL(await signInUrlFor(email, '/nominations/abc'), 'http://portal.test');
    expect(url.pathname).toBe('/api/auth/callback/nodemailer');
    expect(url.searchParams.get('email')).toBe(email);
    expect(url.searchParams.get('callbackUrl')).toBe('/nominations/abc');
    const token = url.searchParams.get('token')!;
    const stored = await prisma.verificationToken.findMany({ where: { identifier: email } });
    expect(stored).toHaveLength(1);
    // Hashed as Auth.js hashes its own, never stored raw.
    expect(stored[0]!.token).not.toBe(token);
    expect(stored[0]!.expires.getTime()).toBeGreaterThan(Date.now());
  });
});
