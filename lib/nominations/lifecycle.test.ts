import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { NominationStatus, SubmissionStatus } from '@/lib/generated/prisma/enums';
import {
  assertNominationTransition,
  assertSubmissionTransition,
  canTransitionNomination,
  canTransitionSubmission,
  isOpenNomination,
  NOMINATION_JOURNEY,
  NOMINATION_STATUS_COPY,
  NOMINATION_TRANSITIONS,
  OPEN_NOMINATION_STATUSES,
} from './lifecycle';

const ALL = Object.values(NominationStatus);

// Every allowed move, written out once more by hand: the table must say exactly this.
const ALLOWED = new Set([
  'INVITED>ACCEPTED',
  'INVITED>DECLINED',
  'INVITED>EXPIRED',
  'INVITED>WITHDRAWN',
  'ACCEPTED>SUBMITTED',
  'ACCEPTED>WITHDRAWN',
  'ACCEPTED>EXPIRED',
  'SUBMITTED>UNDER_REVIEW',
  'SUBMITTED>WITHDRAWN',
  'UNDER_REVIEW>DECIDED',
]);

describe('the nomination state machine', () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const allowed = ALLOWED.has(`${from}>${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} -> ${to}`, () => {
        expect(canTransitionNomination(from, to)).toBe(allowed);
        if (allowed) expect(() => assertNominationTransition(from, to)).not.toThrow();
        else expect(() => assertNominationTransition(from, to)).toThrow(AppError);
      });
    }
  }

  it('ends in declined, withdrawn, expired and decided', () => {
    for (const end of ['DECLINED', 'WITHDRAWN', 'EXPIRED', 'DECIDED'] as const) expect(NOMINATION_TRANSITIONS[end]).toEqual([]);
  });

  it('says in words why a transition is refused', () => {
    expect(() => assertNominationTransition('DECLINED', 'ACCEPTED')).toThrow('This nomination is declined; it can no longer be accepted.');
  });

  it('counts invited, accepted, submitted and under review as open, and nothing else', () => {
    expect([...OPEN_NOMINATION_STATUSES].sort()).toEqual(['ACCEPTED', 'INVITED', 'SUBMITTED', 'UNDER_REVIEW']);
    expect(ALL.filter(isOpenNomination).sort()).toEqual(['ACCEPTED', 'INVITED', 'SUBMITTED', 'UNDER_REVIEW']);
  });

  it('walks the happy path one allowed step at a time', () => {
    for (let i = 1; i < NOMINATION_JOURNEY.length; i++) {
      expect(canTransitionNomination(NOMINATION_JOURNEY[i - 1]!, NOMINATION_JOURNEY[i]!)).toBe(true);
    }
  });

  it('has a label and a next step for the nominee and the nominator in every status', () => {
    for (const s of ALL) {
      expect(NOMINATION_STATUS_COPY[s].label).not.toBe('');
      expect(NOMINATION_STATUS_COPY[s].nominee).not.toBe('');
      expect(NOMINATION_STATUS_COPY[s].nominator).not.toBe('');
    }
  });
});

describe('the submission state machine', () => {
  const ALLOWED_SUBMISSION = new Set(['SUBMITTED>UNDER_REVIEW', 'SUBMITTED>WITHDRAWN', 'UNDER_REVIEW>DECIDED']);
  for (const from of Object.values(SubmissionStatus)) {
    for (const to of Object.values(SubmissionStatus)) {
      const allowed = ALLOWED_SUBMISSION.has(`${from}>${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} -> ${to}`, () => {
        expect(canTransitionSubmission(from, to)).toBe(allowed);
        if (!allowed) expect(() => assertSubmissionTransition(from, to)).toThrow(AppError);
      });
    }
  }

  it('explains that a submission under review can no longer be withdrawn', () => {
    expect(() => assertSubmissionTransition('UNDER_REVIEW', 'WITHDRAWN')).toThrow('Review has already started');
  });
});
