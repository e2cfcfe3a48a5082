// Failure messages built with values, in Spanish: each from the code that builds it, so a change to the
// English sentence that its template no longer matches fails here (and the English stays as it was).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRenewal, assertRenewalTransition } from '@/lib/awards/lifecycle';
import type { DateKey } from '@/lib/dates';
import { parseEvidenceCsv } from '@/lib/evidence/csv';
import { assertMctApplicationTransition } from '@/lib/mct/lifecycle';
import { assertNominationTransition } from '@/lib/nominations/lifecycle';
import { completionChecker, parseCompletionsCsv } from '@/lib/providers/completions-csv';
import { tooManyAttemptsMessage } from '@/lib/security/rate-limit';
import { localizeAppError, localizeFileProblems } from './app-errors';
import { builtErrorTemplates, localizeDays, sayBuilt } from './built-messages';
import { messageFiles } from './messages';

const root = path.resolve(import.meta.dirname, '../..');
const es = (message: string) => localizeAppError(message, 'es');
const thrown = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('nothing was thrown');
};

function code(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? '' : code(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

const ctx = {
  latestDay: '2026-12-04' as DateKey,
  providerName: 'Northwind',
  approvedFrom: '2026-01-01' as DateKey,
  approvedUntil: '2026-12-31' as DateKey,
};
const csv = (text: string) => new TextEncoder().encode(text);

describe('failure messages built with values', () => {
  it('says dates in Spanish, whether written out or YYYY-MM-DD', () => {
    expect(localizeDays('1 March 2027', 'es')).toBe('1 de marzo de 2027');
    expect(localizeDays('2027-03-01', 'es')).toBe('1 de marzo de 2027');
    expect(localizeDays('15 April 2027 at 23:59 Pacific Time', 'es')).toBe('15 de abril de 2027 a las 23:59 hora del Pacífico');
    expect(localizeDays('15 April 2027 at 23:59 UTC', 'es')).toBe('15 de abril de 2027 a las 23:59 UTC');
  });

  it('says an MCT member’s early renewal and what is missing in Spanish, and leaves English alone', () => {
    const early = 'Renewal opens on 2027-01-01, 90 days before your membership year ends.';
    expect(es(early)).toBe('La renovación se abre el 1 de enero de 2027, 90 días antes de que termine tu año de membresía.');
    expect(localizeAppError(early, 'en')).toBe(early);
    expect(es('You cannot renew yet. Missing: at least one training delivery from the past year.')).toBe(
      'Todavía no puedes renovar. Falta: al menos una capacitación impartida en el último año.',
    );
  });

  it('says an award renewal that is not open yet, and a status refusal, in Spanish', () => {
    const check = checkRenewal({
      isHolder: true,
      status: 'ACTIVE',
      renewalStatus: null,
      cycle: { renewalOpensAt: new Date('2027-04-16T06:59:00Z'), renewalDeadline: new Date('2027-06-01T00:00:00Z') },
      now: new Date('2027-01-01T00:00:00Z'),
      timeZone: 'America/Los_Angeles',
      agreementsAccepted: true,
      evidenceCount: 1,
    });
    expect(check.ok).toBe(false);
    expect(es(!check.ok ? check.message : '')).toBe('La renovación se abre el 15 de abril de 2027 a las 23:59 hora del Pacífico.');
    expect(es(thrown(() => assertRenewalTransition('WITHDRAWN', 'SUBMITTED')))).toBe(
      'Esta renovación está retirada; ese cambio no es posible.',
    );
    expect(es(thrown(() => assertNominationTransition('WITHDRAWN', 'SUBMITTED')))).toBe(
      'Esta nominación está retirada; ya no se puede enviar.',
    );
    expect(es(thrown(() => assertMctApplicationTransition('APPROVED', 'WITHDRAWN')))).toBe(
      'Esta postulación está aprobada; ya no se puede retirar.',
    );
  });

  it('says rate limits in Spanish', () => {
    expect(es(tooManyAttemptsMessage(600))).toBe('Demasiados intentos; vuelve a intentarlo en 10 minutos.');
    expect(es(tooManyAttemptsMessage(30))).toBe('Demasiados intentos; vuelve a intentarlo en 1 minuto.');
    expect(es(`${tooManyAttemptsMessage(3 * 3600)} Nothing was saved.`)).toBe(
      'Demasiados intentos; vuelve a intentarlo en 3 horas. No se guardó nada.',
    );
  });

  it('says the row problems of a provider’s completions file in Spanish', () => {
    const check = completionChecker(ctx);
    check(2, { candidateName: 'Ada', candidateEmail: 'ada@example.com', completedOn: '2026-03-14', certificateId: 'C-1' });
    const twice = check(3, { candidateName: 'Bo', candidateEmail: 'bo@example.com', completedOn: '2027-03-14', certificateId: 'C-1' });
    expect(twice.issues.map((i) => es(i.message))).toEqual([
      'El 14 de marzo de 2027 es una fecha futura',
      'El ID de certificado C-1 aparece dos veces en este archivo (primero en la fila 2)',
    ]);
    const bad = check(4, { candidateName: '', candidateEmail: 'nope', completedOn: '2026-02-30', certificateId: '=1' });
    expect(bad.issues.map((i) => es(i.message))).toEqual([
      'Escribe el nombre completo de la persona candidata',
      'Escribe un correo electrónico como nombre@ejemplo.com',
      'Esa fecha no existe',
      'No puede empezar con =, +, -, @ ni una tabulación: las hojas de cálculo lo ejecutarían como fórmula',
    ]);
    const header = thrown(() => parseCompletionsCsv(csv('name,email\nAda,ada@example.com\n'), ctx));
    expect(es(header)).toBe(
      'La primera fila debe nombrar las columnas: name, email, completion date, certificate ID. Faltan: completion date, certificate ID. Descarga la plantilla para ver el formato. No se guardó nada.',
    );
  });

  it('says the row problems of an evidence CSV in Spanish', () => {
    const parsed = parseEvidenceCsv(
      'type,role,title,description,start_date,audience,paid\nTalk,Speaker,,Text,2026-01-01,Developers,maybe\n',
      {
        timeZone: 'UTC',
        categories: [],
      },
    );
    expect(parsed.ok).toBe(true);
    const row = parsed.ok ? parsed.rows[0] : undefined;
    const errors = row && !row.ok ? row.errors : [];
    expect(errors.map(es)).toContain('paid: escribe yes o no');
    expect(errors.map(es)).toContain('title: Ponle un título a la contribución');
    const unknown = parseEvidenceCsv('type,color,size\nTalk,red,1\n', { timeZone: 'UTC', categories: [] });
    expect(es(!unknown.ok ? unknown.error : '')).toBe('Columnas desconocidas: color, size. Usa los nombres de columna de la plantilla.');
    const missing = parseEvidenceCsv('type\nTalk\n', { timeZone: 'UTC', categories: [] });
    expect(es(!missing.ok ? missing.error : '')).toMatch(/^Faltan columnas: role, title/);
  });

  it('has a translation for every template, with the same placeholders, and each template’s words are in the code', () => {
    const source = ['lib', 'app'].map((dir) => code(path.join(root, dir))).join('\n');
    const spanish = (key: string) =>
      key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)?.[part],
          (messageFiles.es as Record<string, unknown>).builtErrors,
        );
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // Put together from parts (a plural, a list's heading): each is said by a test above or below.
    const assembled = new Set([
      'mvp.evidenceRowsNeedAttention',
      'mvp.evidenceRowNeedsAttention',
      'general.tooManyMinute',
      'files.dayInFutureField',
      'evidenceCsv.unknownColumns',
      'evidenceCsv.unknownColumn',
      'evidenceCsv.missingColumns',
      'evidenceCsv.missingColumn',
    ]);
    const unseen: string[] = [];
    for (const { key, english } of builtErrorTemplates()) {
      expect(typeof spanish(key), key).toBe('string');
      expect(names(spanish(key) as string), key).toEqual(names(english));
      // The fixed words between placeholders, sentence by sentence, are written in the code.
      // A template the code writes its English from (sayBuilt) is the code's words itself.
      if (assembled.has(key) || source.includes(`sayBuilt('${key}'`) || source.includes(`'${key}',`)) continue;
      for (const piece of english.split(/\{\w+\}/).flatMap((p) => p.split(/(?<=\.) /))) {
        const words = piece.trim();
        if (words.length >= 4 && !source.includes(words)) unseen.push(`${key}: ${words}`);
      }
    }
    expect(unseen).toEqual([]);
  });
});

