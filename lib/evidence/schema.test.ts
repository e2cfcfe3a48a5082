import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyEvidenceItem, evidenceItemSchema, evidenceItemSchemaFor, isHttpUrl, type EvidenceItemInput } from './schema';

const item = (overrides: Partial<EvidenceItemInput> = {}): EvidenceItemInput => ({
  ...emptyEvidenceItem(),
  title: 'Running AKS on a budget',
  description: 'A three-part series on autoscaling AKS for small teams.',
  startDate: '2026-10-12',
  ...overrides,
});

const errorsOf = (input: EvidenceItemInput, schema = evidenceItemSchemaFor('UTC')) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('evidenceItemSchema', () => {
  afterEach(() => vi.useRealTimers());

  it('accepts a complete item and turns empty optional fields into nothing', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
    const result = evidenceItemSchemaFor('UTC').parse(item({ metrics: { VIEWS: '12,000', PAGE_VISIT_SECONDS: '' } }));
    expect(result).toMatchObject({ endDate: null, url: null, categoryId: null, privateNote: null, metrics: { VIEWS: 12000 } });
  });

  it('limits the title to 100 characters and the description to 1,000', () => {
    expect(errorsOf(item({ title: 'x'.repeat(101) })).title).toMatch(/100 characters/);
    expect(errorsOf(item({ title: 'x'.repeat(100) })).title).toBeUndefined();
    expect(errorsOf(item({ description: 'x'.repeat(1001) })).description).toMatch(/1,000/);
    expect(errorsOf(item({ title: '   ' })).title).toBeDefined();
  });

  it('accepts only http(s) links', () => {
    expect(errorsOf(item({ url: 'javascript:alert(1)' })).url).toMatch(/http/);
    expect(errorsOf(item({ url: 'ftp://files.example.test/x' })).url).toBeDefined();
    expect(errorsOf(item({ url: 'www.example.com' })).url).toBeDefined();
    expect(errorsOf(item({ url: 'https://example.com/post?id=1' })).url).toBeUndefined();
  });

  it('refuses dates before 1990, dates that do not exist, and an end before the start', () => {
    expect(errorsOf(item({ startDate: '1989-12-31' })).startDate).toMatch(/1990/);
    expect(errorsOf(item({ startDate: '1990-01-01' })).startDate).toBeUndefined();
    expect(errorsOf(item({ startDate: '2026-02-30' })).startDate).toMatch(/as a date/);
    expect(errorsOf(item({ startDate: '' })).startDate).toBe('Enter the date');
    expect(errorsOf(item({ startDate: '2026-05-02', endDate: '2026-05-01' })).endDate).toMatch(/before the start/);
  });

  it('refuses a date in the future of the candidate’s own calendar', () => {
    // 23:30 on 21 November in Los Angeles is already 22 November in UTC.
    vi.useFakeTimers({ now: new Date('2026-11-22T07:30:00Z') });
    expect(errorsOf(item({ startDate: '2026-11-22' }), evidenceItemSchemaFor('America/Los_Angeles')).startDate).toMatch(/future/);
    expect(errorsOf(item({ startDate: '2026-11-22' }), evidenceItemSchemaFor('UTC')).startDate).toBeUndefined();
    expect(errorsOf(item({ startDate: '2026-11-21', endDate: '2026-11-23' }), evidenceItemSchemaFor('UTC')).endDate).toMatch(/future/);
  });

  it('accepts in its first parse any date some time zone has reached, so the server never refuses what the candidate’s form accepts', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T11:00:00Z') });
    // 01:00 on 23 November at UTC+14.
    expect(errorsOf(item({ startDate: '2026-11-23' }), evidenceItemSchema).startDate).toBeUndefined();
    expect(errorsOf(item({ startDate: '2026-11-24' }), evidenceItemSchema).startDate).toMatch(/future/);
  });

  it('keeps only the reach metrics the type asks for, and refuses non-numbers among them', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
    const talk = evidenceItemSchemaFor('UTC').parse(
      item({ type: 'SPEAKING_USER_GROUP', role: 'SPEAKER', metrics: { ATTENDEES: '85', COPIES_SOLD: '10' } }),
    );
    expect(talk.metrics).toEqual({ ATTENDEES: 85 });
    expect(errorsOf(item({ type: 'VIDEO', metrics: { VIEWS: 'lots' } }))['metrics.VIEWS']).toMatch(/whole number/);
    expect(errorsOf(item({ type: 'VIDEO', metrics: { VIEWS: '-5' } }))['metrics.VIEWS']).toBeDefined();
    expect(errorsOf(item({ type: 'VIDEO', metrics: { VIEWS: '99999999999' } }))['metrics.VIEWS']).toMatch(/too large/);
  });

  it('treats only paid work as a possible full-time job', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
    expect(evidenceItemSchemaFor('UTC').parse(item({ isPaid: false, isFullTimeJob: true })).isFullTimeJob).toBe(false);
    expect(evidenceItemSchemaFor('UTC').parse(item({ isPaid: true, isFullTimeJob: true })).isFullTimeJob).toBe(true);
  });

  it('keeps HTML in text fields as it was typed (it is shown as text, never interpreted)', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
    expect(evidenceItemSchemaFor('UTC').parse(item({ title: '<b>AKS</b> tips' })).title).toBe('<b>AKS</b> tips');
  });

  it('asks for the technology area before a focus area', () => {
    expect(errorsOf(item({ focusAreaId: '0195a1b2-0000-7000-8000-000000000001' })).focusAreaId).toMatch(/technology area first/);
  });
});

describe('helpers', () => {
  it('recognises http and https links only', () => {
    expect(isHttpUrl('http://example.com')).toBe(true);
    expect(isHttpUrl('HTTPS://EXAMPLE.COM/x')).toBe(true);
    expect(isHttpUrl('mailto:a@example.com')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
  });
});
