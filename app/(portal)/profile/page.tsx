import type { Metadata } from 'next';
import { ProfileForm } from '@/components/profile/profile-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';
import { getOwnProfile } from '@/lib/people/queries';

export const metadata: Metadata = { title: 'Profile' };

const ROLE_LABELS = { ADMIN: 'Program admin', REVIEWER: 'Reviewer', EMPLOYEE: 'Microsoft employee (verified)' } as const;

export default async function ProfilePage() {
  const viewer = await requireUser('/profile');
  const user = await getOwnProfile(viewer);
  const timeZones = Intl.supportedValuesOf('timeZone');
  if (!timeZones.includes(user.timeZone)) timeZones.unshift(user.timeZone);
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
      </div>
    </div>
  );
}
