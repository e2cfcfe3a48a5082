'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { fillMessage } from '@/lib/i18n/fill';
import { adoptTimeZoneAction } from '@/lib/people/actions';
import { browserTimeZone, zoneLabel } from '@/lib/time-zones';

type State =
  | { kind: 'none' }
  /** A first visit: the browser's zone was taken, and the person is told. */
  | { kind: 'adopted'; zone: string }
  /** The person chose a zone that is not the browser's: offered, never forced. */
  | { kind: 'offer'; zone: string }
  | { kind: 'switched'; zone: string }
  | { kind: 'failed' };

/** The notice's words in the reader's language, from the header (`use` and `keep` keep their {zone}). */
export type TimeZoneNoticeCopy = {
  locale: Locale;
  region: string;
  deviceIs: string;
  portalShows: string;
  use: string;
  keep: string;
  failed: string;
  adopted: string;
  switched: string;
  change: string;
  ok: string;
};

const dismissedKey = (stored: string, browser: string) => `time-zone-offer:${stored}:${browser}`;

function dismissed(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Deadlines follow the reader's time zone. A person who never chose one gets their browser's at
 * their first visit (and is told, with where to change it); a person whose chosen zone is not their
 * browser's is offered to switch, once per pair of zones. */
export function TimeZoneNotice({ timeZone, chosen, copy }: { timeZone: string; chosen: boolean; copy: TimeZoneNoticeCopy }) {
  const router = useRouter();
  const label = (zone: string) => zoneLabel(zone, copy.locale);
  const [state, setState] = useState<State>({ kind: 'none' });

  useEffect(() => {
    const browser = browserTimeZone();
    if (!browser || browser === timeZone) return;
    if (!chosen) {
      void adoptTimeZoneAction({ timeZone: browser, firstVisit: true }).then((result) => {
        if (result.ok && result.data.changed) {
          setState({ kind: 'adopted', zone: browser });
          router.refresh();
        }
      });
      return;
    }
    if (dismissed(dismissedKey(timeZone, browser))) return;
    // Offered after the first paint: the server cannot know the device's zone.
    const offer = window.setTimeout(() => setState({ kind: 'offer', zone: browser }), 0);
    return () => window.clearTimeout(offer);
  }, [timeZone, chosen, router]);

  if (state.kind === 'none') return null;
  const box = 'mx-auto w-full max-w-6xl px-4 pb-3';
  const panel = 'rounded-md border border-brand-700 bg-brand-50 px-4 py-3 text-sm text-slate-900';

  if (state.kind === 'offer') {
    const keep = () => {
      try {
        window.localStorage.setItem(dismissedKey(timeZone, state.zone), '1');
      } catch {
        // Without storage the offer comes back next visit; nothing else is lost.
      }
      setState({ kind: 'none' });
    };
    const take = async () => {
      const result = await adoptTimeZoneAction({ timeZone: state.zone, firstVisit: false });
      if (!result.ok) return setState({ kind: 'failed' });
      setState({ kind: 'switched', zone: state.zone });
      router.refresh();
    };
    return (
      <div className={box}>
        <section aria-label={copy.region} className={`${panel} flex flex-wrap items-center gap-3`}>
          <p className="flex-1">
            {copy.deviceIs}
            <span className="font-medium">{label(state.zone)}</span>
            {copy.portalShows}
            <span className="font-medium">{label(timeZone)}</span>.
          </p>
          <button type="button" onClick={() => void take()} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white">
            {fillMessage(copy.use, { zone: label(state.zone) })}
          </button>
          <button type="button" onClick={keep} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-semibold">
            {fillMessage(copy.keep, { zone: label(timeZone) })}
          </button>
        </section>
      </div>
    );
  }

  return (
    <div className={box}>
      <div role="status" className={`${panel} flex flex-wrap items-center gap-3`}>
        <p className="flex-1">
          {state.kind === 'failed' ? (
            copy.failed
          ) : (
            <>
              {state.kind === 'adopted' ? copy.adopted : copy.switched}
              <span className="font-medium">{label(state.zone)}</span>.{' '}
            </>
          )}{' '}
          <Link href="/profile" className="font-medium text-brand-700 underline">
            {copy.change}
          </Link>
          .
        </p>
        <button
          type="button"
          onClick={() => setState({ kind: 'none' })}
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-semibold"
        >
          {copy.ok}
        </button>
      </div>
    </div>
  );
}
