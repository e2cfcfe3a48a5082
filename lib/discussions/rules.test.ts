import { describe, expect, it } from 'vitest';
import type { ReviewStatus, SubmissionStatus } from '@/lib/generated/prisma/enums';
import { canTransitionComment, COMMENT_TRANSITIONS, discussionAccessOf, editableUntil, editProblem, type DiscussionFacts } from './rules';

const facts = (over: Partial<DiscussionFacts> = {}): DiscussionFacts => ({
  isAdmin: false,
  isCandidateSide: false,
  hasConflict: false,
  ownStatus: null,
  submissionStatus: 'UNDER_REVIEW',
  ...over,
});

describe('discussionAccessOf', () => {
  it('opens to an assigned reviewer only once their own review is submitted', () => {
    const byStatus = (ownStatus: ReviewStatus) => discussionAccessOf(facts({ ownStatus }));
    expect(byStatus('ASSIGNED')).toBe('after-own-review');
    expect(byStatus('IN_PROGRESS')).toBe('after-own-review');
    expect(byStatus('SUBMITTED')).toBe('post');
    expect(byStatus('REMOVED')).toBe('none');
  });

  it('is closed to the unassigned, the conflicted and the candidate’s side, whatever their roles', () => {
    expect(discussionAccessOf(facts())).toBe('none');
    expect(discussionAccessOf(facts({ hasConflict: true, ownStatus: 'SUBMITTED' }))).toBe('none');
    expect(discussionAccessOf(facts({ isCandidateSide: true, isAdmin: true }))).toBe('none');
    expect(discussionAccessOf(facts({ hasConflict: true, isAdmin: true }))).toBe('none');
  });

  it('lets admins in, and takes posting away once the submission is no longer under review', () => {
    expect(discussionAccessOf(facts({ isAdmin: true }))).toBe('post');
    for (const status of ['SUBMITTED', 'DECIDED', 'WITHDRAWN'] as SubmissionStatus[]) {
      expect(discussionAccessOf(facts({ isAdmin: true, submissionStatus: status }))).toBe('read');
      expect(discussionAccessOf(facts({ ownStatus: 'SUBMITTED', submissionStatus: status }))).toBe('read');
    }
  });
});

describe('comment states', () => {
  it('hides a visible comment once, and nothing leaves hidden', () => {
    expect(canTransitionComment('VISIBLE', 'HIDDEN')).toBe(true);
    expect(canTransitionComment('HIDDEN', 'VISIBLE')).toBe(false);
    expect(canTransitionComment('HIDDEN', 'HIDDEN')).toBe(false);
    expect(Object.keys(COMMENT_TRANSITIONS)).toEqual(['VISIBLE', 'HIDDEN']);
  });

  it('lets the author edit for 15 minutes, then keeps the comment as written', () => {
    const createdAt = new Date('2026-12-01T10:00:00Z');
    const c = { authorId: 'me', createdAt, hiddenAt: null };
    expect(editableUntil(createdAt).toISOString()).toBe('2026-12-01T10:15:00.000Z');
    expect(editProblem(c, 'me', new Date('2026-12-01T10:14:59Z'))).toBeNull();
    expect(editProblem(c, 'me', new Date('2026-12-01T10:15:00Z'))).toMatch(/stays as written/);
    expect(editProblem(c, 'someone else', new Date('2026-12-01T10:01:00Z'))).toMatch(/Only its author/);
    expect(editProblem({ ...c, hiddenAt: new Date() }, 'me', new Date('2026-12-01T10:01:00Z'))).toMatch(/hid this comment/);
  });
});
