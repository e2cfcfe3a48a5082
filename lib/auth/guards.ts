import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { Session } from 'next-auth';
import { cache } from 'react';
import type { Role } from '@/lib/generated/prisma/enums';
import { auth } from './config';
import { hasRole } from './policy';
import { REQUEST_PATH_HEADER } from './request-path';
import { loadViewer, type Viewer } from './viewer';

/** The signed-in person for this request, or null (also when the session was ended: its version is
 * not the account's any more, lib/auth/session-version.ts). Read once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as (Session & { sessionVersion?: number }) | null;
  const id = session?.user?.id;
  return id ? loadViewer(id, new Date(), { sessionVersion: session?.sessionVersion ?? 0 }) : null;
});

/** The path of the page being rendered, as proxy.ts saw it (undefined outside a request). */
async function requestPath(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_PATH_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

/** For pages and layouts: the signed-in person, or a redirect to sign-in that comes back to the
 * page asked for (`returnTo`, or the request's own path). */
export async function requireUser(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const back = returnTo ?? (await requestPath());
    redirect(back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : '/sign-in');
  }
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
