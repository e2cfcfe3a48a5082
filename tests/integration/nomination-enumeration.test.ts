// Nominations cannot be enumerated (issue 15): nominating someone who already has an open nomination
// (made by someone else) answers exactly as nominating anyone else does; the offer to endorse the
// open one goes by email to the nominator, what they typed is kept for it, and the try counts against
// their daily limit like any other.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { getFormDraft } from '@/lib/drafts/queries';
import { getEndorsementOffer } from '@/lib/nominations/queries';
import { nominationSchema } from '@/lib/nominations/schema';
import { createNomination, nominateWithinLimit } from '@/lib/nominations/service';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { rateLimitKey } from '@/lib/security/rate-limit';
import { createAward, createCategory, createCycle, createUser, uniqueEmail } from '@/tests/support/factories';

vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));

const fileStartedAt = new Date();
afterAll(async () => {
  // Only the queueing is checked here: settle this file's emails so a later file's worker skips them.
  await prisma.notification.updateMany({ where: { status: 'QUEUED', createdAt: { gte: fileStartedAt } }, data: { status: 'FAILED' } });
});

async function activeMvp(): Promise<Viewer> {
  const user = await createUser({ email: uniqueEmail('mvp') });
  await createAward({ userId: user.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
  return (await loadViewer(user.id))!;
}

const input = (categoryId: string, nomineeEmail: string) =>
  nominationSchema.parse({
    nomineeName: 'Casey Candidate',
    nomineeEmail,
    categoryId,
    focusAreaId: '',
    statement: 'Casey runs a monthly user group on Kubernetes and writes in-depth articles that hundreds of engineers read.',
    relationship: 'COMMUNITY_PEER',
    relationshipDetail: '',
  });

const hitsOf = async (userId: string) =>
  (await prisma.rateLimitBucket.findMany({ where: { key: rateLimitKey('nominate:user', userId) } })).reduce((n, b) => n + b.count, 0);

describe('nominating someone who already has an open nomination', () => {
  it('answers as any nomination does, counts the try, and offers the endorsement by email', async () => {
    const category = await createCategory();
    await createCycle({ categoryIds: [category.id] });
    const [first, second] = [await activeMvp(), await activeMvp()];
    const taken = uniqueEmail('taken');
    const open = await createNomination(first, input(category.id, taken));

    const before = await hitsOf(second.id);
    const onOpen = await nominateWithinLimit(second, input(category.id, taken));
    const onFresh = await nominateWithinLimit(second, input(category.id, uniqueEmail('fresh')));
    expect(onOpen).toEqual(onFresh);
    expect(JSON.stringify(onOpen)).not.toContain(open.outcome === 'created' ? open.nominationId : 'none');
    expect(await hitsOf(second.id)).toBe(before + 2);

    // No second nomination; the nominator is emailed the offer, with the link to endorse.
    expect(await prisma.nomination.count({ where: { nomineeEmail: taken } })).toBe(1);
    const offer = await prisma.notification.findFirstOrThrow({ where: { userId: second.id, template: 'mvp.nomination-endorse-offer' } });
    const openId = open.outcome === 'created' ? open.nominationId : '';
    expect(offer.textBody).toContain(`/nominations/${openId}/endorse`);
    // What they typed waits for them on the endorsement page.
    const draft = await getFormDraft(second, `nomination.endorse.${openId}`);
    expect(draft?.data).toMatchObject({ statement: expect.stringContaining('monthly user group') });
    expect(await getEndorsementOffer(second, openId)).toMatchObject({ kind: 'offer', nomineeName: 'Casey Candidate' });
  });

  it('shows the endorsement page to nobody else: not a candidate, not the nominator', async () => {
    const category = await createCategory();
    await createCycle({ categoryIds: [category.id] });
    const first = await activeMvp();
    const open = await createNomination(first, input(category.id, uniqueEmail('taken')));
    const openId = open.outcome === 'created' ? open.nominationId : '';
    const candidate = (await loadViewer((await createUser({ email: uniqueEmail('candidate') })).id))!;
    expect(await getEndorsementOffer(candidate, openId)).toBeNull();
    expect(await getEndorsementOffer(first, openId)).toMatchObject({ kind: 'own' });
  });
});
