import 'server-only';
// Erasing a person's personal data inside the caller's transaction. What is deleted, blanked and
// kept is what /privacy says (app/(public)/privacy/page.tsx); the relations come from
// lib/people/user-records.ts. Decisions, scores, awards and the audit trail stay, without the
// person's name, address or links.
import { endSessions } from '@/lib/auth/session-version';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ERASED_ACTOR_LABEL, ERASED_MARK, ERASED_NAME, identifiersOf, redactJson, redactText, redactTextAndLinks } from './redact';
import { erasedEmailOf } from '@/lib/erased-account';
import { canTransitionLounge, LOUNGE_STATUSES } from '@/lib/memberships/lifecycle';

/** What an erasure changed, by kind (counts only: recorded in the audit log). */
export type ErasureCounts = Record<string, number>;

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** Blanks what identifies the person in the audit entries by them, about their account, or mentioning
 * them in their before/after (a nomination's nominee address, an ISC completion's candidate): label,
 * IP and identifiers go, the event stays. Only possible through the database's one exception,
 * declared for this transaction, this person and the strings that find them (`mentions`: their
 * addresses and account ids). */
async function redactAuditEntries(tx: Tx, userId: string, identifiers: readonly string[], mentions: readonly string[]): Promise<number> {
  const found = mentions.filter((m) => m.length >= 6);
  await tx.$queryRaw`SELECT set_config('portal.audit_redaction', ${userId}, true)`;
  await tx.$queryRaw`SELECT set_config('portal.audit_redaction_mentions', ${JSON.stringify(found)}, true)`;
  const rows = await tx.$queryRaw<
    { id: bigint; actorId: string | null; actorLabel: string; requestIp: string | null; before: unknown; after: unknown }[]
  >`
    SELECT id, "actorId"::text AS "actorId", "actorLabel", "requestIp", before, after FROM "AuditEvent"
    WHERE "actorId" = ${userId}::uuid OR "entityId" = ${userId}
       OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(${JSON.stringify(found)}::jsonb) AS m(v)
                  WHERE strpos(lower(coalesce(before::text, '')), lower(m.v)) > 0 OR strpos(lower(coalesce(after::text, '')), lower(m.v)) > 0)`;
  let changed = 0;
  for (const row of rows) {
    const isActor = row.actorId === userId;
    const data: Prisma.AuditEventUpdateInput = {};
    if (isActor && row.actorLabel !== ERASED_ACTOR_LABEL) data.actorLabel = ERASED_ACTOR_LABEL;
    if (isActor && row.requestIp !== null) data.requestIp = null;
    for (const key of ['before', 'after'] as const) {
      if (row[key] === null) continue;
      const redacted = redactJson(row[key], identifiers);
      if (JSON.stringify(redacted) !== JSON.stringify(row[key])) data[key] = json(redacted);
    }
    if (Object.keys(data).length === 0) continue;
    await tx.auditEvent.update({ where: { id: row.id }, data });
    changed++;
  }
  await tx.$queryRaw`SELECT set_config('portal.audit_redaction', '', true)`;
  await tx.$queryRaw`SELECT set_config('portal.audit_redaction_mentions', '', true)`;
  return changed;
}

/** Who is erased: every account of the person (merged-away accounts hold their older addresses),
 * and the names and addresses that find them in what others wrote. */
async function readErasedPerson(tx: Tx, userId: string) {
  const person = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, mergedFrom: { select: { id: true, email: true, name: true } } },
  });
  const accounts = [{ id: person.id, email: person.email, name: person.name }, ...person.mergedFrom];
  const ids = accounts.map((a) => a.id);
  const emails = accounts.map((a) => a.email);
  const namesGiven = await tx.nomination.findMany({
    where: { OR: [{ nomineeId: { in: ids } }, { nomineeEmail: { in: emails } }] },
    select: { nomineeName: true },
  });
  const completionNames = await tx.iscCompletion.findMany({
    where: { OR: [{ userId: { in: ids } }, { candidateEmail: { in: emails } }] },
    select: { candidateName: true },
  });
  const identifiers = identifiersOf([
    ...accounts.map((a) => ({ email: a.email, names: [a.name] })),
    { names: [...namesGiven.map((n) => n.nomineeName), ...completionNames.map((c) => c.candidateName)] },
  ]);
  return { accounts, ids, emails, identifiers, erasedEmail: erasedEmailOf(person.id) };
}

/** One erasure in progress: the transaction, whom it erases, and its tally. */
type Erasure = Awaited<ReturnType<typeof readErasedPerson>> & { tx: Tx; count: (key: string, n: number) => void };

