import Link from 'next/link';
import { signOutAction } from '@/lib/auth/actions';
import { getViewer } from '@/lib/auth/guards';
import { navigationFor } from '@/lib/people/navigation';
import { buttonClass } from '@/components/ui/button';
import { NavLinks } from './nav-links';
import { FocusKeeper } from './focus-keeper';
import { TimeZoneNotice } from './time-zone-notice';

export async function SiteHeader() {
  const viewer = await getViewer();
  const items = navigationFor(viewer);
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-base font-bold text-brand-800">
          Community Programs Portal
        </Link>
        {viewer ? (
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm text-slate-700">
              Signed in as <span className="font-medium text-slate-900">{viewer.name ?? viewer.email}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className={buttonClass('secondary', 'py-1.5')}>
                Sign out
              </button>
            </form>
          </div>
        ) : (
          <div className="flex items-center gap-2">
            <Link href="/sign-in" className={buttonClass('ghost')}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonClass('primary')}>
              Create an account
            </Link>
          </div>
        )}
      </div>
      {items.length > 0 ? (
        <nav aria-label="Main" className="mx-auto max-w-6xl px-4 pb-2">
          <NavLinks items={items} />
        </nav>
      ) : null}
      <FocusKeeper />
      {viewer ? <TimeZoneNotice timeZone={viewer.timeZone} chosen={viewer.timeZoneChosen} /> : null}
    </header>
  );
}
