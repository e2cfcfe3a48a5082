import 'server-only';
import { prisma } from '@/lib/db';
import { todayIn } from '@/lib/dates';
import { env } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { canNominate, deriveMctStanding, deriveMvpStatus, isMicrosoftEmployee, type MctStanding, type MvpStatus } from './status';

/** The signed-in person as every guard and page sees them: roles from grants, program status
 * derived from records, read fresh from the database on each request. */
export type Viewer = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  roles: Role[];
  /** ISC providers this person is staff of. */
  providerIds: string[];
  isEmployee: boolean;
  canNominate: boolean;
  mvp: MvpStatus;
  mct: { standing: MctStanding; termEndsOn: string | null };
};

/** Loads the viewer for a user id, or null when the account does not exist or was erased. */
export async function loadViewer(userId: string, now: Date = new Date()): Promise<Viewer | null> {
  const [user, settings] = await Promise.all([
    prisma.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        emailVerified: true,
        name: true,
        timeZone: true,
        anonymizedAt: true,
        mergedIntoId: true,
        roles: { select: { role: true } },
        providerStaff: { select: { providerId: true } },
        awards: {
          select: {
            id: true,
            categoryId: true,
            startsOn: true,
            endsOn: true,
            acceptedAt: true,
            revokedAt: true,
            category: { select: { name: true } },
          },
        },
        mctMembership: { select: { status: true, terms: { select: { startsOn: true, endsOn: true } } } },
      },
    }),
    prisma.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } }),
  ]);
  if (!user || user.anonymizedAt) return null;
  // A session of an account merged into another one continues in the remaining account.
  if (user.mergedIntoId) return loadViewer(user.mergedIntoId, now);
  const today = todayIn(settings?.timeZone ?? 'UTC', now);
  const roles = user.roles.map((r) => r.role);
  const mvp = deriveMvpStatus(
    user.awards.map(({ category, ...a }) => ({ ...a, categoryName: category.name })),
    today,
  );
  const isEmployee = isMicrosoftEmployee({ roles, email: user.email, emailVerified: user.emailVerified }, env().EMPLOYEE_EMAIL_DOMAINS);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    roles,
    providerIds: user.providerStaff.map((s) => s.providerId),
    isEmployee,
    canNominate: canNominate({ isActiveMvp: mvp.isActiveMvp, isEmployee }),
    mvp,
    mct: deriveMctStanding(user.mctMembership, today),
  };
}
