import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { listMyPendingAgreements } from '@/lib/agreements/queries';
import type { Viewer } from '@/lib/auth/viewer';

/** At a person's next visit: the new versions of agreements they accepted, with where to accept them. */
export async function PendingAgreementsBanner({ viewer }: { viewer: Viewer }) {
  const pending = await listMyPendingAgreements(viewer);
  if (pending.length === 0) return null;
  return (
    <Alert tone="warning" title="New versions of your agreements are in force">
      <p>
        {pending.map((a) => `${a.title} (version ${a.version})`).join(', ')}. Accept {pending.length === 1 ? 'it' : 'them'} before renewing
        or using what {pending.length === 1 ? 'it covers' : 'they cover'}.{' '}
        <Link href="/agreements" className="font-medium underline">
          Read and accept the new versions
        </Link>
      </p>
    </Alert>
  );
}
