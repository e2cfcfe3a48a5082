import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { signOutAction } from '@/lib/auth/actions';
import { getViewer } from '@/lib/auth/guards';
import { navigationFor } from '@/lib/people/navigation';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { FocusKeeper } from './focus-keeper';
import { TimeZoneNotice, type TimeZoneNoticeCopy } from './time-zone-notice';

type NavKey = 'dashboard' | 'nominations' | 'evidence' | 'mct' | 'reviews' | 'provider' | 'admin' | 'profile';

export async function SiteHeader() {
  const [viewer, t, tz, locale] = await Promise.all([
    getViewer(),
    getTranslations('layout'),
    getTranslations('timeZoneNotice'),
    getLocale(),
  ]);
  // Each area's label in the reader's language, by its path ("/evidence" → layout.nav.evidence).
  const items = navigationFor(viewer).map((item) => ({ ...item, label: t(`nav.${item.href.slice(1) as NavKey}`) }));
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-base font-bold text-brand-800">
          {t('portalName')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch />
          {viewer ? (
            <>
              <span className="text-sm text-slate-700">
                {t.rich('signedInAs', {
                  name: () => <span className="font-medium text-slate-900">{viewer.name ?? viewer.email}</span>,
                })}
              </span>
              <form action={signOutAction}>
                <button type="submit" className={buttonClass('secondary')}>
                  {t('signOut')}
                </button>
              </form>
            </>
          ) : (
            <div className="flex items-center gap-2">
              <ButtonLink href="/sign-in" variant="ghost">
                {t('signIn')}
              </ButtonLink>
              <ButtonLink href="/sign-up">{t('createAccount')}</ButtonLink>
            </div>
          )}
        </div>
      </div>
      {items.length > 0 ? (
        <nav aria-label={t('mainNav')} className="mx-auto max-w-6xl px-4 pb-2">
          <NavLinks items={items} />
        </nav>
      ) : null}
      <FocusKeeper />
      {viewer ? (
        <TimeZoneNotice timeZone={viewer.timeZone} chosen={viewer.timeZoneChosen} copy={timeZoneNoticeCopy(tz, locale as Locale)} />
      ) : null}
    </header>
  );
}

type TimeZoneTranslator = Awaited<ReturnType<typeof getTranslations<'timeZoneNotice'>>>;

/** The time-zone notice's words ({zone} left in for the notice to fill). */
function timeZoneNoticeCopy(t: TimeZoneTranslator, locale: Locale): TimeZoneNoticeCopy {
  const words = ['region', 'deviceIs', 'portalShows', 'failed', 'adopted', 'switched', 'change', 'ok'] as const;
  return {
    locale,
    ...(Object.fromEntries(words.map((key) => [key, t(key)])) as Record<(typeof words)[number], string>),
    use: t.raw('use') as string,
    keep: t.raw('keep') as string,
  };
}
