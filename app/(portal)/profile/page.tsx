import type { Metadata } from 'next';
import Link from 'next/link';
import { ProfileForm } from '@/components/profile/profile-form-lazy';
import { DownloadDataButton } from '@/components/privacy/download-data';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';
import { getOwnProfile } from '@/lib/people/queries';
import { getOwnPrivacyState } from '@/lib/privacy/queries';
import { zoneOptions } from '@/lib/time-zones';

export const metadata: Metadata = { title: 'Profile' };

const ROLE_LABELS = { ADMIN: 'Program admin', REVIEWER: 'Reviewer', EMPLOYEE: 'Microsoft employee (verified)' } as const;

export default async function ProfilePage() {
  const viewer = await requireUser();
  const user = await getOwnProfile(viewer);
  const privacy = await getOwnPrivacyState(viewer);
  const timeZones = zoneOptions(user.timeZone);
  const roles = [
    'Candidate',
    ...viewer.roles.map((r) => ROLE_LABELS[r]),
    ...(viewer.isEmployee && !viewer.roles.includes('EMPLOYEE') ? ['Microsoft employee (verified email)'] : []),
    ...(viewer.providerIds.length ? ['ISC provider staff'] : []),
    ...(viewer.canNominate ? ['Nominator'] : []),
  ];
  return (
    <div className="space-y-6">
      <PageHeader title="Profile" description={`${viewer.email} · member since ${formatDay(user.createdAt)}`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Your details">
            <ProfileForm
              initial={{ name: user.name ?? '', timeZone: user.timeZone, notificationMode: user.notificationMode }}
              timeZones={timeZones}
            />
          </Card>
        </div>
        <Card title="Your roles">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {roles.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">
            Program status (MVP, MCT, alumni) comes from your awards and memberships; roles are granted by program admins.
          </p>
        </Card>
        <Card title="Your data">
          <p className="text-sm text-slate-800">
            Download everything the portal holds about you as a JSON file, or ask us to delete it. The{' '}
            <Link href="/privacy" className="font-medium text-brand-700 underline">
              privacy page
            </Link>{' '}
            says what we keep and why.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <DownloadDataButton />
            <ButtonLink href="/profile/delete" variant="secondary">
              Ask us to delete my data
            </ButtonLink>
          </div>
          {privacy.openErasure ? (
            <p className="mt-3 text-sm text-slate-800">Your request to delete your data is waiting for a program admin.</p>
          ) : privacy.lastRejected ? (
            <p className="mt-3 text-sm text-slate-800">
              Your last request to delete your data was not carried out: {privacy.lastRejected.reason}
            </p>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
