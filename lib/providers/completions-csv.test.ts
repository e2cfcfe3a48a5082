import { describe, expect, it } from 'vitest';
import {
  COMPLETIONS_CSV_MAX_BYTES,
  COMPLETIONS_CSV_MAX_ROWS,
  COMPLETIONS_CSV_TEMPLATE,
  completionDateProblem,
  decodeCsvFile,
  excludeEarlierCompletions,
  parseCompletionsCsv,
  type CompletionDateContext,
} from './completions-csv';

const ctx: CompletionDateContext = {
  latestDay: '2026-11-22',
  providerName: 'Northwind Learning ISC',
  approvedFrom: '2024-01-01',
  approvedUntil: '2027-12-31',
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => utf8(lines.join('\r\n'));
const HEADER = 'name,email,completion date,certificate ID';

describe('reading the file', () => {
  it('reads the downloadable template', () => {
    const result = parseCompletionsCsv(utf8(COMPLETIONS_CSV_TEMPLATE), ctx);
    expect(result).toMatchObject({ rowsTotal: 1, rowsRejected: 0, issues: [] });
    expect(result.rows).toEqual([
      {
        row: 2,
        candidateName: 'Ada Lovelace',
        candidateEmail: 'ada.lovelace@example.com',
        completedOn: '2026-03-14',
        certificateId: 'NW-ISC-000123',
      },
    ]);
  });

  it('drops a UTF-8 byte-order mark (what Excel’s “CSV UTF-8” writes)', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...csv(HEADER, 'Zoë Ågren,zoe@example.com,2026-01-05,C-1')]);
    expect(parseCompletionsCsv(withBom, ctx).rows[0]).toMatchObject({ candidateName: 'Zoë Ågren' });
  });

  it('accepts other spellings of the headings, any column order, extra columns (named as ignored) and semicolons', () => {
    const result = parseCompletionsCsv(
      csv('Certificate No;Date completed;Notes;Email Address;Full Name', 'C-9;2026-02-01;paid;LEE@Example.com;Lee Park'),
      ctx,
    );
    expect(result.rows).toEqual([
      { row: 2, candidateName: 'Lee Park', candidateEmail: 'lee@example.com', completedOn: '2026-02-01', certificateId: 'C-9' },
    ]);
    expect(result.ignoredColumns).toEqual(['Notes']);
  });

  it('reads quoted cells holding commas, quotes and line breaks', () => {
    const result = parseCompletionsCsv(
      csv(HEADER, '"Park, Lee ""LP""",lee@example.com,2026-02-01,C-1', '"Multi\nLine",m@example.com,2026-02-01,C-2'),
      ctx,
    );
    expect(result.rows.map((r) => r.candidateName)).toEqual(['Park, Lee "LP"', 'Multi\nLine']);
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const result = parseCompletionsCsv(
      csv(HEADER, '', 'A Person,a@example.com,2026-02-01,C-1', ',,,', 'B Person,not-an-email,2026-02-01,C-2'),
      ctx,
    );
    expect(result.rowsTotal).toBe(2);
    expect(result.rows[0]?.row).toBe(3);
    expect(result.issues).toEqual([
      { row: 5, column: 'email', field: 'candidateEmail', message: 'Enter an email address like name@example.com' },
    ]);
  });

  it('refuses an empty file, a header without rows, and a file of blank lines', () => {
    expect(() => parseCompletionsCsv(new Uint8Array(), ctx)).toThrow('The file is empty.');
    expect(() => parseCompletionsCsv(csv(HEADER), ctx)).toThrow('The file has column names but no rows of completions.');
    expect(() => parseCompletionsCsv(csv('', ' ', ''), ctx)).toThrow('The file has no rows.');
  });
});

