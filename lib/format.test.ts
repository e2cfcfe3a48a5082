import { describe, expect, it } from 'vitest';
import { formatDay, formatDayKey, formatInstant, formatNumber, formatTime } from './format';

describe('formatting for the reader', () => {
  const deadline = new Date('2027-04-16T06:59:00Z');

  it('writes English as the portal always has', () => {
    expect(formatDayKey('2027-03-01')).toBe('1 March 2027');
    expect(formatInstant(deadline, 'America/Los_Angeles')).toBe('15 April 2027 at 23:59 Pacific Time');
    expect(formatTime(deadline, 'America/Los_Angeles')).toBe('23:59 Pacific Time');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('writes Spanish dates, times, zones and numbers', () => {
    expect(formatDayKey('2027-03-01', 'es')).toBe('1 de marzo de 2027');
    expect(formatDay(new Date('2027-12-31T00:00:00Z'), 'es')).toBe('31 de diciembre de 2027');
    expect(formatInstant(deadline, 'America/Los_Angeles', 'es')).toBe('15 de abril de 2027 a las 23:59 hora del Pacífico');
    expect(formatTime(deadline, 'America/Los_Angeles', 'es')).toBe('23:59 hora del Pacífico');
    expect(formatNumber(12345, 'es')).toBe('12.345');
  });

  it('keeps English and Spanish apart for the same zone', () => {
    expect(formatInstant(deadline, 'Europe/Madrid', 'es')).toContain('hora de Europa central');
    expect(formatInstant(deadline, 'Europe/Madrid')).toContain('Central European Time');
  });
});
