// What values accepted by the schemas must look like, as expect() checks, and generators of valid
// form values: shared by the property tests of the schemas and of the CSV and spreadsheet readers.
import fc from 'fast-check';
import { expect } from 'vitest';
import { todayIn } from '@/lib/dates';
import { MAX_METRIC_VALUE } from '@/lib/evidence/schema';
import {
  CONTRIBUTION_ROLE_VALUES,
  CONTRIBUTION_TYPE_VALUES,
  CONTRIBUTION_TYPES,
  REACH_METRIC_VALUES,
  TARGET_AUDIENCE_VALUES,
} from '@/lib/evidence/types';
import { MAX_STUDENTS } from '@/lib/memberships/schema';
import { formulaPrefixOf } from '@/lib/providers/schema';
import { dayBetween, email, httpUrl, text, uuid } from './arbitraries';

export type Out = Record<string, unknown>;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function trimmed(value: unknown, min: number, max: number): void {
  expect(typeof value).toBe('string');
  const s = value as string;
  expect(s).toBe(s.trim());
  expect(s.length).toBeGreaterThanOrEqual(min);
  expect(s.length).toBeLessThanOrEqual(max);
}
export const trimmedOrNull = (value: unknown, max: number) => (value === null ? undefined : trimmed(value, 1, max));

export function realDay(value: unknown, min = '0000-01-01', max = '9999-12-31'): void {
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const s = value as string;
  expect(new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s);
  expect(s >= min && s <= max).toBe(true);
}

export function isUuid(value: unknown): void {
  expect(value).toMatch(UUID);
}

export function isEmail(value: unknown): void {
  trimmed(value, 3, 320);
  const s = value as string;
  expect(s).toBe(s.toLowerCase());
  expect(s).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
}

export function isHttp(value: unknown): void {
  trimmed(value, 1, 2048);
  const url = new URL(value as string);
  expect(['http:', 'https:']).toContain(url.protocol);
  expect(url.hostname.length).toBeGreaterThan(0);
}

export function intWithin(value: unknown, min: number, max: number): void {
  expect(Number.isInteger(value)).toBe(true);
  expect(value as number).toBeGreaterThanOrEqual(min);
  expect(value as number).toBeLessThanOrEqual(max);
}

export function noFormula(value: unknown): void {
  expect(formulaPrefixOf(value as string)).toBeNull();
}

export const today = todayIn('UTC');
export const anyDay = dayBetween('1950-01-01', '2100-12-31');
export const orderedDays: fc.Arbitrary<readonly [string, string]> = fc.tuple(anyDay, anyDay).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
export const emptyOr = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), arb);

export const evidenceValid = (maxDay: string) =>
  fc
    .record({
      type: fc.constantFrom(...CONTRIBUTION_TYPE_VALUES),
      role: fc.constantFrom(...CONTRIBUTION_ROLE_VALUES),
      title: text(1, 100),
      description: text(1, 1000),
      dates: fc
        .tuple(dayBetween('1990-01-01', maxDay), fc.option(dayBetween('1990-01-01', maxDay)))
        .map(([a, b]): [string, string] => (b === null ? [a, ''] : a <= b ? [a, b] : [b, a])),
      url: emptyOr(httpUrl),
      audience: fc.constantFrom(...TARGET_AUDIENCE_VALUES),
      ids: fc.oneof(
        fc.constant<[string, string]>(['', '']),
        uuid.map((c): [string, string] => [c, '']),
        fc.tuple(uuid, uuid),
      ),
      metrics: fc.dictionary(
        fc.constantFrom(...REACH_METRIC_VALUES),
        fc.oneof(
          fc.constant(''),
          fc.integer({ min: 0, max: MAX_METRIC_VALUE }).map(String),
          fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString('en-US')),
        ),
      ),
      isPaid: fc.boolean(),
      isFullTimeJob: fc.boolean(),
      isHighImpact: fc.boolean(),
      privateNote: emptyOr(text(1, 1000)),
    })
    .map(({ dates, ids, ...v }) => ({ ...v, startDate: dates[0], endDate: dates[1], categoryId: ids[0], focusAreaId: ids[1] }));

export const checkEvidence = (maxDay: string) => (o: Out) => {
  expect(CONTRIBUTION_TYPE_VALUES).toContain(o.type);
  expect(CONTRIBUTION_ROLE_VALUES).toContain(o.role);
  expect(TARGET_AUDIENCE_VALUES).toContain(o.audience);
  trimmed(o.title, 1, 100);
  trimmed(o.description, 1, 1000);
  realDay(o.startDate, '1990-01-01', maxDay);
  if (o.endDate !== null) {
    realDay(o.endDate, '1990-01-01', maxDay);
    expect((o.endDate as string) >= (o.startDate as string)).toBe(true);
  }
  if (o.url !== null) isHttp(o.url);
  for (const key of ['categoryId', 'focusAreaId']) if (o[key] !== null) isUuid(o[key]);
  if (o.focusAreaId !== null) expect(o.categoryId).not.toBeNull();
  const allowed = CONTRIBUTION_TYPES[o.type as keyof typeof CONTRIBUTION_TYPES].metrics;
  for (const [metric, value] of Object.entries(o.metrics as Record<string, number>)) {
    expect(allowed).toContain(metric);
    intWithin(value, 0, MAX_METRIC_VALUE);
  }
  for (const flag of ['isPaid', 'isFullTimeJob', 'isHighImpact']) expect(typeof o[flag]).toBe('boolean');
  if (o.isFullTimeJob) expect(o.isPaid).toBe(true);
  trimmedOrNull(o.privateNote, 1000);
};

export const deliveryValid = fc
  .record({
    courseCode: text(1, 40),
    courseTitle: text(1, 200),
    days: orderedDays,
    format: fc.constantFrom('In person', 'in-person', 'Onsite', 'VIRTUAL', 'online', 'Hybrid', 'blended'),
    studentCount: fc.integer({ min: 1, max: MAX_STUDENTS }).map(String),
    trainingPartner: text(1, 200),
    satisfactionScore: emptyOr(
      fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
    ),
  })
  .map(({ days, ...v }) => ({ ...v, startDate: days[0], endDate: days[1] }));

export const checkDelivery = (o: Out) => {
  trimmed(o.courseCode, 1, 40);
  trimmed(o.courseTitle, 1, 200);
  trimmed(o.trainingPartner, 1, 200);
  for (const key of ['courseCode', 'courseTitle', 'trainingPartner']) noFormula(o[key]);
  realDay(o.startDate);
  realDay(o.endDate);
  expect((o.endDate as string) >= (o.startDate as string)).toBe(true);
  expect(['IN_PERSON', 'VIRTUAL', 'HYBRID']).toContain(o.format);
  intWithin(o.studentCount, 1, MAX_STUDENTS);
  if (o.satisfactionScore !== null) {
    expect(Number.isFinite(o.satisfactionScore)).toBe(true);
    expect(o.satisfactionScore as number).toBeGreaterThanOrEqual(1);
    expect(o.satisfactionScore as number).toBeLessThanOrEqual(9);
  }
};

export const completionValid = fc.record({
  candidateName: text(1, 200),
  candidateEmail: email,
  completedOn: anyDay,
  certificateId: text(1, 80),
});
export const checkCompletion = (o: Out) => {
  trimmed(o.candidateName, 1, 200);
  noFormula(o.candidateName);
  isEmail(o.candidateEmail);
  realDay(o.completedOn);
  trimmed(o.certificateId, 1, 80);
  noFormula(o.certificateId);
};
