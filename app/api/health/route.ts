import { reportDatabaseError } from '@/lib/availability';
import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the e2e server. */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' });
  } catch (error) {
    reportDatabaseError(error);
    return Response.json({ status: 'unavailable', reason: 'database unreachable' }, { status: 503, headers: { 'Retry-After': '5' } });
  }
}
