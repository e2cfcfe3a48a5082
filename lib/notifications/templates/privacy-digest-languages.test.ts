import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

describe('privacy emails and the daily digest in the recipient’s language', () => {
  it('writes the erasure emails in Spanish for a Spanish reader, and in English as before', () => {
    const requested = renderTemplate('privacy.erasure-requested', { name: 'Ana', url: 'https://portal.test/privacy' }, 'es');
    expect(requested.subject).toBe('Recibimos tu solicitud para eliminar tus datos');
    expect(requested.text.startsWith('Hola, Ana:')).toBe(true);
    expect(requested.text).toContain('Qué se elimina y qué se conserva: https://portal.test/privacy');
    expect(requested.html).toContain('<html lang="es">');

    const rejected = renderTemplate(
      'privacy.erasure-rejected',
      { name: null, reason: 'Hay una decisión abierta.', url: 'https://portal.test/profile' },
      'es',
    );
    expect(rejected.subject).toBe('Tu solicitud para eliminar tus datos no se llevó a cabo');
    expect(rejected.text).toContain('por este motivo:\n\nHay una decisión abierta.');

    const erased = renderTemplate('privacy.erased', { url: 'https://portal.test/privacy' }, 'es');
    expect(erased.subject).toBe('Tus datos personales se eliminaron');
    expect(erased.text.startsWith('Hola:')).toBe(true);

    const english = renderTemplate('privacy.erasure-requested', { name: 'Ana', url: 'https://portal.test/privacy' });
    expect(english.subject).toBe('We received your request to erase your data');
    expect(english.text.startsWith('Hello Ana,')).toBe(true);
    expect(renderTemplate('privacy.erased', { url: 'https://x.test' }).subject).toBe('Your personal data has been erased');
  });

  it('keeps the email to admins in English whatever the language', () => {
    const admin = renderTemplate('privacy.erasure-request-admin', { requesterEmail: 'ana@x.test', url: 'https://x.test/a' }, 'es');
    expect(admin.subject).toBe('A person asked for their data to be erased');
  });

  it('counts the digest’s updates in Spanish and English', () => {
    const parts = [
      { subject: 'Uno', text: 'Primero' },
      { subject: 'Dos', text: 'Segundo' },
    ];
    const es = renderTemplate('notifications.daily-digest', { name: 'Ana', parts, profileUrl: 'https://portal.test/profile' }, 'es');
    expect(es.subject).toBe('Tu resumen diario: 2 novedades');
    expect(es.text).toContain('Estas son las 2 novedades de hoy.');
    expect(es.text).toContain('cambia tus ajustes de notificaciones: https://portal.test/profile');
    expect(es.html).toContain('<a href="https://portal.test/profile" style="color:#0f5ea8">cambia tus ajustes de notificaciones</a>');
    expect(es.html).toContain('<html lang="es">');
    const one = renderTemplate('notifications.daily-digest', { name: null, parts: parts.slice(0, 1), profileUrl: 'https://x.test' }, 'es');
    expect(one.subject).toBe('Tu resumen diario: 1 novedad');
    expect(one.text).toContain('Esta es la novedad de hoy.');

    const en = renderTemplate('notifications.daily-digest', { name: 'Ana', parts, profileUrl: 'https://portal.test/profile' });
    expect(en.subject).toBe('Your daily summary: 2 updates');
    expect(en.text).toContain("Here are today's 2 updates.");
    expect(en.html).toContain('<a href="https://portal.test/profile" style="color:#0f5ea8">change your notification settings</a>');
  });
});
