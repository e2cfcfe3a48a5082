import { describe, expect, it } from 'vitest';
import { findConflicts, type ConflictSubmission } from './conflicts';

const submission: ConflictSubmission = {
  candidateId: 'cand',
  candidateEmail: 'casey@contoso.com',
  nominatorId: 'nom',
  endorserIds: ['end1'],
  declaredReviewerIds: ['decl'],
};

describe('findConflicts', () => {
  it('finds no conflict for an unrelated reviewer on another domain', () => {
    expect(findConflicts({ id: 'r', email: 'riley@fabrikam.com' }, submission)).toEqual([]);
  });

  it('names the nominator, an endorser and a declared conflict', () => {
    expect(findConflicts({ id: 'nom', email: 'n@x.org' }, submission)).toEqual(['NOMINATOR']);
    expect(findConflicts({ id: 'end1', email: 'e@x.org' }, submission)).toEqual(['ENDORSER']);
    expect(findConflicts({ id: 'decl', email: 'd@x.org' }, submission)).toEqual(['DECLARED']);
  });

  it('treats a shared company domain as a conflict, case-insensitively', () => {
    expect(findConflicts({ id: 'r', email: 'Riley@CONTOSO.com' }, submission)).toEqual(['SAME_EMAIL_DOMAIN']);
  });

  it('does not treat a shared public mail provider as a conflict', () => {
    expect(findConflicts({ id: 'r', email: 'riley@gmail.com' }, { ...submission, candidateEmail: 'casey@gmail.com' })).toEqual([]);
    expect(findConflicts({ id: 'r', email: 'riley@outlook.com' }, { ...submission, candidateEmail: 'casey@outlook.com' })).toEqual([]);
  });

  it('does not confuse a subdomain with the same domain', () => {
    expect(findConflicts({ id: 'r', email: 'riley@eu.contoso.com' }, submission)).toEqual([]);
  });

  it('lists every reason at once, and refuses the candidate reviewing themselves', () => {
    expect(findConflicts({ id: 'nom', email: 'n@contoso.com' }, { ...submission, declaredReviewerIds: ['nom'] })).toEqual([
      'NOMINATOR',
      'DECLARED',
      'SAME_EMAIL_DOMAIN',
    ]);
    expect(findConflicts({ id: 'cand', email: 'casey@contoso.com' }, submission)).toContain('IS_CANDIDATE');
  });
});
