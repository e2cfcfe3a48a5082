import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDate } from '@/lib/date-fields';
import { messagesFor, zodMessagesFor } from './messages';
import { localizeIssue } from './zod-issues';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(5, 'Keep it short'),
  bio: z.string().min(10, 'Write more'),
  email: z.string().email('Enter an email address like name@example.com'),
  site: z.string().url('Enter a web address'),
  kind: z.enum(['TALK', 'BLOG'], 'Choose a kind'),
  count: z.coerce.number().int().min(1, 'At least one').max(9, 'At most nine'),
  day: calendarDate('Enter the date'),
  code: z.string().regex(/^[A-Z]+$/, 'Capital letters only'),
});

const messagesOf = (input: unknown, locale: 'en' | 'es') => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected issues');
  const zod = locale === 'en' ? null : messagesFor(locale).zod;
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), localizeIssue(issue, zod)]));
};

describe('localizeIssue', () => {
  const bad = { name: '', bio: 'short', email: 'nope', site: 'nope', kind: 'PODCAST', count: '0', day: '2026-02-30', code: 'abc' };

  it('keeps every schema message in English', () => {
    expect(messagesOf(bad, 'en')).toEqual({
      name: 'Enter your name',
      bio: 'Write more',
      email: 'Enter an email address like name@example.com',
      site: 'Enter a web address',
      kind: 'Choose a kind',
      count: 'At least one',
      day: 'That date does not exist',
      code: 'Capital letters only',
    });
  });

  it('says the common issues in Spanish, whatever the schema', () => {
    expect(messagesOf(bad, 'es')).toEqual({
      name: 'Este campo es obligatorio.',
      bio: 'Escribe al menos 10 caracteres.',
      email: 'Escribe una dirección de correo como nombre@ejemplo.com',
      site: 'Escribe una dirección web completa, que empiece por https://',
      kind: 'Elige una de las opciones.',
      count: 'Escribe 1 o más.',
      day: 'Esa fecha no existe',
      // A rule of one schema keeps its own (English) message.
      code: 'Capital letters only',
    });
    expect(messagesOf({ ...bad, name: 'far too long', count: '12', day: '14/03/2026' }, 'es')).toMatchObject({
      name: 'Escribe como máximo 5 caracteres.',
      count: 'Escribe 9 o menos.',
      day: 'Escribe la fecha como AAAA-MM-DD, por ejemplo 2026-03-14',
    });
  });
});

describe('a schema’s own rules', () => {
  it('says the score form’s rules in Spanish, values and all, and keeps them in English for English', async () => {
    const { reviewSchemaFor } = await import('@/lib/reviews/schema');
    const rubric = { scoreMin: 1, scoreMax: 5, criteria: [{ id: 'impact', label: 'Impact' }] };
    const result = reviewSchemaFor(rubric).safeParse({
      assignmentId: '00000000-0000-4000-8000-000000000000',
      version: 0,
      scores: { impact: '9' },
      confidence: '',
      committeeComment: '',
      candidateFeedback: '',
      intent: 'submit',
    });
    if (result.success) throw new Error('expected issues');
    const say = (locale: 'en' | 'es') => result.error.issues.map((issue) => localizeIssue(issue, zodMessagesFor(locale)));
    expect(say('en')).toContain('Scores run from 1 to 5');
    expect(say('es')).toEqual(
      expect.arrayContaining([
        'Los puntajes van de 1 a 5',
        'Elige tu nivel de confianza',
        'Escribe un comentario para el comité (al menos 10 caracteres)',
      ]),
    );
  });

  it('leaves a rule it has no translation for in English', () => {
    const only = z.string().refine(() => false, 'A rule nobody translated');
    const result = only.safeParse('x');
    if (result.success) throw new Error('expected an issue');
    expect(localizeIssue(result.error.issues[0]!, messagesFor('es').zod)).toBe('A rule nobody translated');
  });
});
