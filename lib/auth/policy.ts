import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Viewer } from './viewer';

/** Whether the viewer holds any of the roles. */
export function hasRole(viewer: Pick<Viewer, 'roles'> | null, ...roles: Role[]): boolean {
  return Boolean(viewer && roles.some((r) => viewer.roles.includes(r)));
}

/** Refuses a signed-out caller. */
export function assertSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again; what you typed is still here.');
}

/** Refuses a caller without one of the roles. */
export function assertRole(viewer: Viewer | null, ...roles: Role[]): asserts viewer is Viewer {
  assertSignedIn(viewer);
  if (!hasRole(viewer, ...roles)) throw new AppError('FORBIDDEN', 'You do not have access to this.');
}

/** Refuses a caller who is not staff of the given ISC provider (admins may act for any). */
export function assertProviderStaff(viewer: Viewer | null, providerId: string): asserts viewer is Viewer {
  assertSignedIn(viewer);
  if (!viewer.providerIds.includes(providerId) && !hasRole(viewer, 'ADMIN')) {
    throw new AppError('FORBIDDEN', 'You are not staff of this ISC provider.');
  }
}
