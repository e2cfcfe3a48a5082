// An ISC provider confirming completions on PostgreSQL: one by one, and by CSV upload with its
// preview, its row-by-row problems, the refusal of malformed files, and thousands of rows at once.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { getProviderWorkspace, findCandidateCompletions } from '@/lib/providers/queries';
import { confirmCompletion, importCompletions, previewCompletionsImport } from '@/lib/providers/service';
import { createUser, unique, uniqueEmail } from '@/tests/support/factories';
import { createIscProvider } from '@/tests/support/mct-factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';

const NOW = new Date('2031-11-15T20:00:00Z');
const clock = { now: NOW };
const HEADER = 'name,email,completion date,certificate ID';
const utf8 = (text: string) => new TextEncoder().encode(text);

async function viewerOf(userId: string): Promise<Viewer> {
  const viewer = await loadViewer(userId, NOW);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

async function setUp() {
  const staff = await createUser({ name: 'Parker Provider' });
  const provider = await createIscProvider({ approvedFrom: '2030-01-01', approvedUntil: '2035-12-31', staffIds: [staff.id] });
  return { provider, viewer: await viewerOf(staff.id) };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fieldErrors?: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error('expected the call to be refused');
}

const countFor = (providerId: string) => prisma.iscCompletion.count({ where: { providerId } });

describe('confirming one completion', () => {
  it('saves it, linked to the account of that email, and audited', async () => {
    const { provider, viewer } = await setUp();
    const candidate = await createUser();
    const { id } = await confirmCompletion(
      viewer,
      {
        providerId: provider.id,
        candidateName: 'Casey Candidate',
        candidateEmail: candidate.email,
        completedOn: '2031-10-01',
        certificateId: unique('NW'),
      },
      clock,
    );
    expect(await prisma.iscCompletion.findUniqueOrThrow({ where: { id } })).toMatchObject({
      userId: candidate.id,
      confirmedById: viewer.id,
    });
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'isc_completion.confirmed' } })).toBe(1);
  });

  it('refuses a date in the future, one before the approval, and a duplicate, beside the field', async () => {
    const { provider, viewer } = await setUp();
    const base = { providerId: provider.id, candidateName: 'Casey', candidateEmail: uniqueEmail('c') };
    expect(
      (await refusal(confirmCompletion(viewer, { ...base, completedOn: '2031-11-17', certificateId: unique('X') }, clock))).fieldErrors,
    ).toEqual({
      completedOn: ['17 November 2031 is in the future.'],
    });
    expect(
      (await refusal(confirmCompletion(viewer, { ...base, completedOn: '2029-12-31', certificateId: unique('X') }, clock))).fieldErrors
        ?.completedOn?.[0],
    ).toMatch(/was not approved on 31 December 2029/);
    const certificateId = unique('X');
    await confirmCompletion(viewer, { ...base, completedOn: '2031-01-10', certificateId }, clock);
    expect(
      (
        await refusal(
          confirmCompletion(viewer, { ...base, candidateEmail: uniqueEmail('d'), completedOn: '2031-01-11', certificateId }, clock),
        )
      ).fieldErrors,
    ).toEqual({
      certificateId: ['You already confirmed a completion with this certificate ID'],
    });
    expect(
      (await refusal(confirmCompletion(viewer, { ...base, completedOn: '2031-01-10', certificateId: unique('X') }, clock))).fieldErrors,
    ).toEqual({
      candidateEmail: ['You already confirmed a completion for this person on this date'],
    });
    expect(await countFor(provider.id)).toBe(1);
  });

  it('refuses staff of another provider', async () => {
    const { provider } = await setUp();
    const { viewer: outsider } = await setUp();
    const refused = await refusal(
      confirmCompletion(
        outsider,
        {
          providerId: provider.id,
          candidateName: 'X',
          candidateEmail: uniqueEmail('x'),
          completedOn: '2031-01-10',
          certificateId: unique('X'),
        },
        clock,
      ),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'You are not staff of this ISC provider.' });
  });
});

