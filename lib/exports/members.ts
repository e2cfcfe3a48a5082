import 'server-only';
// MCT members for the admin (/admin/mct/members) and their export (/api/exports/members), filtered
// by standing. "In renewal" is not stored: it is an active membership whose last year ends within
// the renewal window; a membership whose last year has ended counts as lapsed even before the
// nightly job records it (lib/auth/status.ts deriveMctStanding, the one rule; the filter below
// is the same rule in SQL).
import { prisma } from '@/lib/db';
import { addDays, dateKey, type DateKey, dateKeyOrNull, dbDay } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { programToday } from '@/lib/program-settings';
import { renewalOpensOn } from '@/lib/memberships/lifecycle';
import type { MemberFilter, MemberStanding } from './filters';
import { defineExport, type CsvColumn } from './stream';
import { assertAdmin, keysetRead, readTablePage } from './table';
import type { Viewer } from '@/lib/auth/viewer';
import { deriveMctStanding, MCT_RENEWAL_WINDOW_DAYS, type MctStanding } from '@/lib/auth/status';

export const MEMBER_STANDING_LABELS: Record<MemberStanding, string> = {
  ACTIVE: 'Active',
  IN_RENEWAL: 'In renewal',
  LAPSED: 'Lapsed',
  ALUMNI: 'Alumni',
};

/** The standing as a condition on the stored status and the latest term's end (a membership's
 * latest end is at or after a day exactly when one of its terms is). */
export function memberWhere(filter: MemberFilter, today: DateKey): Prisma.MctMembershipWhereInput {
  const windowEnd = dbDay(addDays(today, MCT_RENEWAL_WINDOW_DAYS));
  switch (filter.status) {
    case 'ALUMNI':
      return { status: 'ALUMNI' };
    case 'ACTIVE':
      return { status: 'ACTIVE', terms: { some: { endsOn: { gt: windowEnd } } } };
    case 'IN_RENEWAL':
      return {
        status: 'ACTIVE',
        AND: [{ terms: { some: { endsOn: { gte: dbDay(today) } } } }, { terms: { none: { endsOn: { gt: windowEnd } } } }],
      };
    case 'LAPSED':
      return { OR: [{ status: 'LAPSED' }, { status: 'ACTIVE', terms: { none: { endsOn: { gte: dbDay(today) } } } }] };
    default:
      return {};
  }
}

const memberSelect = {
  id: true,
  status: true,
  memberSince: true,
  alumniSince: true,
  lapsedOn: true,
  user: { select: { id: true, name: true, email: true, loungeAccess: { select: { status: true } } } },
  terms: { select: { startsOn: true, endsOn: true }, orderBy: { endsOn: 'desc' }, take: 1 },
  _count: { select: { deliveries: true, terms: true } },
} satisfies Prisma.MctMembershipSelect;
type MemberRecord = Prisma.MctMembershipGetPayload<{ select: typeof memberSelect }>;

/** A membership with its standing today and its latest year. */
function describe(m: MemberRecord, today: DateKey) {
  const { standing } = deriveMctStanding({ status: m.status, terms: m.terms }, today);
  const term = m.terms[0] ?? null;
  return { ...m, standing: standing as Exclude<MctStanding, 'NONE'>, term };
}

/** One page of memberships by name unless sorted otherwise, with each one's standing today in the
 * program's time zone. Admins only. */
export async function listMembers(viewer: Viewer, filter: MemberFilter, now: Date = new Date()) {
  assertAdmin(viewer);
  const today = await programToday(prisma, now);
  const where = memberWhere(filter, today);
  const dir = filter.dir ?? (filter.sort === 'since' ? 'desc' : 'asc');
  const orderBy: Prisma.MctMembershipOrderByWithRelationInput[] =
    filter.sort === 'since' ? [{ memberSince: dir }] : [{ user: { name: dir } }];
  const page = await readTablePage(filter.page, where, orderBy, {
    rows: (args) => prisma.mctMembership.findMany({ ...args, select: memberSelect }),
    count: (args) => prisma.mctMembership.count(args),
  });
  return { ...page, rows: page.rows.map((m) => describe(m, today)), today };
}

/** The members export, in id order. Admins only. */
export async function membersExport(viewer: Viewer, filter: MemberFilter, batchSize?: number, now: Date = new Date()) {
  assertAdmin(viewer);
  const today = await programToday(prisma, now);
  const where = memberWhere(filter, today);
  // Columns: ids, the member, standing today (derived) and stored status, the membership's dates
  // and the current (latest) year's (YYYY-MM-DD), when renewal opens, years held, deliveries
  // recorded, and MCT Lounge access.
  const columns: CsvColumn<MemberRecord>[] = [
    { header: 'Membership id', value: (m) => m.id },
    { header: 'Member id', value: (m) => m.user.id },
    { header: 'Name', value: (m) => m.user.name },
    { header: 'Email', value: (m) => m.user.email },
    { header: 'Standing', value: (m) => MEMBER_STANDING_LABELS[describe(m, today).standing] },
    { header: 'Stored status', value: (m) => m.status },
    { header: 'Member since', value: (m) => dateKeyOrNull(m.memberSince) },
    { header: 'Current year starts on', value: (m) => dateKeyOrNull(m.terms[0]?.startsOn) },
    { header: 'Current year ends on', value: (m) => dateKeyOrNull(m.terms[0]?.endsOn) },
    { header: 'Renewal opens on', value: (m) => (m.terms[0] ? renewalOpensOn(dateKey(m.terms[0].endsOn)) : null) },
    { header: 'Alumni since', value: (m) => dateKeyOrNull(m.alumniSince) },
    { header: 'Lapsed on', value: (m) => dateKeyOrNull(m.lapsedOn) },
    { header: 'Membership years', value: (m) => m._count.terms },
    { header: 'Training deliveries', value: (m) => m._count.deliveries },
    { header: 'Lounge access', value: (m) => m.user.loungeAccess?.status ?? 'NONE' },
  ];
  return defineExport(
    'members',
    columns,
    keysetRead(where, (args) => prisma.mctMembership.findMany({ ...args, select: memberSelect })),
    batchSize,
  );
}
