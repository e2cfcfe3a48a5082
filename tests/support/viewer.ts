import type { Viewer } from '@/lib/auth/viewer';
// A Viewer built in memory, for unit tests of rules that take one (no database involved).

export function makeViewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: '00000000-0000-7000-8000-000000000001',
    email: 'casey@example.test',
    name: 'Casey Candidate',
    timeZone: 'UTC',
    timeZoneChosen: true,
    roles: [],
    providerIds: [],
    isEmployee: false,
    canNominate: false,
    mvp: { active: [], awaitingAcceptance: [], isActiveMvp: false, isFormerMvp: false },
    mct: { standing: 'NONE', termEndsOn: null },
    ...overrides,
  };
}
