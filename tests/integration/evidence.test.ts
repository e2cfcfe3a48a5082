// The evidence log, its CSV import and form drafts on PostgreSQL: each person reads and changes
// only their own, the server refuses what the form refuses, and an import saves all or nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAction } from '@/lib/actions/define-action';
import { prisma } from '@/lib/db';
import { getFormDraft } from '@/lib/drafts/queries';
import { saveDraftSchema } from '@/lib/drafts/schema';
import { clearFormDraft, saveFormDraft } from '@/lib/drafts/service';
import { currentWindowFor, getEvidenceItemForEdit, getEvidenceOverview, listEvidenceItems } from '@/lib/evidence/queries';
import { buildTimeline } from '@/lib/evidence/timeline';
import { emptyEvidenceItem, evidenceItemSchema, evidenceItemSchemaFor, type EvidenceItemInput } from '@/lib/evidence/schema';
import { deleteEvidenceItem, importEvidence, previewEvidenceImport, saveEvidenceItem } from '@/lib/evidence/service';
import { createCategory, createUser } from '@/tests/support/factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';

vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));

afterEach(() => vi.useRealTimers());

async function person(timeZone = 'UTC'): Promise<Viewer> {
  const viewer = await loadViewer((await createUser({ timeZone })).id);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

const input = (overrides: Partial<EvidenceItemInput> = {}): EvidenceItemInput => ({
  ...emptyEvidenceItem(),
  title: 'Running AKS on a budget',
  description: 'A three-part series on autoscaling AKS for small teams.',
  startDate: '2026-10-12',
  ...overrides,
});
const parsed = (overrides: Partial<EvidenceItemInput> = {}) => evidenceItemSchemaFor('UTC').parse(input(overrides));

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; fieldErrors?: Record<string, string[]> };
  }
  throw new Error('expected a refusal');
}