/** Sign-in: every way in ends, and every session (lib/auth/session-version.ts); so do roles, drafts
 * and certificates. */
async function endAccess({ tx, ids, emails, count }: Erasure) {
  await endSessions(tx, ids);
  count('accounts', (await tx.account.deleteMany({ where: { userId: { in: ids } } })).count);
  count('sessions', (await tx.session.deleteMany({ where: { userId: { in: ids } } })).count);
  count('verificationTokens', (await tx.verificationToken.deleteMany({ where: { identifier: { in: emails } } })).count);
  count('actionTokens', (await tx.actionToken.deleteMany({ where: { OR: [{ userId: { in: ids } }, { email: { in: emails } }] } })).count);
  count('formDrafts', (await tx.formDraft.deleteMany({ where: { userId: { in: ids } } })).count);
  // A certificate holds the name as issued; once erased, its code checks as unknown.
  count('certificates', (await tx.certificate.deleteMany({ where: { userId: { in: ids } } })).count);
  // Roles end with the account (the last admin is refused before this point).
  count('roles', (await tx.userRole.deleteMany({ where: { userId: { in: ids } } })).count);
  count('reviewerCategories', (await tx.reviewerCategory.deleteMany({ where: { reviewerId: { in: ids } } })).count);
  count('iscProviderStaff', (await tx.providerStaff.deleteMany({ where: { userId: { in: ids } } })).count);
  count('apiTokens', (await tx.apiToken.deleteMany({ where: { createdById: { in: ids } } })).count);
  count('discussionReadMarkers', (await tx.discussionReadMarker.deleteMany({ where: { userId: { in: ids } } })).count);
}

/** Emails sent to them: kept as a record that something was sent, without address or content.
 * Emails still waiting are not sent. */
async function blankEmails({ tx, ids, emails, erasedEmail, count }: Erasure) {
  const mail = { OR: [{ userId: { in: ids } }, { toEmail: { in: emails } }] } satisfies Prisma.NotificationWhereInput;
  await tx.notification.updateMany({ where: { ...mail, status: { in: ['QUEUED', 'DIGESTED'] } }, data: { status: 'SUPPRESSED' } });
  const { count: blanked } = await tx.notification.updateMany({
    where: mail,
    data: { toEmail: erasedEmail, subject: ERASED_MARK, textBody: '', htmlBody: '', sealedLink: null, lastError: null },
  });
  count('notifications', blanked);
}

/** An evidence item, live or frozen, without its link, private note or names. */
const redactedItem = (item: { title: string; description: string }, identifiers: readonly string[]) => ({
  url: null,
  privateNote: null,
  title: redactTextAndLinks(item.title, identifiers).slice(0, 100),
  description: redactTextAndLinks(item.description, identifiers).slice(0, 1000),
});

/** The contribution log: items never submitted are deleted; items frozen in a submission stay
 * (reviewers and decisions rely on the frozen copy), without links, private notes or names. */
async function redactEvidence({ tx, ids, identifiers, count }: Erasure) {
  count('evidenceItemsDeleted', (await tx.evidenceItem.deleteMany({ where: { ownerId: { in: ids }, snapshots: { none: {} } } })).count);
  const frozenItems = await tx.evidenceItem.findMany({
    where: { ownerId: { in: ids } },
    select: { id: true, title: true, description: true },
  });
  for (const item of frozenItems) await tx.evidenceItem.update({ where: { id: item.id }, data: redactedItem(item, identifiers) });
  count('evidenceItemsRedacted', frozenItems.length);
  const snapshotItems = await tx.submissionItem.findMany({
    where: { submission: { candidateId: { in: ids } } },
    select: { id: true, title: true, description: true },
  });
  for (const item of snapshotItems) await tx.submissionItem.update({ where: { id: item.id }, data: redactedItem(item, identifiers) });
  count('submissionItemsRedacted', snapshotItems.length);
}

/** What reviewers and admins wrote about their submissions stays, without their name. */
async function redactWhatStaffWrote({ tx, ids, identifiers }: Erasure) {
  const reviews = await tx.reviewAssignment.findMany({
    where: { submission: { candidateId: { in: ids } } },
    select: { id: true, committeeComment: true, candidateFeedback: true },
  });
  for (const r of reviews) {
    await tx.reviewAssignment.update({
      where: { id: r.id },
      data: {
        committeeComment: r.committeeComment === null ? null : redactText(r.committeeComment, identifiers),
        candidateFeedback: r.candidateFeedback === null ? null : redactText(r.candidateFeedback, identifiers),
      },
    });
  }
  const discussed = await tx.discussionComment.findMany({
    where: { submission: { candidateId: { in: ids } } },
    select: { id: true, body: true, revisions: { select: { id: true, body: true } } },
  });
  for (const c of discussed) {
    await tx.discussionComment.update({ where: { id: c.id }, data: { body: redactText(c.body, identifiers) } });
    for (const r of c.revisions) {
      await tx.discussionCommentRevision.update({ where: { id: r.id }, data: { body: redactText(r.body, identifiers) } });
    }
  }
  const decisions = await tx.decision.findMany({
    where: { submission: { candidateId: { in: ids } } },
    select: { id: true, feedback: true },
  });
  for (const d of decisions) await tx.decision.update({ where: { id: d.id }, data: { feedback: redactText(d.feedback, identifiers) } });
}

