import { describe, expect, it } from 'vitest';
import type { MctApplicationStatus } from '@/lib/generated/prisma/enums';
import {
  assertMctApplicationTransition,
  awaitingCandidateUntil,
  canTransitionMctApplication,
  hasLapsedAwaitingCandidate,
  isOpenMctApplication,
  MCT_APPLICATION_STATUS_COPY,
  MCT_APPLICATION_TRANSITIONS,
} from './lifecycle';

const STATUSES = Object.keys(MCT_APPLICATION_TRANSITIONS) as MctApplicationStatus[];

const ALLOWED: [MctApplicationStatus, MctApplicationStatus][] = [
  ['AWAITING_CANDIDATE', 'SUBMITTED'],
  ['AWAITING_CANDIDATE', 'WITHDRAWN'],
  ['AWAITING_CANDIDATE', 'EXPIRED'],
  ['HELD', 'AWAITING_CANDIDATE'],
  ['HELD', 'WITHDRAWN'],
  ['SUBMITTED', 'APPROVED'],
  ['SUBMITTED', 'REJECTED'],
  ['SUBMITTED', 'WITHDRAWN'],
];

describe('the MCT application lifecycle', () => {
  it('allows exactly the listed transitions, every other pair refused', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const expected = ALLOWED.some(([f, t]) => f === from && t === to);
        expect(canTransitionMctApplication(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it('never decides an application the candidate has not submitted', () => {
    expect(canTransitionMctApplication('AWAITING_CANDIDATE', 'APPROVED')).toBe(false);
    expect(() => assertMctApplicationTransition('AWAITING_CANDIDATE', 'APPROVED')).toThrow(
      'This application is waiting for the candidate; it can no longer be approved.',
    );
  });

  it('never lets a held application skip the candidate, nor lapse while held', () => {
    expect(canTransitionMctApplication('HELD', 'SUBMITTED')).toBe(false);
    expect(canTransitionMctApplication('HELD', 'EXPIRED')).toBe(false);
    expect(() => assertMctApplicationTransition('HELD', 'APPROVED')).toThrow(
      'This application is held until enrollment reopens; it can no longer be approved.',
    );
  });

  it('refuses a second decision with a clear message', () => {
    expect(() => assertMctApplicationTransition('APPROVED', 'REJECTED')).toThrow(
      'This application is approved; it can no longer be rejected.',
    );
  });

  it('counts waiting, held and submitted applications as open', () => {
    expect(STATUSES.filter(isOpenMctApplication)).toEqual(['AWAITING_CANDIDATE', 'HELD', 'SUBMITTED']);
  });

  it('has a label and a next step for every status and every reader', () => {
    for (const status of STATUSES) {
      const copy = MCT_APPLICATION_STATUS_COPY[status];
      expect(copy.label && copy.candidate && copy.provider && copy.admin).toBeTruthy();
    }
  });

  it('gives the candidate 14 days to accept a provider-started application', () => {
    const createdAt = new Date('2026-11-01T10:00:00Z');
    expect(awaitingCandidateUntil(createdAt).toISOString()).toBe('2026-11-15T10:00:00.000Z');
    const app = { status: 'AWAITING_CANDIDATE' as const, createdAt };
    expect(hasLapsedAwaitingCandidate(app, new Date('2026-11-15T09:59:59Z'))).toBe(false);
    expect(hasLapsedAwaitingCandidate(app, new Date('2026-11-15T10:00:00Z'))).toBe(true);
    expect(hasLapsedAwaitingCandidate({ status: 'SUBMITTED', createdAt }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
