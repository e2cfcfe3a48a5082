// Whether self-service MCT enrollment is open: the admin's switch and the pause windows. Pause
// windows are calendar dates in the program's time zone, both days included; "today" is today in
// that zone. Readers see the dates and, in their own zone, the instants a pause starts and ends.
import { addDays, isWithin, startOfDayIn, todayIn, type DateKey } from '@/lib/dates';
import { formatDayKey, formatInstant } from '@/lib/format';
import { zoneLabel } from '@/lib/time-zones';

export type PauseWindow = { id: string; startsOn: DateKey; endsOn: DateKey; reason: string };

export type EnrollmentSettings = {
  selfServiceEnabled: boolean;
  selfServiceOffReason: string | null;
  /** The program's IANA time zone: pause dates are days in it. */
  timeZone: string;
};

export type EnrollmentWindow =
  | { isOpen: true; today: DateKey; nextPause: PauseWindow | null }
  | { isOpen: false; today: DateKey; cause: 'OFFLINE'; reason: string | null; pause: PauseWindow | null }
  | { isOpen: false; today: DateKey; cause: 'PAUSED'; pause: PauseWindow; reopensOn: DateKey };

/** The pause window covering a day, if any. */
export function pauseCovering(pauses: readonly PauseWindow[], day: DateKey): PauseWindow | null {
  return pauses.find((p) => isWithin(day, p.startsOn, p.endsOn)) ?? null;
}

/** The first day self-service is open again after a pause: the day after its end, or after the end
 * of any pause that starts the next day (adjoining windows read as one). */
export function reopensOn(pauses: readonly PauseWindow[], pause: PauseWindow): DateKey {
  let next = addDays(pause.endsOn, 1);
  for (let covering = pauseCovering(pauses, next); covering; covering = pauseCovering(pauses, next)) {
    next = addDays(covering.endsOn, 1);
  }
  return next;
}

/** Self-service enrollment on a day of the program's calendar. The switch wins over pauses. */
export function enrollmentWindowOn(settings: EnrollmentSettings, pauses: readonly PauseWindow[], today: DateKey): EnrollmentWindow {
  const pause = pauseCovering(pauses, today);
  if (!settings.selfServiceEnabled) return { isOpen: false, today, cause: 'OFFLINE', reason: settings.selfServiceOffReason, pause };
  if (pause) return { isOpen: false, today, cause: 'PAUSED', pause, reopensOn: reopensOn(pauses, pause) };
  const nextPause = [...pauses].filter((p) => p.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0] ?? null;
  return { isOpen: true, today, nextPause };
}

/** Self-service enrollment at an instant: today is taken in the program's time zone. */
export function enrollmentWindowAt(settings: EnrollmentSettings, pauses: readonly PauseWindow[], now: Date = new Date()): EnrollmentWindow {
  return enrollmentWindowOn(settings, pauses, todayIn(settings.timeZone, now));
}

/** When a pause starts and when self-service reopens, as instants (the pause's dates are days in
 * the program's time zone; the end date includes its whole day). */
export function pauseInstants(
  pause: Pick<PauseWindow, 'startsOn' | 'endsOn'>,
  programTimeZone: string,
): { startsAt: Date; reopensAt: Date } {
  return { startsAt: startOfDayIn(pause.startsOn, programTimeZone), reopensAt: startOfDayIn(addDays(pause.endsOn, 1), programTimeZone) };
}

/** A pause window that shares at least one day with the given dates (other than the one being edited). */
export function overlappingPause(
  window: { id?: string; startsOn: DateKey; endsOn: DateKey },
  pauses: readonly PauseWindow[],
): PauseWindow | null {
  return pauses.find((p) => p.id !== window.id && p.startsOn <= window.endsOn && window.startsOn <= p.endsOn) ?? null;
}

export type ClosureNotice = { title: string; lines: string[] };

/** What a reader is told while self-service is closed: the cause, the dates as the program set
 * them, and the same moments in the reader's own time zone. */
export function describeClosure(
  window: Extract<EnrollmentWindow, { isOpen: false }>,
  programTimeZone: string,
  readerTimeZone: string,
): ClosureNotice {
  if (window.cause === 'OFFLINE') {
    return {
      title: 'Self-service enrollment is offline',
      lines: [window.reason?.trim() || 'The program team has taken the enrollment tool offline for now.'],
    };
  }
  const endsOn = addDays(window.reopensOn, -1);
  const { startsAt, reopensAt } = pauseInstants({ startsOn: window.pause.startsOn, endsOn }, programTimeZone);
  const lines = [
    `Self-service enrollment is paused from ${formatDayKey(window.pause.startsOn)} to ${formatDayKey(endsOn)}, both days included, and opens again on ${formatDayKey(window.reopensOn)} (program time zone: ${zoneLabel(programTimeZone)}).`,
    `In your time zone (${zoneLabel(readerTimeZone)}) that is from ${formatInstant(startsAt, readerTimeZone)} until ${formatInstant(reopensAt, readerTimeZone)}, when self-service opens again.`,
  ];
  if (window.pause.reason.trim()) lines.push(window.pause.reason.trim());
  return { title: 'Self-service enrollment is paused', lines };
}
