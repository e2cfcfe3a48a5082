import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('takes the language chosen with the switch over the browser', () => {
    expect(negotiateLocale('es', 'en-US,en;q=0.9')).toBe('es');
    expect(negotiateLocale('en', 'es-ES,es;q=0.9')).toBe('en');
  });

  it("follows the browser's preferences by weight when nothing was chosen", () => {
    expect(negotiateLocale(undefined, 'es-ES,es;q=0.9,en;q=0.8')).toBe('es');
    expect(negotiateLocale(undefined, 'fr-FR,es;q=0.5,en;q=0.7')).toBe('en');
    expect(negotiateLocale(null, 'de, es-MX;q=0.4')).toBe('es');
  });

  it('falls back to English for unknown, empty or malformed choices', () => {
    expect(negotiateLocale('fr', 'de-DE')).toBe('en');
    expect(negotiateLocale(undefined, '')).toBe('en');
    expect(negotiateLocale(undefined, null)).toBe('en');
    expect(negotiateLocale('', ';;,q=zz')).toBe('en');
    expect(negotiateLocale(undefined, 'es;q=0')).toBe('en');
  });
});
