// Links from the admin dashboard to the filtered admin tables behind each chart: the URL contract
// shared with the tables and exports (GET search params, admin zone). One function per table.
import type { DateKey } from '@/lib/dates';
import type { DeliveryFormat, EnrollmentChannel, NominationStatus } from '@/lib/generated/prisma/enums';

/** The review states the reviews table filters by (REMOVED assignments are never shown). */
export type ReviewState = 'assigned' | 'drafted' | 'submitted' | 'overdue';

/** The member standings the members table filters by (IN_RENEWAL is derived, not stored). */
export type MemberStanding = 'ACTIVE' | 'IN_RENEWAL' | 'LAPSED' | 'ALUMNI';

function href(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** /admin/nominations filtered by cycle, category, status and created date (inclusive, admin's zone). */
export function nominationsTableHref(f: {
  cycleId?: string | null;
  categoryId?: string | null;
  status?: NominationStatus | null;
  from?: DateKey;
  to?: DateKey;
}): string {
  return href('/admin/nominations', { cycle: f.cycleId, category: f.categoryId, status: f.status, from: f.from, to: f.to });
}

/** /admin/reviews/all filtered by cycle, category and review state. */
export function reviewsTableHref(f: { cycleId?: string | null; categoryId?: string | null; state?: ReviewState | null }): string {
  return href('/admin/reviews/all', { cycle: f.cycleId, category: f.categoryId, state: f.state });
}

/** /admin/awards filtered by category and the year of the award's start date. */
export function awardsTableHref(f: { categoryId?: string | null; year?: number | null }): string {
  return href('/admin/awards', { category: f.categoryId, year: f.year ? String(f.year) : null });
}

/** /admin/mct/applications filtered by channel and month ('YYYY-MM'). */
export function applicationsTableHref(f: { channel?: EnrollmentChannel | null; month?: string | null }): string {
  return href('/admin/mct/applications', { channel: f.channel, month: f.month });
}

/** /admin/mct/members filtered by standing. */
export function membersTableHref(f: { status?: MemberStanding | null }): string {
  return href('/admin/mct/members', { status: f.status });
}

/** /admin/mct/deliveries filtered by format and start date range. */
export function deliveriesTableHref(f: { format?: DeliveryFormat | null; from?: DateKey; to?: DateKey }): string {
  return href('/admin/mct/deliveries', { format: f.format, from: f.from, to: f.to });
}
