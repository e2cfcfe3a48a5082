// No password or token in any log, in any mode (issue 15). The development server logs each request's
// URL and, by default, each server action's arguments (passwords included); our own error logs print
// whatever an error carries.
import { defaultConfig } from 'next/dist/server/config-shared';
import { ignoreLoggingIncomingRequests } from 'next/dist/server/dev/log-requests';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nextConfig from '@/next.config';
import { logError, redactSecrets } from './logging';

const effective = { ...defaultConfig.logging, ...(nextConfig.logging || {}) };

describe('the development server’s request log', () => {
  it('does not print server action arguments', () => {
    expect(effective.serverFunctions).toBe(false);
  });

  it.each([
    '/sign-in/confirm?token=abc123&email=a%40b.example',
    '/api/auth/callback/nodemailer?callbackUrl=%2Fdashboard&token=abc123&email=a%40b.example',
    '/invitations/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd',
    '/mct/applications/accept/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd',
    '/unsubscribe/0192f0c4-1111-7000-8000-000000000001.signature',
    '/api/unsubscribe/0192f0c4-1111-7000-8000-000000000001.signature',
  ])('leaves out URLs that carry a token: %s', (url) => {
    expect(ignoreLoggingIncomingRequests({ url } as never, effective as never)).toBe(true);
  });

  it('still logs ordinary pages', () => {
    expect(ignoreLoggingIncomingRequests({ url: '/dashboard' } as never, effective as never)).toBe(false);
    expect(ignoreLoggingIncomingRequests({ url: '/invitations/link-problem?reason=expired' } as never, effective as never)).toBe(false);
  });
});

describe('our own error logs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('redact passwords, tokens and one-time links from what an error carries', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    const secret = 'hunter2-correct-horse';
    logError(
      '[action] unexpected error',
      new Error(
        `Invalid input { email: "a@b.example", password: "${secret}" } at /sign-in/confirm?token=0123456789abcdef0123456789abcdef&email=x /invitations/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd`,
      ),
    );
    const out = printed.join('\n');
    expect(out).toContain('[action] unexpected error');
    expect(out).not.toContain(secret);
    expect(out).not.toContain('0123456789abcdef0123456789abcdef');
    expect(out).not.toContain('AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
  });

  it('keep ids and ordinary words', () => {
    expect(redactSecrets('nomination 0192f0c4-1111-7000-8000-000000000001 was not found')).toBe(
      'nomination 0192f0c4-1111-7000-8000-000000000001 was not found',
    );
  });
});
