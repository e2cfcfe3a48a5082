// Every status change goes through its lifecycle's transition table: a file of lib/ that changes the
// stored status of a record with a lifecycle (an update, updateMany or upsert whose data sets `status`)
// also consults that lifecycle's table (its assert…Transition or canTransition… function). Records
// created in a status are not changes (lib/lifecycles.property.test.ts holds where each kind starts).
// The rule is checked on the source tree, and on made-up files so that it can fail.
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from '@/tests/support/source-tree';

/** Prisma model (as the client names it) → the name its table's functions carry. */
const LIFECYCLES: Record<string, string> = {
  awardCycle: 'Cycle',
  nomination: 'Nomination',
  submission: 'Submission',
  reviewAssignment: 'Review',
  mvpRenewal: 'Renewal',
  mctApplication: 'MctApplication',
  mctMembership: 'Membership',
  mctRenewal: 'MctRenewal',
  loungeAccess: 'Lounge',
  privacyRequest: 'PrivacyRequest',
};

/** The text between an opening bracket at `start - 1` and its match. */
function enclosed(text: string, start: number, open: string, close: string): string {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    if (text[i] === open) depth += 1;
    else if (text[i] === close) depth -= 1;
    i += 1;
  }
  return text.slice(start, i - 1);
}

/** The object literal given to `key:` inside a call's arguments, if any. */
function objectAt(args: string, key: string): string | null {
  const m = new RegExp(`\\b${key}:\\s*\\{`).exec(args);
  return m ? enclosed(args, m.index + m[0].length, '{', '}') : null;
}

/** "model at line" for each status change in the file that its lifecycle's table is not consulted for. */
export function unguardedStatusChanges(text: string): string[] {
  const problems: string[] = [];
  for (const call of text.matchAll(/\.(\w+)\.(update|updateMany|upsert)\(/g)) {
    const model = call[1]!;
    const table = LIFECYCLES[model];
    if (!table) continue;
    const args = enclosed(text, call.index + call[0].length, '(', ')');
    const data = call[2] === 'upsert' ? objectAt(args, 'update') : objectAt(args, 'data');
    if (!data || !/(?<![\w.])status:/.test(data)) continue;
    const guard = new RegExp(`\\b(?:assert${table}Transition|canTransition${table})\\(`);
    if (!guard.test(text)) problems.push(`${model} at line ${text.slice(0, call.index).split('\n').length}`);
  }
  return problems;
}

describe('status changes and their lifecycle tables', () => {
  it('consults the lifecycle table wherever lib/ changes a stored status', () => {
    const files = sourceFiles('lib').filter((f) => !/\.test\.tsx?$/.test(f) && !f.startsWith('lib/generated/'));
    const problems = files.flatMap((file) => unguardedStatusChanges(readSource(file)).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('finds a status change made without the table, and accepts one made with it', () => {
    const change = `await tx.mctMembership.updateMany({ where: { id, status: 'ACTIVE' }, data: { status: 'LAPSED', version: { increment: 1 } } });`;
    expect(unguardedStatusChanges(change)).toEqual(['mctMembership at line 1']);
    expect(unguardedStatusChanges(`assertMembershipTransition(m.status, 'LAPSED');\n${change}`)).toEqual([]);
    // The table of another lifecycle does not count; a status only in the where clause is no change.
    expect(unguardedStatusChanges(`canTransitionLounge(a, b);\n${change}`)).toHaveLength(1);
    expect(
      unguardedStatusChanges(`await tx.loungeAccess.update({ where: { id, status: 'GRANTED' }, data: { revokedReason: null } });`),
    ).toEqual([]);
    const upsert = `await tx.loungeAccess.upsert({ where: { userId }, create: { userId, status: 'GRANTED' }, update: { status: 'GRANTED' } });`;
    expect(unguardedStatusChanges(upsert)).toEqual(['loungeAccess at line 1']);
  });
});
