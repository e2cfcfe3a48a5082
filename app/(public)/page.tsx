import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { getViewer } from '@/lib/auth/guards';

export default async function HomePage() {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('home')]);
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t.rich('intro', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          {viewer ? (
            <ButtonLink href="/dashboard">{t('goToDashboard')}</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-up">{t('createAccount')}</ButtonLink>
              <ButtonLink href="/sign-in" variant="secondary">
                {t('signIn')}
              </ButtonLink>
            </>
          )}
        </div>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="mvp-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t('mvpKicker')}</p>
          <h2 id="mvp-heading" className="mt-1 text-2xl font-bold">
            {t('mvpTitle')}
          </h2>
          <p className="mt-2 text-slate-700">{t('mvpIntro')}</p>
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="font-semibold">{t('howYouGetIn')}</dt>
              <dd className="text-slate-700">{t('mvpGetIn')}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t('whatYouShow')}</dt>
              <dd className="text-slate-700">{t('mvpShow')}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t('howLongItLasts')}</dt>
              <dd className="text-slate-700">{t('mvpLasts')}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="mct-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t('mctKicker')}</p>
          <h2 id="mct-heading" className="mt-1 text-2xl font-bold">
            {t('mctTitle')}
          </h2>
          <p className="mt-2 text-slate-700">{t('mctIntro')}</p>
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="font-semibold">{t('howYouGetIn')}</dt>
              <dd className="text-slate-700">{t('mctGetIn')}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t('whenPaused')}</dt>
              <dd className="text-slate-700">{t('mctPaused')}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t('howLongItLasts')}</dt>
              <dd className="text-slate-700">{t('mctLasts')}</dd>
            </div>
          </dl>
        </section>
      </div>

      <section aria-labelledby="roles-heading" className="max-w-3xl">
        <h2 id="roles-heading" className="text-xl font-bold">
          {t('whoUses')}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
          <li>{t('roleCandidates')}</li>
          <li>{t('roleNominators')}</li>
          <li>{t('roleReviewers')}</li>
          <li>{t('roleProviders')}</li>
          <li>{t('roleAdmins')}</li>
        </ul>
        <p className="mt-4 text-sm text-slate-700">
          {t.rich('haveAccount', {
            link: (chunks) => (
              <Link href="/sign-in" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
    </div>
  );
}