describe('a CSV upload', () => {
  it('previews good and bad rows without saving anything, then saves the good ones in one batch', async () => {
    const { provider, viewer } = await setUp();
    const existing = await createUser();
    const file = utf8(
      [
        HEADER,
        `Ada Lovelace,${existing.email.toUpperCase()},2031-10-01,${unique('NW')}`,
        `Grace Hopper,${uniqueEmail('grace')},2031-09-15,${unique('NW')}`,
        `Bad Email,not-an-email,2031-09-15,${unique('NW')}`,
        `Future,${uniqueEmail('future')},2031-12-01,${unique('NW')}`,
        `Too Early,${uniqueEmail('early')},2029-06-01,${unique('NW')}`,
      ].join('\n'),
    );
    const input = { providerId: provider.id, fileName: 'november.csv', bytes: file };
    const preview = await previewCompletionsImport(viewer, input, clock);
    expect(preview).toMatchObject({ rowsTotal: 5, rowsValid: 2, rowsRejected: 3, formulaCells: 0, issueCount: 3 });
    expect(preview.issues.map((i) => [i.row, i.column])).toEqual([
      [4, 'email'],
      [5, 'completion date'],
      [6, 'completion date'],
    ]);
    expect(preview.sample.map((r) => r.candidateName)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await countFor(provider.id)).toBe(0);

    const result = await importCompletions(viewer, { ...input, fileHash: preview.fileHash }, clock);
    expect(result).toMatchObject({ rowsTotal: 5, rowsImported: 2, rowsRejected: 3 });
    expect(await prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } })).toMatchObject({
      kind: 'ISC_COMPLETIONS',
      providerId: provider.id,
      userId: viewer.id,
      fileName: 'november.csv',
      rowsTotal: 5,
      rowsImported: 2,
      rowsRejected: 3,
    });
    const saved = await prisma.iscCompletion.findMany({ where: { providerId: provider.id }, orderBy: { candidateName: 'asc' } });
    expect(saved.map((c) => [c.candidateName, c.importBatchId])).toEqual([
      ['Ada Lovelace', result.batchId],
      ['Grace Hopper', result.batchId],
    ]);
    // Lower-cased and matched to the account that already exists.
    expect(saved[0]).toMatchObject({ candidateEmail: existing.email, userId: existing.id });
    // Confirmed by the uploader at the moment of the upload (the batch's), on the file's dates.
    const { createdAt } = await prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(saved.map((c) => [c.confirmedById, c.confirmedAt.toISOString()])).toEqual([
      [viewer.id, createdAt.toISOString()],
      [viewer.id, createdAt.toISOString()],
    ]);
    expect(saved[1]).toMatchObject({ userId: null, completedOn: new Date('2031-09-15T00:00:00Z') });
    expect(await prisma.auditEvent.count({ where: { entityId: result.batchId, action: 'isc_completions.imported' } })).toBe(1);
  });

  it('refuses rows already confirmed in an earlier upload', async () => {
    const { provider, viewer } = await setUp();
    const [a, b] = [unique('NW'), unique('NW')];
    const first = utf8(`${HEADER}\nA,${uniqueEmail('a')},2031-01-01,${a}\n`);
    const p1 = await previewCompletionsImport(viewer, { providerId: provider.id, fileName: 'a.csv', bytes: first }, clock);
    await importCompletions(viewer, { providerId: provider.id, fileName: 'a.csv', bytes: first, fileHash: p1.fileHash }, clock);
    const second = utf8(`${HEADER}\nA again,${uniqueEmail('a2')},2031-01-02,${a}\nB,${uniqueEmail('b')},2031-01-03,${b}\n`);
    const p2 = await previewCompletionsImport(viewer, { providerId: provider.id, fileName: 'b.csv', bytes: second }, clock);
    expect(p2).toMatchObject({ rowsValid: 1, rowsRejected: 1 });
    expect(p2.issues[0]?.message).toBe(`Certificate ID ${a} was already confirmed in an earlier upload`);
    await importCompletions(viewer, { providerId: provider.id, fileName: 'b.csv', bytes: second, fileHash: p2.fileHash }, clock);
    expect(await countFor(provider.id)).toBe(2);
  });

  it('refuses malformed files with a clear message and saves nothing', async () => {
    const { provider, viewer } = await setUp();
    const attempt = async (bytes: Uint8Array) => {
      const message = (await refusal(previewCompletionsImport(viewer, { providerId: provider.id, fileName: 'bad.csv', bytes }, clock)))
        .message;
      const viaImport = await refusal(
        importCompletions(viewer, { providerId: provider.id, fileName: 'bad.csv', bytes, fileHash: 'x'.repeat(64) }, clock),
      );
      expect(viaImport.code).toBe('CONFLICT');
      return message;
    };
    expect(await attempt(utf8('name,email\nA,a@example.com\n'))).toContain('Missing: completion date, certificate ID');
    expect(await attempt(new Uint8Array([...utf8(`${HEADER}\nJos`), 0xe9, ...utf8(',j@example.com,2031-01-01,C-1\n')]))).toContain(
      'not UTF-8 text',
    );
    expect(await attempt(new Uint8Array(50 * 1024 * 1024))).toContain('The file is 50.0 MB; the limit is 5.0 MB');
    expect(await countFor(provider.id)).toBe(0);
    expect(await prisma.importBatch.count({ where: { providerId: provider.id } })).toBe(0);
  });

  it('refuses a whole file with formula cells, even its good rows', async () => {
    const { provider, viewer } = await setUp();
    const bytes = utf8(
      `${HEADER}\nGood Row,${uniqueEmail('g')},2031-01-01,${unique('NW')}\n"=HYPERLINK(""http://evil.example"")",${uniqueEmail('e')},2031-01-01,${unique('NW')}\n`,
    );
    const preview = await previewCompletionsImport(viewer, { providerId: provider.id, fileName: 'f.csv', bytes }, clock);
    expect(preview).toMatchObject({ formulaCells: 1, rowsValid: 1 });
    expect(preview.issues[0]).toMatchObject({ row: 3, column: 'name' });
    const refused = await refusal(
      importCompletions(viewer, { providerId: provider.id, fileName: 'f.csv', bytes, fileHash: preview.fileHash }, clock),
    );
    expect(refused.message).toContain('run as formulas. Remove them and upload again. Nothing was saved.');
    expect(await countFor(provider.id)).toBe(0);
  });

  it('saves only the file that was previewed', async () => {
    const { provider, viewer } = await setUp();
    const previewed = utf8(`${HEADER}\nA,${uniqueEmail('a')},2031-01-01,${unique('NW')}\n`);
    const preview = await previewCompletionsImport(viewer, { providerId: provider.id, fileName: 'a.csv', bytes: previewed }, clock);
    const other = utf8(`${HEADER}\nB,${uniqueEmail('b')},2031-01-01,${unique('NW')}\n`);
    const refused = await refusal(
      importCompletions(viewer, { providerId: provider.id, fileName: 'a.csv', bytes: other, fileHash: preview.fileHash }, clock),
    );
    expect(refused.message).toMatch(/^This is not the file you previewed/);
    expect(await countFor(provider.id)).toBe(0);
  });

  it('refuses staff of another provider, for the preview too', async () => {
    const { provider } = await setUp();
    const { viewer: outsider } = await setUp();
    const bytes = utf8(`${HEADER}\nA,${uniqueEmail('a')},2031-01-01,${unique('NW')}\n`);
    expect((await refusal(previewCompletionsImport(outsider, { providerId: provider.id, fileName: 'a.csv', bytes }, clock))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refusal(getProviderWorkspace(outsider, provider.id))).code).toBe('FORBIDDEN');
    expect((await refusal(findCandidateCompletions(outsider, { providerId: provider.id, candidateEmail: 'a@example.com' }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('saves 20,000 rows in one transaction', async () => {
    const { provider, viewer } = await setUp();
    const run = unique('bulk');
    const lines = [HEADER];
    for (let i = 0; i < 20_000; i++) lines.push(`Person ${i},${run}-${i}@example.org,2031-0${(i % 9) + 1}-15,${run}-${i}`);
    const bytes = utf8(lines.join('\n'));
    const preview = await previewCompletionsImport(viewer, { providerId: provider.id, fileName: 'bulk.csv', bytes }, clock);
    const result = await importCompletions(
      viewer,
      { providerId: provider.id, fileName: 'bulk.csv', bytes, fileHash: preview.fileHash },
      clock,
    );
    expect(result.rowsImported).toBe(20_000);
    expect(await countFor(provider.id)).toBe(20_000);

    const workspace = await getProviderWorkspace(viewer, provider.id, { page: 3, search: `${run}-19999@` }, NOW);
    expect(workspace).toMatchObject({ totalCompletions: 20_000, totalMatching: 1, page: 1, pageCount: 1 });
  }, 120_000);

  it('shows the applications a provider started twenty a page, newest first', async () => {
    const { provider, viewer } = await setUp();
    const candidates = await Promise.all(Array.from({ length: 23 }, (_, i) => createUser({ name: `Paged Candidate ${i}` })));
    for (const [i, c] of candidates.entries()) {
      await prisma.mctApplication.create({
        data: {
          candidateId: c.id,
          channel: 'PROVIDER',
          providerId: provider.id,
          status: 'AWAITING_CANDIDATE',
          createdAt: new Date(NOW.getTime() - (23 - i) * 60_000),
        },
      });
    }
    const first = await getProviderWorkspace(viewer, provider.id, {}, NOW);
    expect(first).toMatchObject({ totalApplications: 23, applicationsPage: 1, applicationsPageCount: 2 });
    expect(first.applications.map((a) => a.candidate.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Paged Candidate ${22 - i}`));
    const second = await getProviderWorkspace(viewer, provider.id, { applicationsPage: 9 }, NOW);
    expect(second.applicationsPage).toBe(2);
    expect(second.applications.map((a) => a.candidate.name)).toEqual(['Paged Candidate 2', 'Paged Candidate 1', 'Paged Candidate 0']);
  });
});