describe('the evidence log', () => {
  it('adds, edits and deletes an item with its reach metrics, audited', async () => {
    const casey = await person();
    const category = await createCategory();
    const { id } = await saveEvidenceItem(
      casey,
      parsed({ type: 'VIDEO', categoryId: category.id, metrics: { VIEWS: '4300', SUBSCRIBERS: '' } }),
    );
    const stored = await prisma.evidenceItem.findUniqueOrThrow({ where: { id }, include: { metrics: true } });
    expect(stored).toMatchObject({ ownerId: casey.id, type: 'VIDEO', categoryId: category.id });
    expect(stored.metrics.map((m) => [m.metric, m.value])).toEqual([['VIEWS', 4300]]);

    await saveEvidenceItem(casey, parsed({ id, type: 'BOOK', title: 'Now a book', metrics: { COPIES_SOLD: '120' } }));
    const edited = await prisma.evidenceItem.findUniqueOrThrow({ where: { id }, include: { metrics: true } });
    expect(edited).toMatchObject({ title: 'Now a book', type: 'BOOK', version: 1 });
    expect(edited.metrics.map((m) => [m.metric, m.value])).toEqual([['COPIES_SOLD', 120]]);
    expect(await getEvidenceItemForEdit(casey, id)).toMatchObject({ title: 'Now a book', metrics: { COPIES_SOLD: '120' }, endDate: '' });

    await deleteEvidenceItem(casey, { id });
    expect(await prisma.evidenceItem.count({ where: { id } })).toBe(0);
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['evidence.created', 'evidence.updated', 'evidence.deleted']);
  });

  it('lets nobody read, change or delete someone else’s items', async () => {
    const [casey, mallory] = [await person(), await person()];
    const { id } = await saveEvidenceItem(casey, parsed({ title: 'Casey’s talk' }));
    expect(await getEvidenceItemForEdit(mallory, id)).toBeNull();
    expect((await listEvidenceItems(mallory, currentWindowFor(mallory))).map((i) => i.id)).not.toContain(id);
    expect(await rejection(saveEvidenceItem(mallory, parsed({ id, title: 'Taken over' })))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(deleteEvidenceItem(mallory, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.evidenceItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: 'Casey’s talk', ownerId: casey.id });
  });

  it('refuses on the server what the form refuses: the action parses with the form’s schema', async () => {
    const casey = await person();
    const save = defineAction(evidenceItemSchema, saveEvidenceItem, { resolveViewer: async () => casey });
    const result = await save(input({ url: 'javascript:alert(1)', title: 'x'.repeat(101), startDate: '1989-06-01' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        url: [expect.stringMatching(/http/)],
        title: [expect.stringMatching(/100/)],
        startDate: ['Dates before 1990 are not accepted'],
      },
    });
    expect(await prisma.evidenceItem.count({ where: { ownerId: casey.id } })).toBe(0);
  });

  it('refuses a date that is still in the future in the candidate’s own time zone', async () => {
    // 07:30 UTC on 22 November: already the 22nd (and later) east of UTC, still the 21st in Los Angeles.
    vi.useFakeTimers({ now: new Date('2026-11-22T07:30:00Z'), toFake: ['Date'] });
    const angeleno = await person('America/Los_Angeles');
    const save = defineAction(evidenceItemSchema, saveEvidenceItem, { resolveViewer: async () => angeleno });
    expect(await save(input({ startDate: '2026-11-22' }))).toMatchObject({
      ok: false,
      fieldErrors: { startDate: ['The date cannot be in the future'] },
    });
    expect(await save(input({ startDate: '2026-11-21' }))).toMatchObject({ ok: true });
  });

  it('refuses a focus area that is not of the chosen technology area', async () => {
    const casey = await person();
    const [azure, security] = [await createCategory(), await createCategory()];
    const focus = await prisma.focusArea.create({ data: { categoryId: security.id, slug: 'identity', name: 'Identity' } });
    const error = await rejection(saveEvidenceItem(casey, parsed({ categoryId: azure.id, focusAreaId: focus.id })));
    expect(error.fieldErrors?.focusAreaId).toBeDefined();
  });

  it('places each item against the 12-month window and builds the monthly timeline', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
    const casey = await person();
    await saveEvidenceItem(casey, parsed({ title: 'Inside', startDate: '2026-10-12', type: 'VIDEO', metrics: { VIEWS: '1000' } }));
    await saveEvidenceItem(casey, parsed({ title: 'Outside', startDate: '2025-11-22' }));
    const overview = await getEvidenceOverview(casey, new Date(), { outside: 1 });
    expect(overview.window).toEqual({ start: '2025-11-23', end: '2026-11-22' });
    expect(overview.inside.items.map((i) => [i.title, i.position])).toEqual([['Inside', 'inside']]);
    expect(overview.outside!.items.map((i) => [i.title, i.position])).toEqual([['Outside', 'before']]);
    // Until asked for, the items outside the window are only counted.
    expect((await getEvidenceOverview(casey)).outside).toBeNull();
    expect(overview.counts).toEqual({ total: 2, inside: 1, outside: 1 });
    expect(overview.timeline.totalContributions).toBe(1);
    expect(overview.timeline.months).toHaveLength(12);
    expect(overview.timeline.months.find((m) => m.month === '2026-09-23')).toMatchObject({ contributions: 1, reach: 1000 });
    expect(overview.timeline.gaps).toHaveLength(11);
  });

  it('pages a long log on the server, and counts the chart in the database exactly as from the items', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
    const casey = await person();
    const someoneElse = await person();
    // 130 items: inside the window on many days (some with reach, some with metrics that are not
    // reach), ranges running into the window from before it, items before it and after today.
    const rows = Array.from({ length: 130 }, (_, n) => {
      const kind = n % 5;
      const start =
        kind === 3
          ? `2024-${String((n % 12) + 1).padStart(2, '0')}-15`
          : kind === 4
            ? '2027-01-10'
            : `2026-${String((n % 11) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
      return {
        ownerId: casey.id,
        type: 'VIDEO' as const,
        role: 'AUTHOR' as const,
        title: `Item ${String(n).padStart(3, '0')}`,
        description: 'x',
        startDate: new Date(`${kind === 2 ? '2025-06-01' : start}T00:00:00Z`),
        endDate: kind === 2 ? new Date(`2025-${n % 2 ? '12' : '10'}-31T00:00:00Z`) : null,
        audience: 'DEVELOPERS' as const,
      };
    });
    await prisma.evidenceItem.createMany({ data: rows });
    await prisma.evidenceItem.create({ data: { ...rows[0]!, ownerId: someoneElse.id, title: 'Not casey’s' } });
    const items = await prisma.evidenceItem.findMany({ where: { ownerId: casey.id }, select: { id: true }, orderBy: { title: 'asc' } });
    await prisma.evidenceMetric.createMany({
      data: items.flatMap(({ id }, n) => [
        { evidenceItemId: id, metric: 'VIEWS' as const, value: 100 + n },
        ...(n % 3 === 0 ? [{ evidenceItemId: id, metric: 'SESSIONS' as const, value: 7 }] : []),
      ]),
    });

    const overview = await getEvidenceOverview(casey);
    const everything = await listEvidenceItems(casey, overview.window);
    const expectedInside = everything.filter((i) => i.position === 'inside');
    expect(overview.timeline).toEqual(buildTimeline(everything, overview.window));
    expect(overview.timeline.totalReach).toBeGreaterThan(0);
    expect(overview.counts).toEqual({ total: 130, inside: expectedInside.length, outside: 130 - expectedInside.length });

    // Every inside item appears once across the pages, newest first, 15 a page.
    expect(overview.inside).toMatchObject({ page: 1, pageSize: 15, pageCount: Math.ceil(expectedInside.length / 15) });
    expect(overview.inside.items).toHaveLength(15);
    const pages = [overview.inside.items];
    for (let page = 2; page <= overview.inside.pageCount; page += 1)
      pages.push((await getEvidenceOverview(casey, new Date(), { inside: page })).inside.items);
    const paged = pages.flat();
    expect(paged.map((i) => i.id)).toEqual(expectedInside.map((i) => i.id));
    expect(paged.every((i) => i.position === 'inside')).toBe(true);
    const expectedOutside = everything.filter((i) => i.position !== 'inside');
    const firstOutside = (await getEvidenceOverview(casey, new Date(), { outside: 1 })).outside!;
    const outside = [firstOutside.items];
    for (let page = 2; page <= firstOutside.pageCount; page += 1)
      outside.push((await getEvidenceOverview(casey, new Date(), { outside: page })).outside!.items);
    expect(firstOutside.pageCount).toBe(Math.ceil(expectedOutside.length / 15));
    expect(outside.flat().map((i) => i.id)).toEqual(expectedOutside.map((i) => i.id));
    expect(outside.flat().some((i) => i.position === 'after')).toBe(true);
    expect(outside.flat().some((i) => i.position === 'before')).toBe(true);
    // A page past the end shows the last page.
    const far = await getEvidenceOverview(casey, new Date(), { inside: 999 });
    expect(far.inside.page).toBe(overview.inside.pageCount);
    expect(far.inside.items.map((i) => i.id)).toEqual(pages.at(-1)!.map((i) => i.id));
  });
});

describe('importing contributions from CSV', () => {
  const header = 'type,role,title,description,start_date,audience,views,attendees';
  const good1 = 'BLOG,AUTHOR,Imported post,About AKS,2026-10-01,DEVELOPERS,1200,';
  const good2 = 'SPEAKING_USER_GROUP,SPEAKER,Imported talk,About identity,2026-09-01,DEVELOPERS,,85';
  const bad = 'BLOG,AUTHOR,Bad post,About nothing,2026-13-01,DEVELOPERS,lots,';

  it('previews good and bad rows without saving anything', async () => {
    const casey = await person();
    const preview = await previewEvidenceImport(casey, { csv: [header, good1, bad, good2].join('\n'), fileName: 'mine.csv' });
    expect(preview).toMatchObject({ valid: 2, invalid: 1 });
    expect(preview.rows[1]).toMatchObject({
      row: 3,
      ok: false,
      errors: expect.arrayContaining([expect.stringMatching(/^start_date:/), expect.stringMatching(/^views:/)]),
    });
    expect(preview.rows[0]).toMatchObject({ row: 2, ok: true, title: 'Imported post', metrics: { VIEWS: 1200 } });
    expect(await prisma.evidenceItem.count({ where: { ownerId: casey.id } })).toBe(0);
  });

  it('saves nothing when any row is bad, unless the person chose to import only the valid rows', async () => {
    const casey = await person();
    const csv = [header, good1, bad, good2].join('\n');
    const error = await rejection(importEvidence(casey, { csv, fileName: 'mine.csv', mode: 'all' }));
    expect(error.message).toMatch(/1 row needs attention, so nothing was saved/);
    expect(await prisma.evidenceItem.count({ where: { ownerId: casey.id } })).toBe(0);

    const result = await importEvidence(casey, { csv, fileName: 'mine.csv', mode: 'valid-only' });
    expect(result).toMatchObject({ imported: 2, skipped: 1 });
    const items = await prisma.evidenceItem.findMany({
      where: { ownerId: casey.id },
      include: { metrics: true },
      orderBy: { startDate: 'asc' },
    });
    expect(items.map((i) => [i.title, i.metrics.map((m) => [m.metric, m.value])])).toEqual([
      ['Imported talk', [['ATTENDEES', 85]]],
      ['Imported post', [['VIEWS', 1200]]],
    ]);
    expect(await prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } })).toMatchObject({
      kind: 'EVIDENCE_ITEMS',
      userId: casey.id,
      fileName: 'mine.csv',
      rowsTotal: 3,
      rowsImported: 2,
      rowsRejected: 1,
    });
    expect(await prisma.auditEvent.count({ where: { entityId: result.batchId, action: 'evidence.imported' } })).toBe(1);
  });

  it('imports a file whose rows are all valid', async () => {
    const casey = await person();
    expect(await importEvidence(casey, { csv: [header, good1, good2].join('\r\n'), fileName: 'ok.csv', mode: 'all' })).toMatchObject({
      imported: 2,
      skipped: 0,
    });
  });

  it('refuses an unusable file as a whole', async () => {
    const casey = await person();
    expect(await rejection(previewEvidenceImport(casey, { csv: 'colour\nred', fileName: 'x.csv' }))).toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/Unknown column/),
    });
  });
});

describe('form drafts', () => {
  it('keeps a person’s draft for them alone, and forgets it when cleared', async () => {
    const [casey, mallory] = [await person(), await person()];
    await saveFormDraft(casey, { formKey: 'evidence.new', data: { title: 'Half-typed title' } });
    await saveFormDraft(casey, { formKey: 'evidence.new', data: { title: 'Half-typed title, more' } });
    expect(await getFormDraft(casey, 'evidence.new')).toMatchObject({ data: { title: 'Half-typed title, more' } });
    expect(await getFormDraft(mallory, 'evidence.new')).toBeNull();
    await clearFormDraft(mallory, { formKey: 'evidence.new' });
    expect(await getFormDraft(casey, 'evidence.new')).not.toBeNull();
    await clearFormDraft(casey, { formKey: 'evidence.new' });
    expect(await getFormDraft(casey, 'evidence.new')).toBeNull();
  });

  it('refuses a draft that is too large or has a strange key', () => {
    expect(saveDraftSchema.safeParse({ formKey: 'evidence.new', data: { title: 'x'.repeat(70_000) } }).success).toBe(false);
    expect(saveDraftSchema.safeParse({ formKey: '../etc', data: {} }).success).toBe(false);
    expect(saveDraftSchema.safeParse({ formKey: 'mct.application:renewal-2027', data: { a: 1 } }).success).toBe(true);
  });
});
