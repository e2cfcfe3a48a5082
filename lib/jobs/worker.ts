import PgBoss from 'pg-boss';
import { expireRenewals, runRenewalWindow } from '@/lib/awards/renewal-window';
import { expireNominationsWithCycle, remindNominationDeadlines } from '@/lib/cycles/expire';
import { expireNominationInvitations } from '@/lib/nominations/expire-invitations';
import { expireLapsedApplicationsNow } from '@/lib/mct/service';
import { releaseHeldApplications } from '@/lib/mct/held-applications';
import { deliverNotification, findStrandedNotifications } from '@/lib/notifications/deliver';
import { sendDailyDigests } from '@/lib/notifications/digest';
import { sendReviewReminders } from '@/lib/reviews/reminders';
import { deleteExpiredRateLimitWindows } from '@/lib/security/rate-limit';
import { deleteExpiredIdempotentRequests } from '@/lib/api/idempotency';
import { JOB_SCHEMA, QUEUES } from './queue';
import { redactSecrets } from '@/lib/security/logging';
import { lapseEndedMemberships, sendRenewalReminders } from '@/lib/memberships/jobs';
import { sendCertificationExpiryWarnings } from '@/lib/memberships/certification-expiry';
import { refreshReachPercentiles } from '@/lib/evidence/reach-queries';
import { refreshDefaultDashboards } from '@/lib/admin/dashboard-refresh';
import { REACH_REFRESH_MINUTES } from '@/lib/evidence/reach';

type Log = (message: string) => void;

const RETRY = { retryLimit: 6, retryDelay: 30, retryBackoff: true } as const;

/** Per-queue options on top of RETRY. A delivery job whose worker lost the database mid-way stays
 * "active" in pg-boss until it expires (15 minutes by default), and nothing retries it before then:
 * emails expire after 90 s instead, longer than one SMTP send can take (lib/mail/transport.ts caps
 * its time-outs well below that; a job that outlives it finds its email claimed and skips it). */
const QUEUE_OPTIONS: Partial<Record<string, { expireInSeconds: number }>> = {
  [QUEUES.deliverNotification]: { expireInSeconds: 90 },
};

