// Property tests of every transition table (award cycle, nomination, submission, review, MCT
// application, MCT membership, MCT renewal, MVP renewal, lounge access, privacy request) and of the date rules that chain terms and award years: random sequences
// of events from any state never leave the table, terminal states stay terminal, every state is
// reachable from where records start, and consecutive years follow each other without gap or overlap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type DateKey } from '@/lib/dates';
import { isAppError } from '@/lib/errors';
import {
  CycleStatus,
  LoungeStatus,
  MctApplicationStatus,
  MctRenewalStatus,
  MembershipStatus,
  NominationStatus,
  PrivacyRequestStatus,
  RenewalStatus,
  ReviewStatus,
  SubmissionStatus,
} from '@/lib/generated/prisma/enums';
import { dayBetween } from '@/tests/support/arbitraries';
import { awardStatusOn, awardYearFrom, canTransitionRenewal, RENEWAL_TRANSITIONS, renewedAwardYear } from './awards/lifecycle';
import {
  assertMctApplicationTransition,
  canTransitionMctApplication,
  hasLapsedAwaitingCandidate,
  isOpenMctApplication,
  MCT_APPLICATION_TRANSITIONS,
} from './mct/lifecycle';
import { assertCycleTransition, canTransitionCycle, CYCLE_TRANSITIONS } from './cycles/lifecycle';
import {
  assertLoungeTransition,
  assertMctRenewalTransition,
  assertMembershipTransition,
  canTransitionLounge,
  canTransitionMctRenewal,
  canTransitionMembership,
  LOUNGE_TRANSITIONS,
  MCT_RENEWAL_TRANSITIONS,
  MEMBERSHIP_TRANSITIONS,
  RESUBMITTABLE_MCT_RENEWAL,
  nextTermAfter,
  reminderDue,
  RENEWAL_REMINDER_DAYS,
  renewalOpensOn,
  termFrom,
  type ReminderOffset,
} from './memberships/lifecycle';
import {
  assertNominationTransition,
  assertSubmissionTransition,
  canTransitionNomination,
  canTransitionSubmission,
  isOpenNomination,
  NOMINATION_JOURNEY,
  NOMINATION_TRANSITIONS,
  SUBMISSION_TRANSITIONS,
} from './nominations/lifecycle';
import { assertPrivacyRequestTransition, canTransitionPrivacyRequest, PRIVACY_REQUEST_TRANSITIONS } from './privacy/lifecycle';
import { canTransitionReview, isEditableReview, REVIEW_TRANSITIONS } from './reviews/lifecycle';
import { reinstatementNeedsNewIsc } from '@/lib/mct/requirements';

type Machine = {
  name: string;
  statuses: readonly string[];
  table: Record<string, readonly string[]>;
  can: (from: string, to: string) => boolean;
  /** Throws an AppError (CONFLICT) for a move the table does not allow. */
  assert?: (from: string, to: string) => void;
  /** Where records of this kind start. */
  initial: readonly string[];
};

