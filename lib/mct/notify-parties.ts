import 'server-only';
// Who else hears about an MCT application: the staff of the ISC provider that started it (when the
// candidate accepts it and when the program team decides), and the program admins (when it starts
// waiting for them; their digest choice applies). Inside the caller's transaction.
import type { Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { queueEmail } from '@/lib/notifications/outbox';

const url = (path: string) => new URL(path, env().APP_URL).toString();

async function loadApplication(tx: Tx, applicationId: string) {
  return tx.mctApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      channel: true,
      status: true,
      candidate: { select: { name: true, email: true } },
      provider: {
        select: { name: true, staff: { select: { user: { select: { id: true, email: true, name: true, anonymizedAt: true } } } } },
      },
    },
  });
}

/** The application was submitted (self-service, or accepted by the candidate): its provider's staff
 * and every admin are told it waits for a decision. */
export async function notifyApplicationSubmitted(tx: Tx, applicationId: string): Promise<void> {
  const app = await loadApplication(tx, applicationId);
  const candidateName = app.candidate.name ?? app.candidate.email;
  for (const { user } of app.provider?.staff ?? []) {
    if (user.anonymizedAt) continue;
    await queueEmail(tx, {
      to: user.email,
      userId: user.id,
      template: 'provider.candidate-accepted',
      data: { staffName: user.name, candidateName, providerName: app.provider!.name, url: url('/provider') },
      urgency: 'DIGESTIBLE',
    });
  }
  const admins = await tx.user.findMany({
    where: { roles: { some: { role: 'ADMIN' } }, anonymizedAt: null, mergedIntoId: null },
    select: { id: true, email: true, name: true },
  });
  for (const admin of admins) {
    await queueEmail(tx, {
      to: admin.email,
      userId: admin.id,
      template: 'admin.application-waiting',
      data: {
        adminName: admin.name,
        candidateName,
        channel: app.channel === 'PROVIDER' ? `started by ${app.provider?.name ?? 'an ISC provider'}` : 'self-service',
        url: url(`/admin/mct/applications/${app.id}`),
      },
      urgency: 'DIGESTIBLE',
    });
  }
}

/** The program team decided an application a provider started: its staff are told the outcome. */
export async function notifyProviderOfDecision(tx: Tx, applicationId: string): Promise<void> {
  const app = await loadApplication(tx, applicationId);
  if (app.channel !== 'PROVIDER' || !app.provider) return;
  for (const { user } of app.provider.staff) {
    if (user.anonymizedAt) continue;
    await queueEmail(tx, {
      to: user.email,
      userId: user.id,
      template: 'provider.application-decided',
      data: {
        staffName: user.name,
        candidateName: app.candidate.name ?? app.candidate.email,
        providerName: app.provider.name,
        approved: app.status === 'APPROVED',
        url: url('/provider'),
      },
      urgency: 'DIGESTIBLE',
    });
  }
}
