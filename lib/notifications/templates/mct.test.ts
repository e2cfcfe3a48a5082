import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTemplate } from './index';

describe('MCT emails', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the candidate of a provider-started application the link, its expiry and who started it', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
    const url = 'http://localhost:3000/mct/applications/accept/abc123';
    const email = renderTemplate('mct.provider-application', {
      candidateName: 'Casey Candidate',
      providerName: 'Northwind Learning ISC',
      url,
      expires: new Date('2026-12-06T12:00:00Z'),
    });
    expect(email.subject).toBe('Northwind Learning ISC started your MCT application');
    expect(email.text).toContain(url);
    expect(email.text).toContain('expires in 14 days');
    expect(email.html).toContain(`href="${url}"`);
  });

  it('escapes what people typed in the HTML part', () => {
    const email = renderTemplate('mct.application-rejected', {
      candidateName: '<b>Casey</b>',
      reason: 'Your certification <script>alert(1)</script> has expired.',
      url: 'http://localhost:3000/mct',
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.text).toContain('Your certification <script>alert(1)</script> has expired.');
  });

  it('tells an approved candidate their membership dates', () => {
    const email = renderTemplate('mct.application-approved', {
      candidateName: null,
      startsOn: '2026-11-22',
      endsOn: '2027-11-21',
      url: 'http://localhost:3000/dashboard',
    });
    expect(email.text).toContain('from 22 November 2026 to 21 November 2027');
    expect(email.text.startsWith('Hello,')).toBe(true);
  });
});