/** Nominations about them: kept (decisions rest on them), as "Erased person" at an erased address. */
async function redactNominations({ tx, ids, emails, identifiers, erasedEmail, count }: Erasure) {
  const received = await tx.nomination.findMany({
    where: { OR: [{ nomineeId: { in: ids } }, { nomineeEmail: { in: emails } }] },
    select: {
      id: true,
      statement: true,
      endorsements: { select: { id: true, statement: true } },
      events: { select: { id: true, note: true } },
    },
  });
  for (const n of received) {
    await tx.nomination.update({
      where: { id: n.id },
      data: { nomineeName: ERASED_NAME, nomineeEmail: erasedEmail, statement: redactText(n.statement, identifiers), declineReason: null },
    });
    for (const e of n.endorsements)
      await tx.endorsement.update({ where: { id: e.id }, data: { statement: redactText(e.statement, identifiers) } });
    for (const ev of n.events) {
      if (ev.note) await tx.nominationEvent.update({ where: { id: ev.id }, data: { note: redactText(ev.note, identifiers) } });
    }
  }
  count('nominationsRedacted', received.length);
}

/** MCT: certifications keep their dates and kind, not the credential id that finds the person;
 * completions and uploads lose the name, address and file name; lounge access ends. */
async function redactMct({ tx, ids, emails, erasedEmail, count }: Erasure, now: Date) {
  const certifications = await tx.candidateCertification.findMany({ where: { userId: { in: ids } }, select: { id: true } });
  for (const c of certifications) await tx.candidateCertification.update({ where: { id: c.id }, data: { credentialId: `erased-${c.id}` } });
  count('certificationsRedacted', certifications.length);
  const { count: completions } = await tx.iscCompletion.updateMany({
    where: { OR: [{ userId: { in: ids } }, { candidateEmail: { in: emails } }] },
    data: { candidateName: ERASED_NAME, candidateEmail: erasedEmail },
  });
  count('iscCompletionsRedacted', completions);
  count('uploadsRedacted', (await tx.importBatch.updateMany({ where: { userId: { in: ids } }, data: { fileName: 'erased' } })).count);
  await tx.loungeAccess.updateMany({
    where: { userId: { in: ids }, status: { in: LOUNGE_STATUSES.filter((from) => canTransitionLounge(from, 'REVOKED')) } },
    data: { status: 'REVOKED', revokedAt: now, revokedReason: 'Personal data erased on request' },
  });
}

/** Last, the account rows themselves (merged-away accounts included). */
async function eraseAccounts({ tx, accounts, count }: Erasure, now: Date) {
  for (const a of accounts) {
    await tx.user.update({
      where: { id: a.id },
      data: {
        name: null,
        email: erasedEmailOf(a.id),
        emailVerified: null,
        image: null,
        passwordHash: null,
        notificationMode: 'OFF',
        anonymizedAt: now,
      },
    });
  }
  count('accountsErased', accounts.length);
}

/** Erases one person's personal data (and that of accounts merged into theirs). The caller holds
 * the user row's lock, has checked the request, and queued the last email before calling this. */
export async function erasePersonalData(tx: Tx, userId: string, now: Date): Promise<ErasureCounts> {
  const counts: ErasureCounts = {};
  const count = (key: string, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  const erasure: Erasure = { ...(await readErasedPerson(tx, userId)), tx, count };
  await endAccess(erasure);
  await blankEmails(erasure);
  await redactEvidence(erasure);
  await redactWhatStaffWrote(erasure);
  await redactNominations(erasure);
  await redactMct(erasure, now);
  // The audit trail: who did what and when stays; their label, IP and identifiers go.
  let audit = 0;
  for (const id of erasure.ids) audit += await redactAuditEntries(tx, id, erasure.identifiers, [...erasure.emails, ...erasure.ids]);
  count('auditEntriesRedacted', audit);
  await eraseAccounts(erasure, now);
  return counts;
}
