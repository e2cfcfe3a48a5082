// The rules of an award cycle's dates, as pure functions: days an admin types become instants in
// their time zone (an opening day starts at its first moment, a closing day ends with its whole day),
// the schedule's order, two cycles open for nominations in one category at once, and which changes
// candidates already rely on. The service (lib/cycles/service.ts) loads the facts and applies these.
import { addYears, endOfDayIn, startOfDayIn, todayIn, type DateKey } from '@/lib/dates';
import type { CycleStatus } from '@/lib/generated/prisma/enums';
import { NOMINATING_STATUSES } from './lifecycle';

/** The cycle's dates as an admin types them (calendar days in their time zone), and their columns. */
export const CYCLE_DATES = [
  { field: 'nominationsOpenOn', column: 'nominationsOpenAt', edge: 'start', label: 'Nominations open' },
  { field: 'nominationsCloseOn', column: 'nominationsCloseAt', edge: 'end', label: 'Nominations close' },
  { field: 'submissionDeadlineOn', column: 'submissionDeadline', edge: 'end', label: 'Evidence due' },
  { field: 'reviewDueOn', column: 'reviewDueAt', edge: 'end', label: 'Reviews due' },
  { field: 'decisionsReleaseOn', column: 'decisionsReleaseAt', edge: 'end', label: 'Decisions released' },
  { field: 'renewalOpensOn', column: 'renewalOpensAt', edge: 'start', label: 'MVP renewals open' },
  { field: 'renewalDeadlineOn', column: 'renewalDeadline', edge: 'end', label: 'MVP renewals due' },
] as const;

export type CycleDateField = (typeof CYCLE_DATES)[number]['field'];
export type CycleDateColumn = (typeof CYCLE_DATES)[number]['column'];
export type CycleDays = Record<CycleDateField, DateKey>;
export type CycleInstants = Record<CycleDateColumn, Date>;

/** The instants a cycle's days stand for in a time zone: opening days from their first moment,
 * closing days and deadlines to the end of their whole day. */
export function instantsOf(days: CycleDays, timeZone: string): CycleInstants {
  const out = {} as CycleInstants;
  for (const d of CYCLE_DATES)
    out[d.column] = d.edge === 'start' ? startOfDayIn(days[d.field], timeZone) : endOfDayIn(days[d.field], timeZone);
  return out;
}

/** The days a cycle's instants fall on in a time zone (what the edit form shows). */
export function daysOf(instants: CycleInstants, timeZone: string): CycleDays {
  const out = {} as CycleDays;
  for (const d of CYCLE_DATES) out[d.field] = todayIn(timeZone, instants[d.column]);
  return out;
}

/** The instants to store for an edit: a day the admin left as it was keeps its stored instant (so an
 * admin in another time zone saving the form moves nothing they did not change). */
export function editedInstants(before: CycleInstants, days: CycleDays, timeZone: string): CycleInstants {
  const shown = daysOf(before, timeZone);
  const typed = instantsOf(days, timeZone);
  const out = {} as CycleInstants;
  for (const d of CYCLE_DATES) out[d.column] = shown[d.field] === days[d.field] ? before[d.column] : typed[d.column];
  return out;
}

type FieldErrors = Partial<Record<CycleDateField | 'categoryIds' | 'changeNote' | 'awardStartsOn', string[]>>;

const ORDER: { later: CycleDateField; earlier: CycleDateField; message: string }[] = [
  { later: 'nominationsCloseOn', earlier: 'nominationsOpenOn', message: 'Nominations cannot close before they open.' },
  { later: 'submissionDeadlineOn', earlier: 'nominationsCloseOn', message: 'Evidence cannot be due before nominations close.' },
  { later: 'reviewDueOn', earlier: 'submissionDeadlineOn', message: 'Reviews cannot be due before the evidence is.' },
  { later: 'decisionsReleaseOn', earlier: 'reviewDueOn', message: 'Decisions cannot be released before reviews are due.' },
  { later: 'renewalDeadlineOn', earlier: 'renewalOpensOn', message: 'Renewals cannot be due before they open.' },
  { later: 'reviewDueOn', earlier: 'renewalDeadlineOn', message: 'Reviews cannot be due before MVP renewals are in.' },
];

