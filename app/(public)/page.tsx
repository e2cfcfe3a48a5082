import { richLink } from '@/components/ui/rich-link';
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
        <ProgramCard
          id="mvp-heading"
          kicker={t('mvpKicker')}
          title={t('mvpTitle')}
          intro={t('mvpIntro')}
          facts={[
            [t('howYouGetIn'), t('mvpGetIn')],
            [t('whatYouShow'), t('mvpShow')],
            [t('howLongItLasts'), t('mvpLasts')],
          ]}
        />
        <ProgramCard
          id="mct-heading"
          kicker={t('mctKicker')}
          title={t('mctTitle')}
          intro={t('mctIntro')}
          facts={[
            [t('howYouGetIn'), t('mctGetIn')],
            [t('whenPaused'), t('mctPaused')],
            [t('howLongItLasts'), t('mctLasts')],
          ]}
        />
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
            link: richLink('/sign-in'),
          })}
        </p>
      </section>
    </div>
  );
}

/** One program's card: what it is, then each fact as a term and its explanation. */
function ProgramCard({
  id,
  kicker,
  title,
  intro,
  facts,
}: {
  id: string;
  kicker: string;
  title: string;
  intro: string;
  facts: readonly (readonly [string, string])[];
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{kicker}</p>
      <h2 id={id} className="mt-1 text-2xl font-bold">
        {title}
      </h2>
      <p className="mt-2 text-slate-700">{intro}</p>
      <dl className="mt-4 space-y-3 text-sm">
        {facts.map(([term, text]) => (
          <div key={term}>
            <dt className="font-semibold">{term}</dt>
            <dd className="text-slate-700">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
