import { describe, expect, it } from 'vitest';
import { formatInstant } from './format';
import { zoneLabel, zoneOptions } from './time-zones';

describe('time zones by name', () => {
  it('names a zone and its city, never by offset', () => {
    expect(zoneLabel('America/Los_Angeles')).toBe('Pacific Time — Los Angeles');
    expect(zoneLabel('Europe/Berlin')).toBe('Central European Time — Berlin');
    expect(zoneLabel('UTC')).toBe('UTC');
    expect(zoneLabel('America/Argentina/Buenos_Aires')).toMatch(/ — Buenos Aires$/);
  });

  it('offers every zone once, sorted by name, with the person’s own even if unknown to the list', () => {
    const options = zoneOptions('UTC');
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.find((o) => o.value === 'America/Los_Angeles')?.label).toBe('Pacific Time — Los Angeles');
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('names the zones of the list in Spanish for a Spanish reader, with the same values', () => {
    const options = zoneOptions(undefined, 'es');
    expect(options.find((o) => o.value === 'America/Los_Angeles')?.label).toBe('Hora del Pacífico — Los Angeles');
    expect(options.find((o) => o.value === 'UTC')?.label).toBe('UTC');
    expect(options.map((o) => o.value).sort()).toEqual(
      zoneOptions()
        .map((o) => o.value)
        .sort(),
    );
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'es')));
  });

  it('writes instants one way, with the zone by name', () => {
    const deadline = new Date('2027-04-16T06:59:00Z');
    expect(formatInstant(deadline, 'America/Los_Angeles')).toBe('15 April 2027 at 23:59 Pacific Time');
    expect(formatInstant(deadline, 'UTC')).toBe('16 April 2027 at 06:59 UTC');
  });
});
