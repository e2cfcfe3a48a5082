import { describe, expect, it } from 'vitest';
import { ONE_TIME_LINK_PLACEHOLDER, openLink, redactLink, restoreLink, sealLink } from './one-time-link';

const link = 'https://portal.example/sign-in/confirm?token=abcdef0123456789abcdef0123456789&email=a%40b.example&callbackUrl=%2Fdashboard';

describe('one-time links', () => {
  it('are sealed with the secret and opened only with it', () => {
    const sealed = sealLink(link, 'secret-of-enough-length');
    expect(sealed).not.toContain('abcdef0123456789');
    expect(openLink(sealed, 'secret-of-enough-length')).toBe(link);
    expect(() => openLink(sealed, 'another-secret-entirely')).toThrow();
  });

  it('are redacted from text and HTML, and put back as each needs', () => {
    const escaped = link.replace(/&/g, '&amp;');
    const parts = { text: `Sign in: ${link}`, html: `<a href="${escaped}">Sign in</a> or paste ${escaped}` };
    const stored = redactLink(parts, link);
    expect(stored.text).toBe(`Sign in: ${ONE_TIME_LINK_PLACEHOLDER}`);
    expect(stored.html).not.toContain('abcdef0123456789');
    expect(restoreLink(stored, link)).toEqual(parts);
  });

  it('refuse to store a copy in another form', () => {
    expect(() => redactLink({ text: encodeURIComponent(link), html: '' }, link)).toThrow(/outbox/);
  });
});
