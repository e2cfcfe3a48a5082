import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeHtml, renderTemplate } from './index';

describe('escapeHtml', () => {
  it('escapes every character that could break out of text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('leaves plain text alone', () => {
    expect(escapeHtml('Azure > Kubernetes')).toBe('Azure &gt; Kubernetes');
    expect(escapeHtml('Casey Candidate')).toBe('Casey Candidate');
  });
});

describe('auth.sign-in-link', () => {
  afterEach(() => vi.useRealTimers());

  const now = new Date('2026-11-22T12:00:00Z');
  const url = 'http://localhost:3000/api/auth/callback/nodemailer?token=abc123&email=casey%40example.test';

  it('puts the link in the plain-text part as it is, and says when it expires', () => {
    vi.useFakeTimers({ now });
    const email = renderTemplate('auth.sign-in-link', { url, expires: new Date(now.getTime() + 15 * 60_000) });
    expect(email.subject).toMatch(/sign-in link/i);
    expect(email.text).toContain(url);
    expect(email.text).toContain('15 minutes');
  });

  it('links the button to the same address in the HTML part, with & escaped', () => {
    vi.useFakeTimers({ now });
    const email = renderTemplate('auth.sign-in-link', { url, expires: new Date(now.getTime() + 15 * 60_000) });
    expect(email.html).toContain(`href="${url.replace('&', '&amp;')}"`);
    expect(email.html).toContain('15 minutes');
  });

  it('cannot be made to inject markup through the link', () => {
    vi.useFakeTimers({ now });
    const hostile = 'https://portal.example/"><script>alert(1)</script>';
    const email = renderTemplate('auth.sign-in-link', { url: hostile, expires: new Date(now.getTime() + 60_000) });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('speaks of hours for long-lived links', () => {
    vi.useFakeTimers({ now });
    const email = renderTemplate('auth.sign-in-link', { url, expires: new Date(now.getTime() + 24 * 3_600_000) });
    expect(email.text).toContain('24 hours');
  });
});
