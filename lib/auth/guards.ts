import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { Session } from 'next-auth';
import { cache } from 'react';
import type { Role } from '@/lib/generated/prisma/enums';
import { loadViewer, type Viewer } from '@/lib/people/viewer';
import { auth } from './config';
import { hasRole } from './policy';

/** The signed-in person for this request, or null (also when the session was ended: its version is
 * not the account's any more, lib/auth/session-version.ts). Read once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as (Session & { sessionVersion?: number }) | null;
  const id = session?.user?.id;
  return id ? loadViewer(id, new Date(), { sessionVersion: session?.sessionVersion ?? 0 }) : null;
});

/** For pages: the signed-in person, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return viewer;
}

/** For pages: the signed-in person holding one of the roles; others see the 403 page. */
export async function requireRole(roles: Role[], returnTo?: string): Promise<Viewer> {
  const viewer = await requireUser(returnTo);
  if (!hasRole(viewer, ...roles)) forbidden();
  return viewer;
}

/** For pages: the signed-in staff member of at least one ISC provider (or an admin). */
export async function requireProviderStaff(returnTo?: string): Promise<Viewer> {
  const viewer = await requireUser(returnTo);
  if (viewer.providerIds.length === 0 && !hasRole(viewer, 'ADMIN')) forbidden();
  return viewer;
}