/** Creates pg-boss's schema and the portal's queues. Idempotent; run by db:migrate and the worker. */
export async function installQueues(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

async function ensureQueues(boss: PgBoss) {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const name of Object.values(QUEUES)) {
    const options = { name, ...RETRY, ...QUEUE_OPTIONS[name] };
    // Existing queues take today's options too (an installation made before a change keeps none).
    if (existing.has(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, options);
  }
}

/** Starts the background worker: delivers the notification outbox and runs scheduled jobs. pg-boss
 * keeps jobs and schedules in PostgreSQL, so they survive restarts, and a scheduled job runs once
 * per slot however many workers are running. */
export async function startWorker(opts: { databaseUrl: string; log?: Log }): Promise<{ stop: () => Promise<void> }> {
  const log = opts.log ?? ((m) => console.log(`[worker] ${redactSecrets(m)}`));
  // Maintenance (which retries expired jobs) every 30 s rather than every 2 minutes, so an email
  // stranded by a database restart goes out within a couple of minutes.
  const boss = new PgBoss({ connectionString: opts.databaseUrl, schema: JOB_SCHEMA, max: 4, maintenanceIntervalSeconds: 30 });
  boss.on('error', (error) => log(`error: ${error.message}`));
  await boss.start();
  await ensureQueues(boss);

  await workOutbox(boss, log);
  await scheduleNominationAndMctJobs(boss, log);
  await scheduleMembershipJobs(boss, log);
  await scheduleCycleJobs(boss, log);
  await scheduleHousekeeping(boss, log);

  log('started');
  return {
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** The notification outbox: deliveries, the sweep that requeues stranded ones, and daily digests. */
async function workOutbox(boss: PgBoss, log: Log): Promise<void> {
  await boss.work<{ notificationId: string }>(
    QUEUES.deliverNotification,
    { batchSize: 5, pollingIntervalSeconds: 0.5, includeMetadata: true },
    async (jobs) => {
      for (const job of jobs) {
        const isLastAttempt = job.retryCount >= job.retryLimit;
        const outcome = await deliverNotification(job.data.notificationId, { isLastAttempt });
        log(`notification ${job.data.notificationId}: ${outcome}`);
      }
    },
  );

  await boss.schedule(QUEUES.sweepOutbox, '* * * * *');
  await boss.work(QUEUES.sweepOutbox, async () => {
    for (const id of await findStrandedNotifications()) {
      await boss.send(QUEUES.deliverNotification, { notificationId: id }, { singletonKey: id });
    }
  });

  // Daily digests: hourly, and each person's goes out at the first run from 08:00 in their own time
  // zone (once a day: a dedupe key per person and local day; held rows are locked while carried).
  await boss.schedule(QUEUES.sendDailyDigests, '2 * * * *');
  await boss.work(QUEUES.sendDailyDigests, async () => {
    const run = await sendDailyDigests();
    if (run.digests > 0 || run.suppressed > 0)
      log(`queued ${run.digests} daily digest(s) of ${run.parts} email(s); ${run.suppressed} suppressed`);
  });
}

/** Invitations and provider-started MCT applications that expire or wait, and reviewers' reminders. */
async function scheduleNominationAndMctJobs(boss: PgBoss, log: Log): Promise<void> {
  // Invitations nobody accepted in time: hourly, so an expired nomination frees its nominee and
  // category (and tells the nominator) the same day.
  await boss.schedule(QUEUES.expireNominationInvitations, '7 * * * *');
  await boss.work(QUEUES.expireNominationInvitations, async () => {
    const count = await expireNominationInvitations();
    if (count > 0) log(`expired ${count} nomination invitation(s)`);
  });

  // Provider-started MCT applications the candidate did not accept within 14 days: hourly, so the
  // candidate (and their provider) can start again the same day.
  await boss.schedule(QUEUES.expireMctApplications, '17 * * * *');
  await boss.work(QUEUES.expireMctApplications, async () => {
    const count = await expireLapsedApplicationsNow();
    if (count > 0) log(`expired ${count} MCT application(s)`);
  });

  // Provider-started applications held during a pause: hourly, so they reach their candidates within
  // the hour after enrollment reopens (the program team's changes to a pause or the switch also queue a
  // run at once). Each application is released once, however many runs overlap.
  await boss.schedule(QUEUES.releaseHeldMctApplications, '12 * * * *');
  await boss.work(QUEUES.releaseHeldMctApplications, async () => {
    const count = await releaseHeldApplications();
    if (count > 0) log(`released ${count} held MCT application(s) to their candidates`);
  });

  // Reviewers with overdue reviews: one digest email each, daily (and at most once a day, however
  // often it runs: the admin's "send reminders now" runs the same function).
  await boss.schedule(QUEUES.remindReviewers, '0 15 * * *');
  await boss.work(QUEUES.remindReviewers, async () => {
    const run = await sendReviewReminders();
    if (run.reviewers > 0) log(`reminded ${run.reviewers} reviewer(s) of ${run.reviews} overdue review(s)`);
  });
}

/** MCT memberships: lapses, renewal reminders and certification expiry warnings. */
async function scheduleMembershipJobs(boss: PgBoss, log: Log): Promise<void> {
  // Memberships whose year ended unrenewed: hourly, so a membership lapses within an hour of midnight
  // in the program's time zone, whichever zone that is. Idempotent, and pg-boss runs a slot once.
  await boss.schedule(QUEUES.lapseMctMemberships, '5 * * * *');
  await boss.work(QUEUES.lapseMctMemberships, async () => {
    const count = await lapseEndedMemberships();
    if (count > 0) log(`lapsed ${count} MCT membership(s)`);
  });

  // Renewal reminders at 90, 60, 30 and 15 days: hourly too; each goes out once (dedupe keys).
  await boss.schedule(QUEUES.remindMctRenewals, '25 * * * *');
  await boss.work(QUEUES.remindMctRenewals, async () => {
    const count = await sendRenewalReminders();
    if (count > 0) log(`sent ${count} MCT renewal reminder(s)`);
    // Certifications that stop counting before the member's year ends: 90 and 30 days ahead.
    const warned = await sendCertificationExpiryWarnings();
    if (warned > 0) log(`sent ${warned} certification expiry warning(s)`);
  });
}

/** What follows a cycle's dates: deadline reminders, expiries, and the MVP renewal window. */
async function scheduleCycleJobs(boss: PgBoss, log: Log): Promise<void> {
  // Nominees are reminded of the evidence deadline 14, 7 and 1 days ahead (at once, whatever their
  // digest choice); nominations and MVP renewals never submitted expire with their cycle: hourly, and
  // at once when an admin closes a cycle (the close queues a job naming it).
  await boss.schedule(QUEUES.expireWithCycle, '11 * * * *');
  await boss.work<{ cycleId?: string }>(QUEUES.expireWithCycle, async (jobs) => {
    const reminded = await remindNominationDeadlines();
    if (reminded > 0) log(`reminded ${reminded} nominee(s) of the evidence deadline`);
    for (const job of jobs) {
      const nominations = await expireNominationsWithCycle(new Date(), { cycleId: job.data?.cycleId });
      const renewals = await expireRenewals(new Date(), job.data?.cycleId);
      if (nominations + renewals > 0) log(`expired ${nominations} nomination(s) and ${renewals} MVP renewal(s) with their cycle`);
    }
  });

  // The MVP renewal window: renewals open with it (also queued for the moment a cycle's window
  // opens), reminders go out on time, unsubmitted ones expire. Hourly; each email once (dedupe keys).
  await boss.schedule(QUEUES.mvpRenewalWindow, '31 * * * *');
  await boss.work<{ cycleId?: string }>(QUEUES.mvpRenewalWindow, async (jobs) => {
    for (const job of jobs) {
      const run = await runRenewalWindow(new Date(), job.data?.cycleId);
      if (run.opened + run.reminded + run.expired > 0)
        log(`MVP renewals: ${run.opened} opened, ${run.reminded} reminded, ${run.expired} expired`);
    }
  });
}

/** Purges of ended rate-limit windows and API answers, the reach percentiles' and the dashboard's refresh. */
async function scheduleHousekeeping(boss: PgBoss, log: Log): Promise<void> {
  // Rate-limit windows that ended are never read again (lib/security/rate-limit.ts): hourly.
  await boss.schedule(QUEUES.purgeRateLimits, '43 * * * *');
  await boss.work(QUEUES.purgeRateLimits, async () => {
    const count = await deleteExpiredRateLimitWindows();
    if (count > 0) log(`deleted ${count} ended rate-limit window(s)`);
    // And the API's idempotency answers past their week (lib/api/idempotency.ts).
    const answers = await deleteExpiredIdempotentRequests();
    if (answers > 0) log(`deleted ${answers} expired API idempotency answer(s)`);
  });

  // Reach percentiles (lib/evidence/reach.ts): ranked again every few minutes, never per request,
  // and once at start so a fresh database shows figures. A refresh takes seconds at the large
  // dataset's size, and pages read the previous figures meanwhile (CONCURRENTLY).
  await boss.schedule(QUEUES.refreshReachPercentiles, `*/${REACH_REFRESH_MINUTES} * * * *`);
  await boss.work(QUEUES.refreshReachPercentiles, async () => {
    await refreshReachPercentiles();
  });
  await boss.send(QUEUES.refreshReachPercentiles, {}, { singletonKey: 'start' });

  // The admin dashboard's default view, stored for every process to show (lib/admin/dashboard-refresh.ts):
  // each minute, so a page read never computes it nor writes.
  await boss.schedule(QUEUES.refreshDashboards, '* * * * *');
  await boss.work(QUEUES.refreshDashboards, async () => {
    await refreshDefaultDashboards();
  });
}
