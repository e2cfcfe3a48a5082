import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTemplate } from './index';

describe('mvp.nomination-invitation', () => {
  afterEach(() => vi.useRealTimers());
  const now = new Date('2026-11-22T12:00:00Z');
  const data = {
    nomineeName: 'Casey Candidate',
    nominatorName: 'Morgan Mvp',
    categoryName: 'Azure',
    focusAreaName: 'Kubernetes',
    url: 'http://localhost:3000/invitations/abc_DEF-123',
    expiresAt: new Date(now.getTime() + 30 * 86_400_000),
  };

  it('says who nominated whom for what, how long the link works, and carries the link', () => {
    vi.useFakeTimers({ now });
    const email = renderTemplate('mvp.nomination-invitation', data);
    expect(email.subject).toBe('Morgan Mvp nominated you for a Microsoft MVP award');
    expect(email.text).toContain('Azure (Kubernetes)');
    expect(email.text).toContain('30 days');
    expect(email.text).toContain(data.url);
    expect(email.html).toContain(`href="${data.url}"`);
  });

  it('escapes what people typed', () => {
    vi.useFakeTimers({ now });
    const email = renderTemplate('mvp.nomination-invitation', { ...data, nomineeName: '<img src=x onerror=alert(1)>' });
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img');
  });
});

describe('mvp.nomination-update', () => {
  it('has a subject and a message for every step the nominator hears about', () => {
    for (const event of ['INVITED', 'ENDORSED', 'ACCEPTED', 'DECLINED', 'SUBMITTED', 'WITHDRAWN', 'EXPIRED'] as const) {
      const email = renderTemplate('mvp.nomination-update', {
        recipientName: 'Morgan Mvp',
        nomineeName: 'Casey Candidate',
        categoryName: 'Azure',
        event,
        url: 'http://localhost:3000/nominations/1',
      });
      expect(email.subject).toContain('Casey Candidate');
      expect(email.text).toContain('Azure');
      expect(email.text).toContain('http://localhost:3000/nominations/1');
    }
  });

  it('tells the nominator that the nominee submitted', () => {
    const email = renderTemplate('mvp.nomination-update', {
      recipientName: null,
      nomineeName: 'Casey',
      categoryName: 'Azure',
      event: 'SUBMITTED',
      url: 'http://x/nominations/1',
    });
    expect(email.subject).toBe('Casey submitted their evidence');
  });
});
