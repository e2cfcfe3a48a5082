// What the provider page says about self-service enrollment and held applications, in the reader's
// language: the same notices as lib/mct (describeClosure, heldNotice), read from the `provider` messages.
import type { getTranslations } from 'next-intl/server';
import { addDays, startOfDayIn } from '@/lib/dates';
import { formatDayKey, formatInstant } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { pauseInstants, type ClosureNotice, type EnrollmentWindow } from '@/lib/mct/enrollment-window';
import { zoneLabel } from '@/lib/time-zones';

type T = Awaited<ReturnType<typeof getTranslations<'provider'>>>;
type Closed = Extract<EnrollmentWindow, { isOpen: false }>;
type Zones = { program: string; reader: string };

/** Why self-service is closed: the cause, the pause's dates and the same moments in the reader's zone. */
export function closureNotice(window: Closed, zones: Zones, t: T, locale: Locale): ClosureNotice {
  if (window.cause === 'OFFLINE')
    return { title: t('closure.offlineTitle'), lines: [window.reason?.trim() || t('closure.offlineDefault')] };
  const endsOn = addDays(window.reopensOn, -1);
  const { startsAt, reopensAt } = pauseInstants({ startsOn: window.pause.startsOn, endsOn }, zones.program);
  const lines = [
    t('closure.pausedDays', {
      start: formatDayKey(window.pause.startsOn, locale),
      end: formatDayKey(endsOn, locale),
      reopens: formatDayKey(window.reopensOn, locale),
      zone: zoneLabel(zones.program, locale),
    }),
    t('closure.pausedInstants', {
      zone: zoneLabel(zones.reader, locale),
      start: formatInstant(startsAt, zones.reader, locale),
      end: formatInstant(reopensAt, zones.reader, locale),
    }),
  ];
  if (window.pause.reason.trim()) lines.push(window.pause.reason.trim());
  return { title: t('closure.pausedTitle'), lines };
}

/** Why a held application is still held; null when enrollment is open (released within the hour). */
export function heldLine(window: EnrollmentWindow, zones: Zones, t: T, locale: Locale): string | null {
  if (window.isOpen) return null;
  if (window.cause === 'OFFLINE') return t('heldOffline', { reason: window.reason?.trim() || t('heldOfflineDefault') });
  return t('heldUntil', { date: formatInstant(startOfDayIn(window.reopensOn, zones.program), zones.reader, locale) });
}
