import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS, evidenceCsvTemplate, parseEvidenceCsv } from './csv';

const categories = [
  {
    id: '0195a1b2-0000-7000-8000-00000000a201',
    name: 'Azure',
    focusAreas: [{ id: '0195a1b2-0000-7000-8000-00000000f001', name: 'Kubernetes' }],
  },
  {
    id: '0195a1b2-0000-7000-8000-00000000a202',
    name: 'Security',
    focusAreas: [{ id: '0195a1b2-0000-7000-8000-00000000f002', name: 'Identity & Access' }],
  },
];
const parse = (text: string) => parseEvidenceCsv(text, { timeZone: 'UTC', categories });
const HEADER = 'type,role,title,description,start_date,audience,technology_area,focus_area,paid,full_time_job,views,attendees,copies_sold';

describe('parseEvidenceCsv', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('reads the template: both example rows are valid', () => {
    const result = parse(evidenceCsvTemplate());
    expect(result).toMatchObject({ ok: true, valid: 2, invalid: 0 });
    if (!result.ok) return;
    const [blog, talk] = result.rows;
    expect(blog).toMatchObject({
      row: 2,
      ok: true,
      item: {
        type: 'BLOG',
        metrics: { VIEWS: 12000 },
        categoryId: categories[0]!.id,
        focusAreaId: categories[0]!.focusAreas[0]!.id,
        isHighImpact: true,
      },
    });
    expect(talk).toMatchObject({ row: 3, ok: true, item: { type: 'SPEAKING_USER_GROUP', metrics: { ATTENDEES: 85 } } });
  });

  it('names every column of the template and documents it', () => {
    const header = evidenceCsvTemplate().split('\r\n')[0]!.split(',');
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    for (const c of CSV_COLUMNS) expect(c.help).not.toBe('');
  });

  it('reports bad rows by row and column, and keeps the good ones', () => {
    const csv = [
      HEADER,
      'BLOG,AUTHOR,Good post,About AKS,2026-10-01,DEVELOPERS,Azure,Kubernetes,no,no,1200,,',
      'podcast,host,Good episode,About identity,2026-09-01,developers,security,identity & access,,,,,',
      'BLOG,AUTHOR,,About nothing,2031-01-01,DEVELOPERS,,,maybe,,lots,,',
      'BOOK,AUTHOR,A book,Printed,1985-05-05,DEVELOPERS,Azur,,yes,,,40,',
      'TELEPATHY,AUTHOR,Odd,Odd,2026-01-01,DEVELOPERS,,,,yes,,,',
    ].join('\n');
    const result = parse(csv);
    expect(result).toMatchObject({ ok: true, valid: 2, invalid: 3 });
    if (!result.ok) return;
    expect(result.rows[1]).toMatchObject({ row: 3, ok: true, item: { type: 'PODCAST', role: 'HOST', audience: 'DEVELOPERS' } });
    const bad = (row: number) => {
      const r = result.rows.find((x) => x.row === row)!;
      return r.ok ? [] : r.errors;
    };
    expect(bad(4)).toEqual(
      expect.arrayContaining([
        'paid: write yes or no',
        'title: Give the contribution a title',
        'start_date: The date cannot be in the future',
        'views: Enter a whole number, digits only',
      ]),
    );
    expect(bad(5)).toEqual(
      expect.arrayContaining([
        'technology_area: “Azur” is not an award category',
        'attendees: a book or e-book does not count attendees; leave it empty',
        'start_date: Dates before 1990 are not accepted',
      ]),
    );
    expect(bad(6)).toEqual(
      expect.arrayContaining([
        'type: “TELEPATHY” is not a contribution type',
        'full_time_job: only paid work can be your full-time job; set paid to yes',
      ]),
    );
  });

  it('refuses a file with unknown or missing columns as a whole', () => {
    expect(parse('type,role,title,description,start_date,audience,colour\nBLOG,AUTHOR,x,y,2026-01-01,DEVELOPERS,red')).toEqual({
      ok: false,
      error: 'Unknown column: colour. Use the column names of the template.',
    });
    expect(parse('type,title\nBLOG,x')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Missing columns: role, description, start_date, audience/),
    });
    expect(parse('')).toMatchObject({ ok: false });
    expect(parse(HEADER)).toMatchObject({ ok: false, error: expect.stringMatching(/no rows/) });
  });

  it('refuses more than 2,000 rows and more than 1 MB', () => {
    const row = 'BLOG,AUTHOR,T,D,2026-10-01,DEVELOPERS,,,,,,,';
    expect(parse([HEADER, ...Array.from({ length: 2001 }, () => row)].join('\n'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most 2,000/),
    });
    expect(parse(`${HEADER}\n${'x'.repeat(1_000_001)}`)).toMatchObject({ ok: false, error: expect.stringMatching(/larger than 1 MB/) });
  });

  it('reads quoted values with commas and line breaks, a byte-order mark, and keeps HTML as text', () => {
    const csv = `\uFEFF${Papa.unparse([
      ['type', 'role', 'title', 'description', 'start_date', 'audience'],
      ['BLOG', 'AUTHOR', '<script>alert(1)</script>', 'First, second\nthird', '2026-10-01', 'DEVELOPERS'],
    ])}`;
    const result = parse(csv);
    expect(result).toMatchObject({ ok: true, valid: 1 });
    if (result.ok && result.rows[0]?.ok) {
      expect(result.rows[0].item.title).toBe('<script>alert(1)</script>');
      expect(result.rows[0].item.description).toBe('First, second\nthird');
    }
  });

  it('reports a row with too many fields', () => {
    const result = parse(`${HEADER}\nBLOG,AUTHOR,T,D,2026-10-01,DEVELOPERS,,,,,,,,extra`);
    expect(result.ok && !result.rows[0]!.ok && result.rows[0]!.errors[0]).toMatch(/same number of columns/);
  });
});
