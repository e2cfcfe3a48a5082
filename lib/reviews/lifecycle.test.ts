import { describe, expect, it } from 'vitest';
import { ReviewStatus } from '@/lib/generated/prisma/enums';
import {
  canTransitionReview,
  isEditableReview,
  mayReadOtherReviews,
  mayReopenReview,
  REVIEW_STATUS_COPY,
  REVIEW_TRANSITIONS,
} from './lifecycle';

const ALL = Object.values(ReviewStatus);

describe('review lifecycle', () => {
  const allowed = new Set([
    'ASSIGNED>IN_PROGRESS',
    'ASSIGNED>SUBMITTED',
    'ASSIGNED>REMOVED',
    'IN_PROGRESS>SUBMITTED',
    'IN_PROGRESS>REMOVED',
    'SUBMITTED>IN_PROGRESS',
    'SUBMITTED>REMOVED',
    'REMOVED>ASSIGNED',
  ]);

  for (const from of ALL) {
    for (const to of ALL) {
      it(`${allowed.has(`${from}>${to}`) ? 'allows' : 'refuses'} ${from} -> ${to}`, () => {
        expect(canTransitionReview(from, to)).toBe(allowed.has(`${from}>${to}`));
      });
    }
  }

  it('lets only unsubmitted, active reviews be edited', () => {
    expect(ALL.filter(isEditableReview)).toEqual(['ASSIGNED', 'IN_PROGRESS']);
  });

  it('names every status and its next step', () => {
    for (const status of ALL) {
      expect(REVIEW_STATUS_COPY[status].label).not.toBe('');
      expect(REVIEW_TRANSITIONS[status]).toBeDefined();
    }
  });
});

describe('mayReadOtherReviews', () => {
  it('hides other reviews from a reviewer until their own is submitted', () => {
    for (const status of ALL) expect(mayReadOtherReviews({ isAdmin: false, ownStatus: status })).toBe(status === 'SUBMITTED');
    expect(mayReadOtherReviews({ isAdmin: false, ownStatus: null })).toBe(false);
  });
  it('shows them to an admin', () => {
    expect(mayReadOtherReviews({ isAdmin: true, ownStatus: null })).toBe(true);
  });
});

describe('mayReopenReview', () => {
  it('lets a reviewer reopen a submitted review only while no other review is submitted', () => {
    expect(mayReopenReview({ ownStatus: 'SUBMITTED', otherSubmittedCount: 0 })).toBe(true);
    expect(mayReopenReview({ ownStatus: 'SUBMITTED', otherSubmittedCount: 1 })).toBe(false);
    expect(mayReopenReview({ ownStatus: 'IN_PROGRESS', otherSubmittedCount: 0 })).toBe(false);
    expect(mayReopenReview({ ownStatus: null, otherSubmittedCount: 0 })).toBe(false);
  });
});