describe('refusing a malformed file as a whole', () => {
  it('names the missing columns', () => {
    expect(() => parseCompletionsCsv(csv('name,email', 'A,a@example.com'), ctx)).toThrow(
      'The first row must name the columns: name, email, completion date, certificate ID. Missing: completion date, certificate ID.',
    );
  });

  it('says when the first row is data rather than column names', () => {
    expect(() => parseCompletionsCsv(csv('Ada,ada@example.com,2026-03-14,C-1'), ctx)).toThrow(/The first row looks like data/);
  });

  it('refuses a column named twice', () => {
    expect(() =>
      parseCompletionsCsv(csv('name,email,e-mail,completion date,certificate ID', 'A,a@x.com,b@x.com,2026-01-01,C'), ctx),
    ).toThrow('The column “email” appears twice');
  });

  it('refuses text that is not UTF-8 (Windows-1252), UTF-16, a workbook and binary data', () => {
    const latin1 = new Uint8Array([...utf8(`${HEADER}\r\nJos`), 0xe9, ...utf8(',jose@example.com,2026-01-01,C-1')]);
    expect(() => decodeCsvFile(latin1)).toThrow(/not UTF-8 text/);
    expect(() => decodeCsvFile(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toThrow(/UTF-16/);
    expect(() => decodeCsvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toThrow(/not a CSV file/);
    expect(() => decodeCsvFile(utf8('name\u0000email'))).toThrow(/binary data/);
  });

  it('refuses a 50 MB file before reading it, and one byte over the limit', () => {
    expect(() => decodeCsvFile(new Uint8Array(50 * 1024 * 1024))).toThrow('The file is 50.0 MB; the limit is 5.0 MB and 20,000 rows.');
    expect(() => decodeCsvFile(new Uint8Array(COMPLETIONS_CSV_MAX_BYTES + 1))).toThrow(/the limit is 5\.0 MB/);
  });

  it('refuses more rows than the limit', () => {
    const lines = [HEADER];
    for (let i = 0; i <= COMPLETIONS_CSV_MAX_ROWS; i++) lines.push(`P ${i},p${i}@example.com,2026-01-01,C-${i}`);
    expect(() => parseCompletionsCsv(csv(...lines), ctx)).toThrow('The file has 20,001 rows; the limit is 20,000 per file.');
  });
});

describe('validating each row', () => {
  it('reports each problem by row and column', () => {
    const result = parseCompletionsCsv(
      csv(
        HEADER,
        'Good Person,good@example.com,2026-02-01,C-1',
        ',no-name@example.com,2026-02-01,C-2',
        'Bad Email,bad@,2026-02-01,C-3',
        'Bad Date,date@example.com,01/02/2026,C-4',
        'No Such Day,day@example.com,2026-02-30,C-5',
        'Missing Certificate,cert@example.com,2026-02-01,',
      ),
      ctx,
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.rowsRejected).toBe(5);
    expect(result.issues).toEqual([
      { row: 3, column: 'name', field: 'candidateName', message: 'Enter the candidate’s full name' },
      { row: 4, column: 'email', field: 'candidateEmail', message: 'Enter an email address like name@example.com' },
      { row: 5, column: 'completion date', field: 'completedOn', message: 'Write the date as YYYY-MM-DD, for example 2026-03-14' },
      { row: 6, column: 'completion date', field: 'completedOn', message: 'That date does not exist' },
      { row: 7, column: 'certificate ID', field: 'certificateId', message: 'Enter the certificate ID you issued' },
    ]);
  });

  it('refuses a date in the future and one outside the provider’s approval', () => {
    const result = parseCompletionsCsv(
      csv(
        HEADER,
        'Future,f@example.com,2026-11-23,C-1',
        'Today,t@example.com,2026-11-22,C-2',
        'Before,b@example.com,2023-12-31,C-3',
        'First,a@example.com,2024-01-01,C-4',
      ),
      ctx,
    );
    expect(result.rows.map((r) => r.certificateId)).toEqual(['C-2', 'C-4']);
    expect(result.issues).toEqual([
      { row: 2, column: 'completion date', field: 'completedOn', message: '23 November 2026 is in the future' },
      {
        row: 4,
        column: 'completion date',
        field: 'completedOn',
        message: 'Northwind Learning ISC was not approved on 31 December 2023 (approved 1 January 2024 to 31 December 2027)',
      },
    ]);
  });

  it('refuses duplicates within the file: the same certificate ID, or the same person and date', () => {
    const result = parseCompletionsCsv(
      csv(HEADER, 'A,a@example.com,2026-02-01,C-1', 'B,b@example.com,2026-02-02,C-1', 'A again,A@example.com,2026-02-01,C-9'),
      ctx,
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.issues).toEqual([
      {
        row: 3,
        column: 'certificate ID',
        field: 'certificateId',
        message: 'Certificate ID C-1 appears twice in this file (first in row 2)',
      },
      {
        row: 4,
        column: 'email',
        field: 'candidateEmail',
        message: 'The same person and completion date appear twice in this file (first in row 2)',
      },
    ]);
  });

  it('finds cells that would run as formulas, in any column, and counts them', () => {
    const result = parseCompletionsCsv(
      csv(
        'name,email,completion date,certificate ID,notes',
        '"=HYPERLINK(""http://evil.example"",""x"")",a@example.com,2026-02-01,C-1,ok',
        'Plus,b@example.com,2026-02-01,+C-2,ok',
        'At,c@example.com,2026-02-01,C-3,@SUM(A1)',
        '"\tTab",d@example.com,2026-02-01,C-4,ok',
        '-Minus,e@example.com,2026-02-01,C-5,ok',
      ),
      ctx,
    );
    expect(result.formulaCells).toBe(5);
    expect(result.rows).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'name'],
      [3, 'certificate ID'],
      [4, 'notes'],
      [5, 'name'],
      [6, 'name'],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Starts with “=”, which spreadsheet programs run as a formula. Remove it; files with such cells are refused',
    );
    expect(result.issues[3]?.message).toMatch(/^Starts with a tab/);
  });

  it('keeps rows already confirmed in earlier uploads out, with the reason', () => {
    const parsed = parseCompletionsCsv(
      csv(HEADER, 'A,a@example.com,2026-02-01,C-1', 'B,b@example.com,2026-02-02,C-2', 'C,c@example.com,2026-02-03,C-3'),
      ctx,
    );
    const result = excludeEarlierCompletions(parsed, {
      certificateIds: new Set(['C-1']),
      personDays: new Set(['b@example.com|2026-02-02']),
    });
    expect(result.rows.map((r) => r.certificateId)).toEqual(['C-3']);
    expect(result.rowsRejected).toBe(2);
    expect(result.issues).toEqual([
      {
        row: 2,
        column: 'certificate ID',
        field: 'certificateId',
        message: 'Certificate ID C-1 was already confirmed in an earlier upload',
      },
      {
        row: 3,
        column: 'email',
        field: 'candidateEmail',
        message: 'A completion of b@example.com on 2 February 2026 was already confirmed earlier',
      },
    ]);
  });

  it('reports a row whose quotation marks are broken', () => {
    const result = parseCompletionsCsv(csv(HEADER, 'A,a@example.com,2026-02-01,C-1', '"Broken"x,b@example.com,2026-02-01,C-2'), ctx);
    expect(result.issues).toContainEqual({
      row: 3,
      column: null,
      field: null,
      message: 'A quoted cell is not closed: check the quotation marks in this row',
    });
    expect(result.rows.map((r) => r.row)).toEqual([2]);
  });

  it('reads a file of the largest size allowed (20,000 rows)', () => {
    const lines = [HEADER];
    for (let i = 0; i < COMPLETIONS_CSV_MAX_ROWS; i++) lines.push(`Person ${i},person${i}@example.com,2026-0${(i % 9) + 1}-15,NW-${i}`);
    const result = parseCompletionsCsv(csv(...lines), ctx);
    expect(result.rows).toHaveLength(COMPLETIONS_CSV_MAX_ROWS);
    expect(result.rows.at(-1)).toMatchObject({ row: COMPLETIONS_CSV_MAX_ROWS + 1 });
  });
});

describe('completionDateProblem', () => {
  it('accepts the first and last day of the approval and today', () => {
    expect(completionDateProblem('2024-01-01', ctx)).toBeNull();
    expect(completionDateProblem('2026-11-22', ctx)).toBeNull();
    expect(completionDateProblem('2027-12-31', { ...ctx, latestDay: '2028-01-05' })).toBeNull();
    expect(completionDateProblem('2028-01-01', { ...ctx, latestDay: '2028-01-05' })).toMatch(/was not approved on 1 January 2028/);
  });
});