const MACHINES: Machine[] = [
  {
    name: 'award cycle',
    statuses: Object.values(CycleStatus),
    table: CYCLE_TRANSITIONS,
    can: (a, b) => canTransitionCycle(a as CycleStatus, b as CycleStatus),
    assert: (a, b) => assertCycleTransition(a as CycleStatus, b as CycleStatus),
    initial: ['PLANNED'],
  },
  {
    name: 'MCT renewal',
    statuses: Object.values(MctRenewalStatus),
    table: MCT_RENEWAL_TRANSITIONS,
    can: (a, b) => canTransitionMctRenewal(a as MctRenewalStatus, b as MctRenewalStatus),
    assert: (a, b) => assertMctRenewalTransition(a as MctRenewalStatus, b as MctRenewalStatus),
    initial: ['SUBMITTED'],
  },
  {
    name: 'nomination',
    statuses: Object.values(NominationStatus),
    table: NOMINATION_TRANSITIONS,
    can: (a, b) => canTransitionNomination(a as NominationStatus, b as NominationStatus),
    assert: (a, b) => assertNominationTransition(a as NominationStatus, b as NominationStatus),
    initial: ['INVITED'],
  },
  {
    name: 'submission',
    statuses: Object.values(SubmissionStatus),
    table: SUBMISSION_TRANSITIONS,
    can: (a, b) => canTransitionSubmission(a as SubmissionStatus, b as SubmissionStatus),
    assert: (a, b) => assertSubmissionTransition(a as SubmissionStatus, b as SubmissionStatus),
    initial: ['SUBMITTED'],
  },
  {
    name: 'review',
    statuses: Object.values(ReviewStatus),
    table: REVIEW_TRANSITIONS,
    can: (a, b) => canTransitionReview(a as ReviewStatus, b as ReviewStatus),
    initial: ['ASSIGNED'],
  },
  {
    name: 'MCT application',
    statuses: Object.values(MctApplicationStatus),
    table: MCT_APPLICATION_TRANSITIONS,
    can: (a, b) => canTransitionMctApplication(a as MctApplicationStatus, b as MctApplicationStatus),
    assert: (a, b) => assertMctApplicationTransition(a as MctApplicationStatus, b as MctApplicationStatus),
    initial: ['AWAITING_CANDIDATE', 'HELD', 'SUBMITTED'],
  },
  {
    name: 'MCT membership',
    statuses: Object.values(MembershipStatus),
    table: MEMBERSHIP_TRANSITIONS,
    can: (a, b) => canTransitionMembership(a as MembershipStatus, b as MembershipStatus),
    assert: (a, b) => assertMembershipTransition(a as MembershipStatus, b as MembershipStatus),
    initial: ['ACTIVE'],
  },
  {
    name: 'lounge access',
    statuses: Object.values(LoungeStatus),
    table: LOUNGE_TRANSITIONS,
    can: (a, b) => canTransitionLounge(a as LoungeStatus, b as LoungeStatus),
    assert: (a, b) => assertLoungeTransition(a as LoungeStatus, b as LoungeStatus),
    initial: ['GRANTED'],
  },
  {
    name: 'privacy request',
    statuses: Object.values(PrivacyRequestStatus),
    table: PRIVACY_REQUEST_TRANSITIONS,
    can: (a, b) => canTransitionPrivacyRequest(a as PrivacyRequestStatus, b as PrivacyRequestStatus),
    assert: (a, b) => assertPrivacyRequestTransition(a as PrivacyRequestStatus, b as PrivacyRequestStatus),
    initial: ['REQUESTED', 'COMPLETED'],
  },
  {
    name: 'MVP renewal',
    statuses: Object.values(RenewalStatus),
    table: RENEWAL_TRANSITIONS,
    can: (a, b) => canTransitionRenewal(a as RenewalStatus, b as RenewalStatus),
    initial: ['OPEN'],
  },
];

/** Anything a caller might ask for: a real status or a made-up one. */
const eventFor = (m: Machine) => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...m.statuses) }, { weight: 1, arbitrary: fc.string() });

