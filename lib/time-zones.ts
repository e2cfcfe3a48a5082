// Time zones as people read them: "Pacific Time — Los Angeles", never "GMT-8" or an IANA id.
// Safe for the browser (Intl only).
import type { Locale } from '@/lib/i18n/locales';

const genericNames = new Map<string, string>();

/** The zone's generic name, e.g. "Pacific Time", "Central European Time" ("UTC" for UTC); in
 * Spanish "hora del Pacífico". */
export function zoneName(timeZone: string, locale: Locale = 'en'): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const key = locale === 'en' ? timeZone : `${locale} ${timeZone}`;
  let name = genericNames.get(key);
  if (!name) {
    try {
      name =
        new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { timeZone, timeZoneName: 'longGeneric' })
          .formatToParts(new Date())
          .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
    } catch {
      name = timeZone;
    }
    genericNames.set(key, name);
  }
  return name;
}

/** The zone's city (or region), e.g. "Los Angeles" for America/Los_Angeles. */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** "Pacific Time — Los Angeles"; "UTC" for UTC. */
export function zoneLabel(timeZone: string, locale: Locale = 'en'): string {
  const name = zoneName(timeZone, locale);
  if (name === 'UTC') return 'UTC';
  const city = zoneCity(timeZone);
  return name.includes(city) ? name : `${name} — ${city}`;
}

/** Every zone the runtime knows, labelled in a language (its first letter a capital: "Hora del Pacífico —
 * Los Angeles") and sorted by label in it, for a picker. The values are the zones' ids in every language. */
export function zoneOptions(include?: string, locale: Locale = 'en'): { value: string; label: string }[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (include) zones.add(include);
  const labelOf = (zone: string) => {
    const label = zoneLabel(zone, locale);
    return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
  };
  return [...zones].map((value) => ({ value, label: labelOf(value) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The browser's own zone, when it names a real one. */
export function browserTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone ? zone : null;
  } catch {
    return null;
  }
}
