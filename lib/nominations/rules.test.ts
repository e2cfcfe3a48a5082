import { describe, expect, it } from 'vitest';
import {
  canWithdrawNomination,
  checkEndorsement,
  checkNomination,
  INVITATION_VALID_DAYS,
  invitationExpiresAt,
  isEmployeeInvitee,
  isInvitationExpired,
  nominationViewerRole,
} from './rules';

const facts = (overrides: Partial<Parameters<typeof checkNomination>[0]> = {}): Parameters<typeof checkNomination>[0] => ({
  nominator: { id: 'morgan', email: 'morgan@example.test', canNominate: true },
  nomineeEmail: 'casey@example.test',
  nomineeIsEmployee: false,
  nomineeActiveMvpCategoryIds: [],
  categoryId: 'azure',
  categoryName: 'Azure',
  hasOpenCycle: true,
  openNomination: null,
  ...overrides,
});

describe('checkNomination', () => {
  it('lets an eligible nominator nominate someone new', () => {
    expect(checkNomination(facts())).toEqual({ ok: true });
  });

  it('refuses anyone who is neither an active MVP nor an employee', () => {
    expect(checkNomination(facts({ nominator: { id: 'x', email: 'x@example.test', canNominate: false } }))).toMatchObject({
      ok: false,
      refusal: 'NOT_A_NOMINATOR',
    });
  });

  it('refuses when no cycle takes nominations', () => {
    expect(checkNomination(facts({ hasOpenCycle: false }))).toMatchObject({ ok: false, refusal: 'NOMINATIONS_CLOSED' });
  });

  it('refuses a self-nomination, whatever the case or spacing of the address', () => {
    const result = checkNomination(facts({ nomineeEmail: '  Morgan@Example.TEST ' }));
    expect(result).toMatchObject({ ok: false, refusal: 'SELF_NOMINATION', field: 'nomineeEmail' });
    expect(!result.ok && result.message).toMatch(/cannot nominate yourself/);
  });

  it('refuses to nominate an employee', () => {
    expect(checkNomination(facts({ nomineeIsEmployee: true }))).toMatchObject({
      ok: false,
      refusal: 'NOMINEE_IS_EMPLOYEE',
      field: 'nomineeEmail',
    });
  });

  it('refuses someone already an active MVP in that category, and allows another category', () => {
    expect(checkNomination(facts({ nomineeActiveMvpCategoryIds: ['azure'] }))).toMatchObject({
      ok: false,
      refusal: 'ALREADY_MVP_IN_CATEGORY',
      field: 'categoryId',
      message: expect.stringContaining('already an active MVP in Azure'),
    });
    expect(checkNomination(facts({ nomineeActiveMvpCategoryIds: ['security'] }))).toEqual({ ok: true });
  });

  it('offers to endorse when someone else has an open nomination for the same person and category', () => {
    const result = checkNomination(facts({ openNomination: { id: 'n1', nominatorId: 'riley', endorserIds: [] } }));
    expect(result).toMatchObject({ ok: false, refusal: 'OPEN_NOMINATION_EXISTS', openNominationId: 'n1' });
    expect(!result.ok && result.message).toMatch(/endorse/);
  });

  it('tells a nominator their own open nomination already exists, and an endorser that they endorsed it', () => {
    expect(checkNomination(facts({ openNomination: { id: 'n1', nominatorId: 'morgan', endorserIds: [] } }))).toMatchObject({
      refusal: 'OWN_OPEN_NOMINATION',
      openNominationId: 'n1',
    });
    expect(checkNomination(facts({ openNomination: { id: 'n1', nominatorId: 'riley', endorserIds: ['morgan'] } }))).toMatchObject({
      refusal: 'ALREADY_ENDORSED',
    });
  });

  it('checks eligibility before anything about the nominee, so nobody learns who is nominated without being a nominator', () => {
    const result = checkNomination(
      facts({
        nominator: { id: 'x', email: 'x@example.test', canNominate: false },
        openNomination: { id: 'n1', nominatorId: 'r', endorserIds: [] },
      }),
    );
    expect(result).toMatchObject({ refusal: 'NOT_A_NOMINATOR' });
    expect(result).not.toHaveProperty('openNominationId');
  });
});

describe('isEmployeeInvitee', () => {
  const domains = ['microsoft.com'];
  it('counts an address on an employee domain as an employee, with or without an account', () => {
    expect(isEmployeeInvitee('emery@microsoft.com', null, domains)).toBe(true);
    expect(isEmployeeInvitee('Emery@Microsoft.com', { roles: [], email: 'emery@microsoft.com', emailVerified: null }, domains)).toBe(true);
  });

  it('counts an account with the employee role, whatever its address', () => {
    expect(
      isEmployeeInvitee('emery@contoso.test', { roles: ['EMPLOYEE'], email: 'emery@contoso.test', emailVerified: null }, domains),
    ).toBe(true);
  });

  it('does not count anyone else', () => {
    expect(isEmployeeInvitee('casey@example.test', null, domains)).toBe(false);
    expect(
      isEmployeeInvitee('casey@example.test', { roles: ['REVIEWER'], email: 'casey@example.test', emailVerified: new Date() }, domains),
    ).toBe(false);
    expect(isEmployeeInvitee('casey@notmicrosoft.com', null, domains)).toBe(false);
  });
});

