import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDate } from '@/lib/date-fields';
import { messagesFor } from './messages';
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
