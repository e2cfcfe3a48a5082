import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

describe('review and decision emails', () => {
  it('lists every overdue review in one reminder, in plain text and HTML', () => {
    const email = renderTemplate('mvp.review.reminder', {
      reviewerName: 'Riley Reviewer',
      timeZone: 'America/Los_Angeles',
      reviews: [
        { candidateName: 'Nina Nominee', categoryName: 'Azure', dueAt: new Date('2026-12-07T07:59:00Z') },
        { candidateName: 'Sara <script>', categoryName: 'Security', dueAt: new Date('2026-12-07T07:59:00Z') },
      ],
      url: 'http://localhost:3000/reviews',
    });
    expect(email.subject).toBe('2 MVP reviews are overdue');
    expect(email.text).toContain('- Nina Nominee (Azure), was due 6 December 2026 at 23:59 Pacific Time');
    expect(email.text).toContain('http://localhost:3000/reviews');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Sara &lt;script&gt;');
  });

  it('speaks of one review in the singular', () => {
    const email = renderTemplate('mvp.review.reminder', {
      reviewerName: null,
      timeZone: 'UTC',
      reviews: [{ candidateName: 'Nina Nominee', categoryName: 'Azure', dueAt: new Date('2026-12-06T23:59:00Z') }],
      url: 'http://localhost:3000/reviews',
    });
    expect(email.subject).toBe('1 MVP review is overdue');
    expect(email.text.startsWith('Hello,')).toBe(true);
  });

  it('tells a candidate the outcome, and where to accept an award', () => {
    const awarded = renderTemplate('mvp.decision.released', {
      name: 'Erin Example',
      categoryName: 'Azure',
      isAward: true,
      isRenewal: false,
      url: 'http://localhost:3000/awards/1',
    });
    expect(awarded.subject).toBe('Congratulations: you are awarded Microsoft MVP in Azure');
    expect(awarded.html).toContain('Accept your award');
    const renewed = renderTemplate('mvp.decision.released', {
      name: null,
      categoryName: 'Azure',
      isAward: true,
      isRenewal: true,
      url: 'x',
    });
    expect(renewed.subject).toBe('Your MVP award in Azure is renewed');
    const declined = renderTemplate('mvp.decision.released', {
      name: null,
      categoryName: 'Azure',
      isAward: false,
      isRenewal: false,
      url: 'x',
    });
    expect(declined.subject).toBe('The outcome of your MVP nomination in Azure');
    expect(declined.text).toContain('not to award you this time');
  });

  it('tells the nominator the outcome without the feedback', () => {
    const email = renderTemplate('mvp.decision.released-nominator', {
      nominatorName: 'Emery Employee',
      nomineeName: 'Erin Example',
      categoryName: 'Azure',
      isAward: true,
      url: 'http://localhost:3000/nominations/1',
    });
    expect(email.subject).toBe('Erin Example is awarded Microsoft MVP');
    expect(email.text).toContain('Thank you for the nomination.');
  });
});
