import 'server-only';
// The MCT sections of "Download my data" (lib/privacy/export.ts), and the person's activity: emails
// sent to them, drafts, uploads, privacy requests and the audit entries by or about them.
import { prisma } from '@/lib/db';
import { dateKeyOrNull } from '@/lib/dates';
import type { Person } from './export';

/** Their MCT certifications, ISC completions and applications. */
export async function exportMctEnrollment(person: Person) {
  const { id } = person;
  const [certifications, iscCompletions, mctApplications] = await Promise.all([
    prisma.candidateCertification.findMany({
      where: { userId: id },
      select: { credentialId: true, earnedOn: true, expiresOn: true, certification: { select: { code: true, name: true, level: true } } },
    }),
    prisma.iscCompletion.findMany({
      where: { OR: [{ userId: id }, { userId: null, candidateEmail: person.email }] },
      select: {
        candidateName: true,
        candidateEmail: true,
        completedOn: true,
        certificateId: true,
        confirmedAt: true,
        provider: { select: { name: true } },
      },
    }),
    prisma.mctApplication.findMany({
      where: { candidateId: id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        kind: true,
        channel: true,
        status: true,
        provider: { select: { name: true } },
        feeCents: true,
        feeWaived: true,
        submittedAt: true,
        decidedAt: true,
        rejectionReason: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    certifications: certifications.map((c) => ({
      ...c.certification,
      credentialId: c.credentialId,
      earnedOn: dateKeyOrNull(c.earnedOn),
      expiresOn: dateKeyOrNull(c.expiresOn),
    })),
    iscCompletions: iscCompletions.map((c) => ({ ...c, provider: c.provider.name, completedOn: dateKeyOrNull(c.completedOn) })),
    mctApplications: mctApplications.map((a) => ({ ...a, provider: a.provider?.name ?? null })),
  };
}

/** Their MCT membership, deliveries and lounge access. */
export async function exportMctMembership(id: string) {
  const [mctMembership, trainingDeliveries, loungeAccess, certificates] = await Promise.all([
    prisma.mctMembership.findUnique({
      where: { userId: id },
      select: {
        status: true,
        memberSince: true,
        alumniSince: true,
        lapsedOn: true,
        terms: {
          orderBy: { startsOn: 'asc' },
          select: {
            startsOn: true,
            endsOn: true,
            renewalOf: { select: { status: true, submittedAt: true, decidedAt: true, adminNote: true } },
          },
        },
      },
    }),
    prisma.trainingDelivery.findMany({
      where: { userId: id },
      orderBy: { startDate: 'asc' },
      select: {
        courseCode: true,
        courseTitle: true,
        startDate: true,
        endDate: true,
        format: true,
        studentCount: true,
        trainingPartner: true,
        satisfactionScore: true,
        createdAt: true,
      },
    }),
    prisma.loungeAccess.findUnique({
      where: { userId: id },
      select: { status: true, requestedAt: true, grantedAt: true, revokedAt: true, revokedReason: true },
    }),
    prisma.certificate.findMany({
      where: { userId: id },
      orderBy: { issuedAt: 'asc' },
      select: { code: true, kind: true, holderName: true, category: true, startsOn: true, endsOn: true, issuedAt: true },
    }),
  ]);
  return {
    mctMembership: mctMembership
      ? {
          status: mctMembership.status,
          memberSince: dateKeyOrNull(mctMembership.memberSince),
          alumniSince: dateKeyOrNull(mctMembership.alumniSince),
          lapsedOn: dateKeyOrNull(mctMembership.lapsedOn),
          terms: mctMembership.terms.map((t) => ({
            startsOn: dateKeyOrNull(t.startsOn),
            endsOn: dateKeyOrNull(t.endsOn),
            renewal: t.renewalOf,
          })),
        }
      : null,
    trainingDeliveries: trainingDeliveries.map((d) => ({
      ...d,
      startDate: dateKeyOrNull(d.startDate),
      endDate: dateKeyOrNull(d.endDate),
      satisfactionScore: d.satisfactionScore === null ? null : Number(d.satisfactionScore),
    })),
    loungeAccess,
    certificates: certificates.map((c) => ({ ...c, startsOn: dateKeyOrNull(c.startsOn), endsOn: dateKeyOrNull(c.endsOn) })),
  };
}

/** Emails sent to them, drafts, uploads, privacy requests and the audit entries by or about them. */
export async function exportActivity(person: Person) {
  const { id } = person;
  const [notifications, formDrafts, uploads, privacyRequests, auditEntries] = await Promise.all([
    prisma.notification.findMany({
      where: { OR: [{ userId: id }, { toEmail: person.email }] },
      orderBy: { createdAt: 'asc' },
      select: { template: true, toEmail: true, subject: true, textBody: true, status: true, createdAt: true, sentAt: true },
    }),
    prisma.formDraft.findMany({ where: { userId: id }, select: { formKey: true, data: true, updatedAt: true } }),
    prisma.importBatch.findMany({
      where: { userId: id },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, fileName: true, rowsTotal: true, rowsImported: true, rowsRejected: true, createdAt: true },
    }),
    prisma.privacyRequest.findMany({
      where: { userId: id },
      orderBy: { requestedAt: 'asc' },
      select: { kind: true, status: true, reason: true, requestedAt: true, completedAt: true },
    }),
    prisma.auditEvent.findMany({
      where: { OR: [{ actorId: id }, { entityType: 'User', entityId: id }] },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      // Who else acted is not exported: other actors' emails are their personal data.
      select: { at: true, action: true, entityType: true, entityId: true, actorId: true },
    }),
  ]);
  return {
    // Sign-in links are left out of the bodies: they are secrets, even expired.
    notifications: notifications.map((n) => ({ ...n, textBody: n.template.startsWith('auth.') ? null : n.textBody })),
    formDrafts,
    uploads,
    privacyRequests,
    auditEntries: auditEntries.map((a) => ({
      at: a.at,
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
      byYou: a.actorId === id,
    })),
  };
}
