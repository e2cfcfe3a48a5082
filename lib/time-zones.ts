// Time zones as people read them: "Pacific Time — Los Angeles", never "GMT-8" or an IANA id.
// Safe for the browser (Intl only).

const genericNames = new Map<string, string>();

/** The zone's generic name, e.g. "Pacific Time", "Central European Time" ("UTC" for UTC). */
export function zoneName(timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  let name = genericNames.get(timeZone);
  if (!name) {
    try {
      name =
        new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
          .formatToParts(new Date())
          .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
    } catch {
      name = timeZone;
    }
    genericNames.set(timeZone, name);
  }
  return name;
}

/** The zone's city (or region), e.g. "Los Angeles" for America/Los_Angeles. */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** "Pacific Time — Los Angeles"; "UTC" for UTC. */
export function zoneLabel(timeZone: string): string {
  const name = zoneName(timeZone);
  if (name === 'UTC') return 'UTC';
  const city = zoneCity(timeZone);
  return name.includes(city) ? name : `${name} — ${city}`;
}

/** Every zone the runtime knows, labelled and sorted by label, for a picker. */
export function zoneOptions(include?: string): { value: string; label: string }[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (include) zones.add(include);
  return [...zones].map((value) => ({ value, label: zoneLabel(value) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
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