/** The schedule's order, field by field: each date on or after the one it follows. Empty when fine. */
export function scheduleProblems(days: CycleDays): FieldErrors {
  const errors: FieldErrors = {};
  for (const rule of ORDER) {
    if (days[rule.later] < days[rule.earlier]) (errors[rule.later] ??= []).push(rule.message);
  }
  return errors;
}

export type CycleWindow = { id: string; name: string; status: CycleStatus; opensAt: Date; closesAt: Date; categoryIds: readonly string[] };

/** Another cycle that would take nominations in one of the same categories during the same days,
 * if any: two cycles are never open for nominations in one category at once. */
export function overlappingCycle(
  cycle: { id?: string; opensAt: Date; closesAt: Date; categoryIds: readonly string[] },
  others: readonly CycleWindow[],
): { cycle: CycleWindow; categoryIds: string[] } | null {
  for (const other of others) {
    if (other.id === cycle.id || !NOMINATING_STATUSES.includes(other.status)) continue;
    const overlaps = other.opensAt <= cycle.closesAt && cycle.opensAt <= other.closesAt;
    if (!overlaps) continue;
    const shared = cycle.categoryIds.filter((c) => other.categoryIds.includes(c));
    if (shared.length > 0) return { cycle: other, categoryIds: shared };
  }
  return null;
}

/** Dates candidates plan around once a cycle is open: when nominations close, evidence is due,
 * renewals open and are due, and decisions come out. */
export const RELIED_ON: readonly CycleDateColumn[] = [
  'nominationsCloseAt',
  'submissionDeadline',
  'renewalOpensAt',
  'renewalDeadline',
  'decisionsReleaseAt',
];

/** Checks an edit of a cycle's dates against what has happened: in a cycle that is no longer a draft,
 * a date that has passed cannot move (nor can a date move into the past), and dates candidates rely
 * on change only with a note that tells them. Returns field errors, and the relied-on dates that change. */
export function checkDateChanges(f: {
  status: CycleStatus;
  before: CycleInstants;
  after: CycleInstants;
  now: Date;
  /** Nominations or renewals exist in the cycle. */
  hasCandidates: boolean;
  changeNote: string;
}): { errors: FieldErrors; reliedOnChanged: CycleDateColumn[] } {
  const errors: FieldErrors = {};
  const changed = CYCLE_DATES.filter((d) => f.before[d.column].getTime() !== f.after[d.column].getTime());
  if (f.status === 'PLANNED') return { errors, reliedOnChanged: [] };
  for (const d of changed) {
    if (f.before[d.column] < f.now) errors[d.field] = [`${d.label} has passed; it can no longer change.`];
    else if (f.after[d.column] < f.now) errors[d.field] = [`${d.label} cannot move into the past.`];
  }
  const reliedOnChanged = changed.filter((d) => RELIED_ON.includes(d.column)).map((d) => d.column);
  if (f.hasCandidates && reliedOnChanged.length > 0 && f.changeNote.trim() === '') {
    errors.changeNote = ['Candidates already rely on these dates: say what changes and why. They are emailed this note.'];
  }
  return { errors, reliedOnChanged };
}

/** Whether a cycle takes nominations at `now`: open, and within its nomination dates. */
export function isTakingNominations(cycle: { status: CycleStatus; nominationsOpenAt: Date; nominationsCloseAt: Date }, now: Date): boolean {
  return NOMINATING_STATUSES.includes(cycle.status) && cycle.nominationsOpenAt <= now && now <= cycle.nominationsCloseAt;
}

/** The same cycle a year later: each day moved by a year, as a start for the next one. */
export function shiftedByYears<T extends Record<string, DateKey>>(days: T, years: number): T {
  return Object.fromEntries(Object.entries(days).map(([key, value]) => [key, addYears(value, years)])) as T;
}

/** The columns of a cycle its pages and services read (its dates, settings and categories). */
export const cycleFields = {
  id: true,
  name: true,
  status: true,
  version: true,
  nominationsOpenAt: true,
  nominationsCloseAt: true,
  submissionDeadline: true,
  reviewDueAt: true,
  decisionsReleaseAt: true,
  renewalOpensAt: true,
  renewalDeadline: true,
  awardStartsOn: true,
  reviewersPerSubmission: true,
  scoreMin: true,
  scoreMax: true,
} as const;
