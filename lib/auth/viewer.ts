import 'server-only';
import { prisma } from '@/lib/db';
import { dbDay, todayIn } from '@/lib/dates';
import { env } from '@/lib/env';
import type { MembershipStatus, Role } from '@/lib/generated/prisma/enums';
import { canNominate, deriveMctStanding, deriveMvpStatus, isMicrosoftEmployee, type MctStanding, type MvpStatus } from './status';

/** The signed-in person as every guard and page sees them: roles from grants, program status
 * derived from records, read fresh from the database on each request. */
export type Viewer = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  /** Whether the person chose their time zone (otherwise the portal offers their browser's). */
  timeZoneChosen: boolean;
  roles: Role[];
  /** ISC providers this person is staff of. */
  providerIds: string[];
  isEmployee: boolean;
  canNominate: boolean;
  mvp: MvpStatus;
  mct: { standing: MctStanding; termEndsOn: string | null };
};

type ViewerRow = {
  id: string;
  email: string;
  emailVerified: Date | null;
  name: string | null;
  timeZone: string;
  timeZoneChosenAt: Date | null;
  anonymizedAt: Date | null;
  mergedIntoId: string | null;
  sessionVersion: number;
  roles: Role[];
  providerIds: string[];
  awards: {
    id: string;
    categoryId: string;
    categoryName: string;
    startsOn: string;
    endsOn: string;
    acceptedAt: string | null;
    revokedAt: string | null;
  }[];
  membership: { status: MembershipStatus; terms: { startsOn: string; endsOn: string }[] } | null;
  programTimeZone: string | null;
};

/** Loads the viewer for a user id, or null when the account does not exist or was erased, or when
 * `sessionVersion` (the session's, lib/auth/session-version.ts) is not the account's any more. Every
 * page and action starts here, so it is one statement (with Prisma's nested reads it was seven
 * round trips per request: the user, roles, provider staff, awards, their categories, membership,
 * terms) plus nothing else: the program's time zone comes in the same row. */
export async function loadViewer(userId: string, now: Date = new Date(), opts: { sessionVersion?: number } = {}): Promise<Viewer | null> {
  // A SELECT: lib/db.ts runs it again while the database is away (a page read during a restart waits,
  // then answers, instead of failing with 500).
  const rows = await prisma.$queryRaw<ViewerRow[]>`
    SELECT u.id::text AS id, u.email, u."emailVerified", u.name, u."timeZone", u."timeZoneChosenAt", u."anonymizedAt", u."mergedIntoId"::text AS "mergedIntoId", u."sessionVersion",
      COALESCE((SELECT json_agg(r.role ORDER BY r.role) FROM "UserRole" r WHERE r."userId" = u.id), '[]') AS roles,
      COALESCE((SELECT json_agg(s."providerId" ORDER BY s."providerId") FROM "ProviderStaff" s WHERE s."userId" = u.id), '[]') AS "providerIds",
      COALESCE((
        SELECT json_agg(json_build_object('id', a.id, 'categoryId', a."categoryId", 'categoryName', c.name, 'startsOn', a."startsOn",
                 'endsOn', a."endsOn", 'acceptedAt', a."acceptedAt", 'revokedAt', a."revokedAt") ORDER BY a."startsOn", a.id)
        FROM "Award" a JOIN "AwardCategory" c ON c.id = a."categoryId" WHERE a."userId" = u.id), '[]') AS awards,
      (SELECT json_build_object('status', m.status, 'terms', COALESCE(
                (SELECT json_agg(json_build_object('startsOn', t."startsOn", 'endsOn', t."endsOn") ORDER BY t."startsOn")
                 FROM "MctMembershipTerm" t WHERE t."membershipId" = m.id), '[]'))
       FROM "MctMembership" m WHERE m."userId" = u.id) AS membership,
      (SELECT p."timeZone" FROM "ProgramSettings" p WHERE p.id = 1) AS "programTimeZone"
    FROM "User" u WHERE u.id = ${userId}::uuid`;
  const user = rows[0];
  if (!user || user.anonymizedAt) return null;
  if (opts.sessionVersion !== undefined && opts.sessionVersion !== user.sessionVersion) return null;
  // A session of an account merged into another one continues in the remaining account.
  if (user.mergedIntoId) return loadViewer(user.mergedIntoId, now);
  const today = todayIn(user.programTimeZone ?? 'UTC', now);
  const roles = user.roles;
  // json_build_object writes dates as 2026-11-22 (midnight UTC, as Prisma reads @db.Date) and
  // instants in ISO 8601 with an offset.
  const instant = (value: string | null) => (value === null ? null : new Date(value));
  const mvp = deriveMvpStatus(
    user.awards.map((a) => ({
      ...a,
      startsOn: dbDay(a.startsOn),
      endsOn: dbDay(a.endsOn),
      acceptedAt: instant(a.acceptedAt),
      revokedAt: instant(a.revokedAt),
    })),
    today,
  );
  const isEmployee = isMicrosoftEmployee({ roles, email: user.email, emailVerified: user.emailVerified }, env().EMPLOYEE_EMAIL_DOMAINS);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    timeZoneChosen: user.timeZoneChosenAt !== null,
    roles,
    providerIds: user.providerIds,
    isEmployee,
    canNominate: canNominate({ isActiveMvp: mvp.isActiveMvp, isEmployee }),
    mvp,
    mct: deriveMctStanding(
      user.membership && {
        status: user.membership.status,
        terms: user.membership.terms.map((t) => ({ startsOn: dbDay(t.startsOn), endsOn: dbDay(t.endsOn) })),
      },
      today,
    ),
  };
}
