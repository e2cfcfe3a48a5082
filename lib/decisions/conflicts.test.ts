import { describe, expect, it } from 'vitest';
import { deciderConflictMessage } from './conflicts';

const submission = {
  candidateId: 'c',
  candidateEmail: 'casey@fabrikam.example',
  nominatorId: 'n',
  endorserIds: ['e'],
  declaredReviewerIds: ['d'],
};
const admin = (id: string, email = `${id}@programs.example`) => ({ id, email });

describe('deciderConflictMessage', () => {
  it('names the conflict of an admin who nominated, endorsed, declared or is the candidate', () => {
    expect(deciderConflictMessage(admin('n'), submission)).toMatch(/^You nominated the candidate, so you cannot decide it/);
    expect(deciderConflictMessage(admin('e'), submission)).toMatch(/^You endorsed the nomination/);
    expect(deciderConflictMessage(admin('d'), submission)).toMatch(/^You declared a conflict/);
    expect(deciderConflictMessage(admin('c'), submission)).toMatch(/^You are the candidate/);
    expect(deciderConflictMessage(admin('x', 'x@fabrikam.example'), submission)).toMatch(/email domain/);
  });

  it('lets any other admin decide', () => {
    expect(deciderConflictMessage(admin('a'), submission)).toBeNull();
  });
});
