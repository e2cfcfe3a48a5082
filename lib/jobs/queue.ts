import 'server-only';
import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/db';

/** pg-boss's own tables live in this schema, apart from the portal's. */
export const JOB_SCHEMA = 'pgboss';

/** Every queue the worker serves. Later features add theirs here and in lib/jobs/worker.ts. */
export const QUEUES = {
  deliverNotification: 'notification.deliver',
  sweepOutbox: 'notification.sweep',
  sendDailyDigests: 'notification.daily-digest',
  expireNominationInvitations: 'nomination.expire-invitations',
  expireMctApplications: 'mct.expire-applications',
  releaseHeldMctApplications: 'mct.release-held-applications',
  remindReviewers: 'review.remind-overdue',
  lapseMctMemberships: 'mct.lapse-memberships',
  remindMctRenewals: 'mct.remind-renewals',
  purgeRateLimits: 'security.purge-rate-limits',
  expireWithCycle: 'cycle.expire-unsubmitted',
  mvpRenewalWindow: 'mvp.renewal-window',
  refreshReachPercentiles: 'reach.refresh-percentiles',
  refreshDashboards: 'admin.refresh-dashboard',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

type SendOptions = { singletonKey?: string; startAfter?: Date; retryLimit?: number; retryDelay?: number; retryBackoff?: boolean };

// A producer-only pg-boss: it never opens its own pool; every send runs on the caller's
// transaction, so a job exists exactly when the change that caused it was committed.
let producer: PgBoss | undefined;
function getProducer(): PgBoss {
  producer ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: {
      executeSql: () => Promise.reject(new Error('pg-boss producer used without a transaction')),
    },
  });
  return producer;
}

/** Enqueues a job inside the caller's Prisma transaction. */
export async function enqueueJob(tx: Tx, name: QueueName, data: object, options: SendOptions = {}): Promise<string | null> {
  return getProducer().send(name, data, {
    ...options,
    db: {
      async executeSql(text: string, values: unknown[]) {
        const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(toSqlParam));
        return { rows };
      },
    },
  });
}

function toSqlParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
