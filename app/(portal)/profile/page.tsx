import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProfileForm } from '@/components/profile/profile-form-lazy';
import { profileFormCopy } from '@/components/profile/profile-form-copy';
import { DownloadDataButton } from '@/components/privacy/download-data';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { getOwnProfile } from '@/lib/people/queries';
import { getOwnPrivacyState } from '@/lib/privacy/queries';
import { zoneOptions } from '@/lib/time-zones';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

export default async function ProfilePage() {
  const viewer = await requireUser();
  const [user, privacy, t, locale, copy] = await Promise.all([
    getOwnProfile(viewer),
    getOwnPrivacyState(viewer),
    getTranslations('profile'),
    getLocale(),
    profileFormCopy(),
  ]);
  const timeZones = zoneOptions(user.timeZone, locale as Locale);
  const roles = [
    t('roles.candidate'),
    ...viewer.roles.map((r) => t(`roles.${r}`)),
    ...(viewer.isEmployee && !viewer.roles.includes('EMPLOYEE') ? [t('roles.employeeEmail')] : []),
    ...(viewer.providerIds.length ? [t('roles.provider')] : []),
    ...(viewer.canNominate ? [t('roles.nominator')] : []),
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description', { email: viewer.email, day: formatDay(user.createdAt, locale) })} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t('yourDetails')}>
            <ProfileForm
              initial={{ name: user.name ?? '', timeZone: user.timeZone, notificationMode: user.notificationMode }}
              timeZones={timeZones}
              copy={copy}
            />
          </Card>
        </div>
        <Card title={t('yourRoles')}>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {roles.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">{t('rolesNote')}</p>
        </Card>
        <Card title={t('yourData')}>
          <p className="text-sm text-slate-800">
            {t.rich('yourDataText', {
              link: (chunks) => (
                <Link href="/privacy" className="font-medium text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <DownloadDataButton label={t('downloadMyData')} />
            <ButtonLink href="/profile/delete" variant="secondary">
              {t('askDelete')}
            </ButtonLink>
          </div>
          {privacy.openErasure ? (
            <p className="mt-3 text-sm text-slate-800">{t('erasureWaiting')}</p>
          ) : privacy.lastRejected ? (
            <p className="mt-3 text-sm text-slate-800">{t('erasureRejected', { reason: privacy.lastRejected.reason ?? '' })}</p>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
