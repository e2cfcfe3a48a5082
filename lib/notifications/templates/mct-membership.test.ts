import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

describe('MCT membership emails', () => {
  it('reminds a member of the days left, the end date and the way to renew', () => {
    const url = 'http://localhost:3000/mct/membership';
    const email = renderTemplate('mct.renewal-reminder', { name: 'Reese Renewer', endsOn: '2027-01-20', daysLeft: 60, url });
    expect(email.subject).toBe('Renew your MCT membership: 60 days left');
    expect(email.text).toContain('20 January 2027');
    expect(email.text).toContain(url);
    expect(email.html).toContain(`href="${url}"`);
  });

  it('passes on the program team’s note, escaped in the HTML part', () => {
    const email = renderTemplate('mct.renewal-more-info', { name: null, note: 'Add <b>June</b> evaluations', url: 'http://x.test/' });
    expect(email.text).toContain('Add <b>June</b> evaluations');
    expect(email.html).not.toContain('<b>June</b>');
  });

  it('tells a lapsed member about lounge access and reinstatement', () => {
    const email = renderTemplate('mct.membership-lapsed', { name: 'Morgan', endedOn: '2026-11-20', url: 'http://x.test/mct' });
    expect(email.text).toMatch(/ended on 20 November 2026.*Lounge access is removed/s);
    expect(email.text).toContain('reinstatement');
  });
});