describe.each(MACHINES)('the $name lifecycle', (m) => {
  it('has a row for every stored status, and names only stored statuses, never itself', () => {
    expect(Object.keys(m.table).sort()).toEqual([...m.statuses].sort());
    for (const [from, targets] of Object.entries(m.table)) {
      for (const to of targets) expect(m.statuses).toContain(to);
      expect(targets).not.toContain(from);
      expect(new Set(targets).size).toBe(targets.length);
    }
  });

  it('reaches every status from where records start', () => {
    const seen = new Set(m.initial);
    const queue = [...m.initial];
    while (queue.length > 0) {
      for (const to of m.table[queue.shift()!] ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    expect([...seen].sort()).toEqual([...m.statuses].sort());
  });

  it('never leaves the table under random events from any status; terminal statuses stay terminal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...m.statuses), fc.array(eventFor(m), { maxLength: 30 }), (start, events) => {
        let state = start;
        let terminal = (m.table[state] ?? []).length === 0;
        for (const to of events) {
          const allowed = m.can(state, to);
          expect(allowed).toBe((m.table[state] ?? []).includes(to));
          if (m.assert) {
            let refused: unknown = null;
            try {
              m.assert(state, to);
            } catch (error) {
              refused = error;
            }
            if (allowed) expect(refused).toBeNull();
            else expect(isAppError(refused) && refused.code === 'CONFLICT' && refused.message.length > 0).toBe(true);
          }
          if (!allowed) continue;
          expect(terminal).toBe(false);
          state = to;
          expect(m.statuses).toContain(state);
          terminal = (m.table[state] ?? []).length === 0;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the lifecycles tell the rest of the code', () => {
  it('every award cycle can still reach closed, and a closed one is final', () => {
    for (const s of Object.values(CycleStatus)) {
      const seen = new Set<string>([s]);
      const queue: string[] = [s];
      while (queue.length > 0) {
        for (const to of CYCLE_TRANSITIONS[queue.shift() as CycleStatus]) {
          if (seen.has(to)) continue;
          seen.add(to);
          queue.push(to);
        }
      }
      expect(seen.has('CLOSED')).toBe(true);
    }
    expect(CYCLE_TRANSITIONS.CLOSED).toEqual([]);
  });

  it('an MCT renewal the member may resubmit can be submitted again, or end with the year', () => {
    for (const s of RESUBMITTABLE_MCT_RENEWAL) {
      expect(canTransitionMctRenewal(s, 'SUBMITTED')).toBe(true);
      expect(canTransitionMctRenewal(s, 'EXPIRED')).toBe(true);
    }
  });

  it('a nomination is open exactly while it can still move', () => {
    for (const s of Object.values(NominationStatus)) expect(isOpenNomination(s)).toBe(NOMINATION_TRANSITIONS[s].length > 0);
  });

  it('an MCT application is open exactly while it can still move', () => {
    for (const s of Object.values(MctApplicationStatus)) expect(isOpenMctApplication(s)).toBe(MCT_APPLICATION_TRANSITIONS[s].length > 0);
  });

  it('the nomination journey is a path through the table, and the submission follows the nomination', () => {
    for (let i = 1; i < NOMINATION_JOURNEY.length; i++)
      expect(canTransitionNomination(NOMINATION_JOURNEY[i - 1]!, NOMINATION_JOURNEY[i]!)).toBe(true);
    for (const from of Object.values(SubmissionStatus)) {
      for (const to of SUBMISSION_TRANSITIONS[from]) expect(canTransitionNomination(from, to)).toBe(true);
    }
  });

  it('an editable review can be submitted; a submitted one is not editable until reopened', () => {
    for (const s of Object.values(ReviewStatus)) {
      if (isEditableReview(s)) expect(canTransitionReview(s, 'SUBMITTED')).toBe(true);
    }
    expect(isEditableReview('SUBMITTED')).toBe(false);
    expect(canTransitionReview('SUBMITTED', 'IN_PROGRESS')).toBe(true);
  });

  it('a provider-started application lapses once, at its deadline, and stays lapsed', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.array(fc.nat({ max: 40 * 86_400_000 }), { minLength: 2, maxLength: 10 }),
        (createdAt, offsets) => {
          const times = offsets.sort((a, b) => a - b).map((ms) => new Date(createdAt.getTime() + ms));
          const lapsed = times.map((now) => hasLapsedAwaitingCandidate({ status: 'AWAITING_CANDIDATE', createdAt }, now));
          for (let i = 1; i < lapsed.length; i++) if (lapsed[i - 1]) expect(lapsed[i]).toBe(true);
          for (const now of times) expect(hasLapsedAwaitingCandidate({ status: 'SUBMITTED', createdAt }, now)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

const day = dayBetween('2000-01-01', '2090-12-31');

describe('membership years', () => {
  it('each renewal starts the day after the previous year ends: no gap, no overlap, about a year each', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), (start, renewals) => {
        let term = termFrom(start);
        for (let i = 0; i < renewals; i++) {
          expect(term.endsOn > term.startsOn).toBe(true);
          const length = daysBetween(term.startsOn, term.endsOn) + 1;
          expect(length).toBeGreaterThanOrEqual(364);
          expect(length).toBeLessThanOrEqual(366);
          expect(renewalOpensOn(term.endsOn) < term.endsOn).toBe(true);
          const next = nextTermAfter(term.endsOn);
          expect(next.startsOn).toBe(addDays(term.endsOn, 1));
          term = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sends each renewal reminder at most once, latest first never repeated, none after the year ends or once renewed', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.option(fc.nat({ max: 120 })),
        (endsOn, steps, renewedAfter) => {
          const sent: ReminderOffset[] = [];
          let today: DateKey = addDays(endsOn, -120);
          let elapsed = 0;
          for (const step of steps) {
            today = addDays(today, step);
            elapsed += step;
            const isRenewed = renewedAfter !== null && elapsed >= renewedAfter;
            const due = reminderDue({ endsOn, isRenewed }, today, sent);
            if (due === null) continue;
            expect(RENEWAL_REMINDER_DAYS).toContain(due);
            expect(sent).not.toContain(due);
            expect(isRenewed).toBe(false);
            expect(today <= endsOn).toBe(true);
            expect(daysBetween(today, endsOn)).toBeLessThanOrEqual(due);
            // Reminders come closer to the end each time.
            for (const earlier of sent) expect(due).toBeLessThan(earlier);
            sent.push(due);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('once reinstatement needs new ISC proof, it keeps needing it on every later day', () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 3000 }), fc.nat({ max: 400 }), (lapsedOn, a, b) => {
        const first = addDays(lapsedOn, a);
        if (reinstatementNeedsNewIsc(lapsedOn, first)) expect(reinstatementNeedsNewIsc(lapsedOn, addDays(first, b))).toBe(true);
        expect(reinstatementNeedsNewIsc(lapsedOn, addDays(lapsedOn, 365 * 3))).toBe(false);
        expect(reinstatementNeedsNewIsc(lapsedOn, addDays(lapsedOn, 366 * 3 + 1))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('award years', () => {
  it('renewed award years follow each other without gap or overlap', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 10 }), (start, renewals) => {
        let year = awardYearFrom(start);
        for (let i = 0; i < renewals; i++) {
          const next = renewedAwardYear(year.endsOn);
          expect(next.startsOn).toBe(addDays(year.endsOn, 1));
          expect(next.endsOn > next.startsOn).toBe(true);
          year = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an accepted award goes upcoming → active → ended as days pass, never back', () => {
    const order = ['UPCOMING', 'ACTIVE', 'ENDED'];
    fc.assert(
      fc.property(
        day,
        fc.array(fc.integer({ min: -400, max: 800 }), { minLength: 2, maxLength: 20 }),
        fc.boolean(),
        (start, offsets, accepted) => {
          const year = awardYearFrom(start);
          const award = {
            startsOn: new Date(`${year.startsOn}T00:00:00Z`),
            endsOn: new Date(`${year.endsOn}T00:00:00Z`),
            acceptedAt: accepted ? new Date(`${year.startsOn}T00:00:00Z`) : null,
            revokedAt: null,
          };
          const statuses = offsets.sort((a, b) => a - b).map((o) => awardStatusOn(award, addDays(start, o)));
          for (let i = 1; i < statuses.length; i++) {
            const [before, after] = [statuses[i - 1]!, statuses[i]!];
            if (accepted) expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(before));
            else expect(['AWAITING_ACCEPTANCE', 'ENDED']).toContain(after);
            if (before === 'ENDED') expect(after).toBe('ENDED');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