describe('checkEndorsement', () => {
  const nomination = {
    status: 'INVITED' as const,
    nominatorId: 'riley',
    nomineeEmail: 'casey@example.test',
    nomineeId: null,
    endorserIds: [],
  };
  const endorser = { id: 'morgan', email: 'morgan@example.test', canNominate: true };

  it('lets another nominator endorse an open nomination', () => {
    expect(checkEndorsement({ endorser, nomination })).toEqual({ ok: true });
  });

  it('refuses non-nominators, the nominee, the nominator, a second endorsement and a closed nomination', () => {
    expect(checkEndorsement({ endorser: { ...endorser, canNominate: false }, nomination }).ok).toBe(false);
    expect(checkEndorsement({ endorser: { ...endorser, email: 'casey@example.test' }, nomination })).toMatchObject({
      message: 'You cannot endorse your own nomination.',
    });
    expect(checkEndorsement({ endorser: { ...endorser, id: 'riley' }, nomination }).ok).toBe(false);
    expect(checkEndorsement({ endorser, nomination: { ...nomination, endorserIds: ['morgan'] } }).ok).toBe(false);
    expect(checkEndorsement({ endorser, nomination: { ...nomination, status: 'DECLINED' } }).ok).toBe(false);
  });
});

describe('nominationViewerRole', () => {
  const n = { nominatorId: 'riley', nomineeId: null as string | null, nomineeEmail: 'casey@example.test', endorserIds: ['morgan'] };
  const viewer = (id: string, email: string, roles: ('ADMIN' | 'REVIEWER' | 'EMPLOYEE')[] = []) => ({ id, email, roles });

  it('knows the nominee by the invited address before the nomination is linked', () => {
    expect(nominationViewerRole(viewer('casey', 'Casey@example.test'), n)).toBe('nominee');
  });

  it('knows the nominee only by the linked account once linked', () => {
    const linked = { ...n, nomineeId: 'casey' };
    expect(nominationViewerRole(viewer('casey', 'casey@example.test'), linked)).toBe('nominee');
    expect(nominationViewerRole(viewer('someone-else', 'casey@example.test'), linked)).toBeNull();
  });

  it('knows the nominator, the endorsers and admins, and nobody else', () => {
    expect(nominationViewerRole(viewer('riley', 'riley@example.test'), n)).toBe('nominator');
    expect(nominationViewerRole(viewer('morgan', 'morgan@example.test'), n)).toBe('endorser');
    expect(nominationViewerRole(viewer('avery', 'avery@example.test', ['ADMIN']), n)).toBe('admin');
    expect(nominationViewerRole(viewer('stranger', 'stranger@example.test', ['REVIEWER']), n)).toBeNull();
  });
});

describe('withdrawing', () => {
  it('lets the nominee withdraw until review starts, and the nominator only before acceptance', () => {
    expect(canWithdrawNomination('nominee', 'ACCEPTED')).toBe(true);
    expect(canWithdrawNomination('nominee', 'SUBMITTED')).toBe(true);
    expect(canWithdrawNomination('nominee', 'UNDER_REVIEW')).toBe(false);
    expect(canWithdrawNomination('nominator', 'INVITED')).toBe(true);
    expect(canWithdrawNomination('nominator', 'ACCEPTED')).toBe(false);
    expect(canWithdrawNomination('endorser', 'INVITED')).toBe(false);
    expect(canWithdrawNomination('admin', 'SUBMITTED')).toBe(false);
  });
});

describe('invitation expiry', () => {
  it(`lasts ${INVITATION_VALID_DAYS} days and counts the expiry instant itself as expired`, () => {
    const sent = new Date('2026-11-22T10:00:00Z');
    const expires = invitationExpiresAt(sent);
    expect(expires.toISOString()).toBe('2026-12-22T10:00:00.000Z');
    expect(isInvitationExpired(expires, new Date(expires.getTime() - 1))).toBe(false);
    expect(isInvitationExpired(expires, expires)).toBe(true);
  });
});

describe('checkEndorsement and conflicts of interest', () => {
  it('refuses a reviewer assigned to the nomination, and says how to go on', () => {
    const check = checkEndorsement({
      endorser: { id: 'r', email: 'r@microsoft.com', canNominate: true },
      nomination: { status: 'UNDER_REVIEW', nominatorId: 'n', nomineeEmail: 'c@x.example', nomineeId: 'c', endorserIds: [] },
      isAssignedReviewer: true,
    });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toMatch(/declare a conflict/);
  });
});
