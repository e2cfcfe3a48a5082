import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

describe('discussion emails', () => {
  const base = {
    recipientName: 'Robin Reviewer',
    authorLabel: 'Reviewer A',
    candidateName: 'Nina <b>Nominee</b>',
    categoryName: 'Azure',
    url: 'http://localhost:3000/reviews/1#discussion',
  };

  it('quotes the comment, escaped, and links to the thread', () => {
    const email = renderTemplate('mvp.discussion.mention', { ...base, excerpt: '@ReviewerB <script>alert(1)</script> look at item 3' });
    expect(email.subject).toBe('Reviewer A mentioned you in the discussion of Nina <b>Nominee</b>');
    expect(email.text).toContain('“@ReviewerB <script>alert(1)</script> look at item 3”');
    expect(email.text).toContain('http://localhost:3000/reviews/1#discussion');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
  });

  it('tells a reviewer whose review is not in yet that the thread opens after it, without the comment', () => {
    const email = renderTemplate('mvp.discussion.mention', { ...base, excerpt: null });
    expect(email.text).toContain('once you have submitted your own review');
    expect(email.text).not.toContain('“');
  });
});
