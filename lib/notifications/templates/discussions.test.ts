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

describe('discussion emails in Spanish', () => {
  const data = {
    recipientName: 'Robin',
    authorLabel: 'Reviewer A',
    candidateName: 'Nina Nominee',
    categoryName: 'Azure',
    url: 'http://localhost:3000/reviews/1#discussion',
  };

  it('says the mention, the subject and the link in Spanish, the comment quoted as written', () => {
    const email = renderTemplate('mvp.discussion.mention', { ...data, excerpt: 'Mira el elemento 3' }, 'es');
    expect(email.subject).toBe('Reviewer A te mencionó en la discusión sobre Nina Nominee');
    expect(email.text).toContain('Hola, Robin:');
    expect(email.text).toContain('Reviewer A te mencionó en la discusión de los revisores sobre Nina Nominee (Azure).');
    expect(email.text).toContain('“Mira el elemento 3”');
    expect(email.text).toContain('Abrir la discusión: http://localhost:3000/reviews/1#discussion');
    expect(email.html).toContain('Te mencionaron en una discusión');
  });

  it('keeps the English email as it was', () => {
    const email = renderTemplate('mvp.discussion.mention', { ...data, recipientName: null, excerpt: null });
    expect(email.text).toBe(
      'Hello,\n\nReviewer A mentioned you in the reviewers’ discussion of Nina Nominee (Azure).\n\nThe discussion opens to you once you have submitted your own review of this submission.\n\nOpen the discussion: http://localhost:3000/reviews/1#discussion',
    );
    const es = renderTemplate('mvp.discussion.mention', { ...data, excerpt: null }, 'es');
    expect(es.text).toContain('La discusión se abre para ti cuando hayas enviado tu propia revisión');
  });
});
