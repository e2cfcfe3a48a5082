import 'server-only';
// "Download my data": everything the portal holds about the signed-in person, as one JSON document.
// Only the person's own records and what the portal already shows them; other people's private data
// (reviewers' names and scores, committee comments, other candidates, other actors' emails) is left
// out. The sections follow lib/people/user-records.ts (exportAs), which a test holds to the schema.
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { dateKeyOrNull } from '@/lib/dates';
import { type Viewer } from '@/lib/auth/viewer';

/** The export document of one person (no write; exportOwnData records the request). */
export async function buildDataExport(userId: string, now: Date = new Date()) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      image: true,
      timeZone: true,
      notificationMode: true,
      createdAt: true,
      updatedAt: true,
      anonymizedAt: true,
      passwordHash: true,
      mergedFrom: { select: { email: true, mergedAt: true } },
      accounts: { select: { provider: true, type: true, createdAt: true } },
      roles: { select: { role: true, grantedAt: true } },
      reviewerCategories: { select: { category: { select: { name: true } } } },
      providerStaff: { select: { addedAt: true, provider: { select: { name: true } } } },
    },
  });
  if (!user || user.anonymizedAt) throw new AppError('NOT_FOUND', 'That account does not exist.');
  const id = user.id;

  const [
    nominationsMade,
    nominationsReceived,
    endorsements,
    evidenceItems,
    submissions,
    reviewAssignments,
    conflictDeclarations,
    awards,
    mvpRenewals,
    agreementAcceptances,
    certifications,
    iscCompletions,
    mctApplications,
    mctMembership,
    trainingDeliveries,
    loungeAccess,
    notifications,
    formDrafts,
    uploads,
    privacyRequests,
    auditEntries,
  ] = await Promise.all([
    prisma.nomination.findMany({
      where: { nominatorId: id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        nomineeName: true,
        nomineeEmail: true,
        category: { select: { name: true } },
        focusArea: { select: { name: true } },
        cycle: { select: { name: true } },
        statement: true,
        relationship: true,
        relationshipDetail: true,
        status: true,
        createdAt: true,
      },
    }),
    prisma.nomination.findMany({
      where: { OR: [{ nomineeId: id }, { nomineeId: null, nomineeEmail: user.email }] },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        nomineeName: true,
        nomineeEmail: true,
        nominator: { select: { name: true } },
        category: { select: { name: true } },
        focusArea: { select: { name: true } },
        cycle: { select: { name: true } },
        statement: true,
        relationship: true,
        status: true,
        invitedAt: true,
        respondedAt: true,
        declineReason: true,
        closedAt: true,
        events: { orderBy: { at: 'asc' }, select: { status: true, at: true } },
        _count: { select: { endorsements: true } },
      },
    }),
    prisma.endorsement.findMany({
      where: { endorserId: id },
      select: { nominationId: true, statement: true, createdAt: true },
    }),
    prisma.evidenceItem.findMany({
      where: { ownerId: id },
      orderBy: { startDate: 'asc' },
      select: {
        id: true,
        type: true,
        role: true,
        title: true,
        description: true,
        startDate: true,
        endDate: true,
        url: true,
        audience: true,
        category: { select: { name: true } },
        focusArea: { select: { name: true } },
        isPaid: true,
        isFullTimeJob: true,
        privateNote: true,
        isHighImpact: true,
        createdAt: true,
        updatedAt: true,
        metrics: { select: { metric: true, value: true } },
      },
    }),
    prisma.submission.findMany({
      where: { candidateId: id },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        kind: true,
        status: true,
        category: { select: { name: true } },
        cycle: { select: { name: true } },
        windowStart: true,
        windowEnd: true,
        submittedAt: true,
        withdrawnAt: true,
        items: {
          orderBy: { position: 'asc' },
          select: {
            type: true,
            role: true,
            title: true,
            description: true,
            startDate: true,
            endDate: true,
            url: true,
            audience: true,
            technologyArea: true,
            isPaid: true,
            privateNote: true,
            isHighImpact: true,
            metrics: true,
          },
        },
        // Released outcomes only, as /outcomes shows them: no scores, no committee comments, no names.
        decision: { select: { outcome: true, feedback: true, releasedAt: true } },
        assignments: {
          where: { status: 'SUBMITTED', candidateFeedback: { not: null } },
          orderBy: { submittedAt: 'asc' },
          select: { candidateFeedback: true },
        },
      },
    }),
    prisma.reviewAssignment.findMany({
      where: { reviewerId: id },
      orderBy: { assignedAt: 'asc' },
      select: {
        submissionId: true,
        status: true,
        method: true,
        assignedAt: true,
        dueAt: true,
        submittedAt: true,
        removedAt: true,
        submission: { select: { category: { select: { name: true } }, cycle: { select: { name: true } } } },
      },
    }),
    prisma.conflictDeclaration.findMany({ where: { reviewerId: id }, select: { submissionId: true, reason: true, createdAt: true } }),
    prisma.award.findMany({
      where: { userId: id },
      orderBy: { startsOn: 'asc' },
      select: {
        id: true,
        category: { select: { name: true } },
        focusArea: { select: { name: true } },
        cycle: { select: { name: true } },
        startsOn: true,
        endsOn: true,
        acceptedAt: true,
        revokedAt: true,
      },
    }),
    prisma.mvpRenewal.findMany({
      where: { userId: id },
      select: { id: true, awardId: true, category: { select: { name: true } }, status: true, deadline: true, createdAt: true },
    }),
    prisma.agreementAcceptance.findMany({
      where: { userId: id },
      orderBy: { acceptedAt: 'asc' },
      select: { acceptedAt: true, awardId: true, agreement: { select: { kind: true, version: true, title: true } } },
    }),
    prisma.candidateCertification.findMany({
      where: { userId: id },
      select: { credentialId: true, earnedOn: true, expiresOn: true, certification: { select: { code: true, name: true, level: true } } },
    }),
    prisma.iscCompletion.findMany({
      where: { OR: [{ userId: id }, { userId: null, candidateEmail: user.email }] },
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
    prisma.notification.findMany({
      where: { OR: [{ userId: id }, { toEmail: user.email }] },
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
    exportedAt: now.toISOString(),
    about:
      'Everything the Community Programs Portal holds about you. Records of other people (reviewers, committee comments, other candidates) are not included. See /privacy for what is kept and why.',
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
      timeZone: user.timeZone,
      emailPreference: user.notificationMode,
      hasPassword: Boolean(user.passwordHash),
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      accountsMergedIntoThisOne: user.mergedFrom.map((m) => ({ email: m.email, mergedAt: m.mergedAt })),
    },
    signInMethods: user.accounts,
    roles: user.roles,
    reviewerCategories: user.reviewerCategories.map((c) => c.category.name),
    iscProviderStaff: user.providerStaff.map((s) => ({ provider: s.provider.name, addedAt: s.addedAt })),
    nominationsMade: nominationsMade.map((n) => ({
      id: n.id,
      nomineeName: n.nomineeName,
      nomineeEmail: n.nomineeEmail,
      category: n.category.name,
      focusArea: n.focusArea?.name ?? null,
      cycle: n.cycle.name,
      statement: n.statement,
      relationship: n.relationship,
      relationshipDetail: n.relationshipDetail,
      status: n.status,
      createdAt: n.createdAt,
    })),
    nominationsReceived: nominationsReceived.map((n) => ({
      id: n.id,
      nameGiven: n.nomineeName,
      emailGiven: n.nomineeEmail,
      nominatedBy: n.nominator.name,
      category: n.category.name,
      focusArea: n.focusArea?.name ?? null,
      cycle: n.cycle.name,
      statement: n.statement,
      relationship: n.relationship,
      status: n.status,
      invitedAt: n.invitedAt,
      respondedAt: n.respondedAt,
      declineReason: n.declineReason,
      closedAt: n.closedAt,
      endorsementCount: n._count.endorsements,
      history: n.events,
    })),
    endorsements,
    evidenceItems: evidenceItems.map((e) => ({
      ...e,
      startDate: dateKeyOrNull(e.startDate),
      endDate: dateKeyOrNull(e.endDate),
      category: e.category?.name ?? null,
      focusArea: e.focusArea?.name ?? null,
      metrics: Object.fromEntries(e.metrics.map((m) => [m.metric, m.value])),
    })),
    submissions: submissions.map((s) => ({
      id: s.id,
      kind: s.kind,
      status: s.status,
      category: s.category.name,
      cycle: s.cycle.name,
      window: { start: dateKeyOrNull(s.windowStart), end: dateKeyOrNull(s.windowEnd) },
      submittedAt: s.submittedAt,
      withdrawnAt: s.withdrawnAt,
      items: s.items.map((i) => ({ ...i, startDate: dateKeyOrNull(i.startDate), endDate: dateKeyOrNull(i.endDate) })),
      outcome: s.decision?.releasedAt
        ? {
            outcome: s.decision.outcome,
            feedback: s.decision.feedback,
            releasedAt: s.decision.releasedAt,
            reviewerFeedback: s.assignments.flatMap((a) => (a.candidateFeedback ? [a.candidateFeedback] : [])),
          }
        : null,
    })),
    reviewAssignments: reviewAssignments.map((a) => ({
      submissionId: a.submissionId,
      category: a.submission.category.name,
      cycle: a.submission.cycle.name,
      status: a.status,
      method: a.method,
      assignedAt: a.assignedAt,
      dueAt: a.dueAt,
      submittedAt: a.submittedAt,
      removedAt: a.removedAt,
    })),
    conflictDeclarations,
    awards: awards.map((a) => ({
      id: a.id,
      category: a.category.name,
      focusArea: a.focusArea?.name ?? null,
      cycle: a.cycle.name,
      startsOn: dateKeyOrNull(a.startsOn),
      endsOn: dateKeyOrNull(a.endsOn),
      acceptedAt: a.acceptedAt,
      revokedAt: a.revokedAt,
    })),
    mvpRenewals: mvpRenewals.map((r) => ({ ...r, category: r.category.name })),
    agreementAcceptances: agreementAcceptances.map((a) => ({ ...a.agreement, acceptedAt: a.acceptedAt, awardId: a.awardId })),
    certifications: certifications.map((c) => ({
      ...c.certification,
      credentialId: c.credentialId,
      earnedOn: dateKeyOrNull(c.earnedOn),
      expiresOn: dateKeyOrNull(c.expiresOn),
    })),
    iscCompletions: iscCompletions.map((c) => ({ ...c, provider: c.provider.name, completedOn: dateKeyOrNull(c.completedOn) })),
    mctApplications: mctApplications.map((a) => ({ ...a, provider: a.provider?.name ?? null })),
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

export type DataExport = Awaited<ReturnType<typeof buildDataExport>>;

/** The viewer's own data export, recorded as a completed EXPORT request and in the audit log. */
export async function exportOwnData(viewer: Viewer, now: Date = new Date()): Promise<{ fileName: string; body: string }> {
  const data = await buildDataExport(viewer.id, now);
  await prisma.$transaction(async (tx) => {
    const request = await tx.privacyRequest.create({
      data: { userId: viewer.id, kind: 'EXPORT', status: 'COMPLETED', handledById: viewer.id, completedAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'privacy.exported',
      entityType: 'User',
      entityId: viewer.id,
      after: { requestId: request.id },
    });
  });
  return { fileName: `my-data-${now.toISOString().slice(0, 10)}.json`, body: JSON.stringify(data, null, 2) };
}