describe('values the thrower gives in each language', () => {
  it('uses them in the translation and builds the English from the same templates', () => {
    const english = `You cannot renew yet. Missing: ${sayBuilt('mct.missingDelivery', {}, 'en')}.`;
    expect(english).toBe('You cannot renew yet. Missing: at least one training delivery from the past year.');
    const given = {
      list: (locale: 'en' | 'es') => sayBuilt('mct.missingAgreement', { text: locale === 'es' ? 'aún no lo aceptas' : 'not yet' }, locale),
    };
    expect(localizeAppError('You cannot renew yet. Missing: this year’s agreement (not yet).', 'es', given)).toBe(
      'Todavía no puedes renovar. Falta: el acuerdo de este año (aún no lo aceptas).',
    );
    expect(localizeAppError('You cannot renew yet. Missing: this year’s agreement (not yet).', 'en', given)).toBe(
      'You cannot renew yet. Missing: this year’s agreement (not yet).',
    );
  });
});

describe('a file check’s answer', () => {
  it('says each issue and each row’s errors in Spanish, and changes nothing for English', () => {
    const preview = {
      fileHash: 'abc',
      issues: [{ row: 2, column: 'certificate ID', message: 'Certificate ID C-1 was already confirmed in an earlier upload' }],
      rows: [{ row: 3, ok: false, title: 'x', errors: ['paid: write yes or no', 'Something nobody translated'] }],
    };
    expect(localizeFileProblems(preview, 'en')).toBe(preview);
    expect(localizeFileProblems(preview, 'es')).toEqual({
      fileHash: 'abc',
      issues: [{ row: 2, column: 'certificate ID', message: 'El ID de certificado C-1 ya se confirmó en una carga anterior' }],
      rows: [{ row: 3, ok: false, title: 'x', errors: ['paid: escribe yes o no', 'Something nobody translated'] }],
    });
  });
});
