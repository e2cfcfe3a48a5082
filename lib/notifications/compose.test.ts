import { describe, expect, it } from 'vitest';
import { composeOutgoing } from './compose';
import { renderTemplate } from './templates';
import { verifyUnsubscribeToken } from './unsubscribe-token';

const opts = { appUrl: 'https://portal.example', secret: 'a-secret-of-enough-length-for-tests' };
const userId = '01937a2b-1c2d-7e3f-8a9b-0c1d2e3f4a5b';
const update = renderTemplate('mvp.nomination-update', {
  recipientName: 'Morgan',
  nomineeName: 'Nadia',
  categoryName: 'Azure',
  event: 'ACCEPTED',
  url: 'https://portal.example/nominations/1',
});
const row = (over: Partial<Parameters<typeof composeOutgoing>[0]>) => ({
  userId,
  urgency: 'DIGESTIBLE' as const,
  template: 'mvp.nomination-update',
  textBody: update.text,
  htmlBody: update.html,
  ...over,
});

describe('composeOutgoing', () => {
  it('adds an unsubscribe link to both parts of an optional email, and the one-click headers', () => {
    const out = composeOutgoing(row({}), opts);
    const link = /https:\/\/portal\.example\/unsubscribe\/(\S+)/.exec(out.text);
    expect(link, out.text).not.toBeNull();
    expect(verifyUnsubscribeToken(link![1]!, opts.secret)).toBe(userId);
    expect(out.text.startsWith(update.text)).toBe(true);
    expect(out.html).toContain(`href="https://portal.example/unsubscribe/${link![1]!}"`);
    expect(out.html.indexOf('Unsubscribe')).toBeLessThan(out.html.indexOf('</body>'));
    expect(out.headers).toEqual({
      'List-Unsubscribe': `<https://portal.example/api/unsubscribe/${link![1]!}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('puts the footer on the daily digest, which is sent at once but is optional', () => {
    const out = composeOutgoing(row({ urgency: 'IMMEDIATE', template: 'notifications.daily-digest' }), opts);
    expect(out.text).toContain('/unsubscribe/');
    expect(out.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('leaves immediate emails (a sign-in link) and emails to people without an account as they are', () => {
    for (const r of [row({ urgency: 'IMMEDIATE', template: 'auth.sign-in-link' }), row({ userId: null })]) {
      const out = composeOutgoing(r, opts);
      expect(out).toEqual({ text: r.textBody, html: r.htmlBody, headers: {} });
    }
  });
});
