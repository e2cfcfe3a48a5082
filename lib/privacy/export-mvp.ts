import 'server-only';
// The MVP sections of "Download my data" (lib/privacy/export.ts): the person's own records only.
import { prisma } from '@/lib/db';
import { dateKeyOrNull } from '@/lib/dates';
import { evidenceFieldsSelect, submissionItemSelect } from '@/lib/evidence/snapshot';
import type { Person } from './export';

/** The nominations they made. */
export async function exportNominationsMade(id: string) {
  const nominationsMade = await prisma.nomination.findMany({
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
  });
  return {
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
  };
}

/** The nominations of them, with each one's history. */
export async function exportNominationsReceived(person: Person) {
  const { id } = person;
  const nominationsReceived = await prisma.nomination.findMany({
    where: { OR: [{ nomineeId: id }, { nomineeId: null, nomineeEmail: person.email }] },
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
  });
  return {
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
  };
}

/** Their endorsements of others' nominations. */
export async function exportEndorsements(id: string) {
  const endorsements = await prisma.endorsement.findMany({
    where: { endorserId: id },
    select: { nominationId: true, statement: true, createdAt: true },
  });
  return {
    endorsements,
  };
}

/** Their evidence log. */
export async function exportEvidence(id: string) {
  const evidenceItems = await prisma.evidenceItem.findMany({
    where: { ownerId: id },
    orderBy: { startDate: 'asc' },
    select: { ...evidenceFieldsSelect, createdAt: true, updatedAt: true, metrics: { select: { metric: true, value: true } } },
  });
  return {
    evidenceItems: evidenceItems.map((e) => ({
      ...e,
      startDate: dateKeyOrNull(e.startDate),
      endDate: dateKeyOrNull(e.endDate),
      category: e.category?.name ?? null,
      focusArea: e.focusArea?.name ?? null,
      metrics: Object.fromEntries(e.metrics.map((m) => [m.metric, m.value])),
    })),
  };
}

/** What they submitted, with released outcomes only. */
export async function exportSubmissions(id: string) {
  const submissions = await prisma.submission.findMany({
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
        select: submissionItemSelect,
      },
      // Released outcomes only, as /outcomes shows them: no scores, no committee comments, no names.
      decision: { select: { outcome: true, feedback: true, releasedAt: true } },
      assignments: {
        where: { status: 'SUBMITTED', candidateFeedback: { not: null } },
        orderBy: { submittedAt: 'asc' },
        select: { candidateFeedback: true },
      },
    },
  });
  return {
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
  };
}

/** Their work as a reviewer (assignments, not scores of others). */
export async function exportReviewing(id: string) {
  const [reviewAssignments, conflictDeclarations, discussionComments] = await Promise.all([
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
    // What they wrote in reviewers' discussions (their own words; others' comments are not theirs).
    prisma.discussionComment.findMany({
      where: { authorId: id },
      orderBy: { createdAt: 'asc' },
      select: { submissionId: true, body: true, createdAt: true, editedAt: true, hiddenAt: true, hiddenReason: true },
    }),
  ]);
  return {
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
    discussionComments,
  };
}

/** Their awards, renewals and agreements. */
export async function exportAwards(id: string) {
  const [awards, mvpRenewals, agreementAcceptances] = await Promise.all([
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
  ]);
  return {
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
  };
}
