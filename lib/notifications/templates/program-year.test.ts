import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

const url = 'https://portal.test/awards/1/renew';
const deadlineAt = '2027-06-02T06:59:00.000Z'; // 1 June 2027, 23:59 in Los Angeles

describe('the MVP’s program-year emails', () => {
  it('remind of a renewal in Spanish, the deadline written in Spanish in the MVP’s time zone', () => {
    const data = { name: 'Ana', categoryName: 'Azure', deadline: '1 June 2027 at 23:59 Pacific Time', daysLeft: 7, url };
    const es = renderTemplate('mvp.renewal-reminder', { ...data, deadlineAt, timeZone: 'America/Los_Angeles' }, 'es');
    expect(es.subject).toBe('Tu renovación MVP vence en 7 días');
    expect(es.text).toContain('Hola, Ana:');
    expect(es.text).toContain('Tu renovación del premio MVP en Azure vence el 1 de junio de 2027');
    expect(es.text).toContain(`Renueva tu premio: ${url}`);
    expect(es.html).toContain('<html lang="es">');
    expect(renderTemplate('mvp.renewal-reminder', { ...data, daysLeft: 1 }, 'es').subject).toBe('Tu renovación MVP vence en 1 día');
  });

  it('stay word for word in English, whether or not the deadline’s moment was queued', () => {
    const data = { name: 'Ana', categoryName: 'Azure', deadline: '1 June 2027 at 23:59 Pacific Time', url };
    const withMoment = renderTemplate('mvp.renewal-open', { ...data, deadlineAt, timeZone: 'America/Los_Angeles' });
    const without = renderTemplate('mvp.renewal-open', data);
    expect(without.subject).toBe('Renew your MVP award');
    expect(without.text).toBe(
      'Hello Ana,\n\nYour MVP award in Azure can now be renewed. Submit the contributions of your last 12 months (new ones: not the items you submitted last time) by 1 June 2027 at 23:59 Pacific Time.\n\nRenew your award: https://portal.test/awards/1/renew',
    );
    expect(withMoment.text).toContain('by 1 June 2027');
    expect(renderTemplate('mvp.renewal-reminder', { ...data, daysLeft: 1 }).subject).toBe('Your MVP renewal is due in 1 day');
    expect(renderTemplate('mvp.renewal-reminder', { ...data, daysLeft: 7 }).subject).toBe('Your MVP renewal is due in 7 days');
    const expired = renderTemplate('mvp.nomination-expired', { nomineeName: 'Ana', categoryName: 'Azure', cycleName: 'MVP 2027', url });
    expect(expired.text).toBe(
      'Hello Ana,\n\nYour nomination in Azure was not submitted before MVP 2027 closed, so it has expired.\n\nNothing is lost from your evidence log. You can be nominated again in a later award cycle.\n\nSee the nomination: https://portal.test/awards/1/renew',
    );
    expect(renderTemplate('mvp.renewal-expired', { name: null, categoryName: 'Azure', url }).text.startsWith('Hello,\n\n')).toBe(true);
  });

  it('say a nomination’s deadline and expiry in Spanish', () => {
    const due = renderTemplate(
      'mvp.nomination-deadline',
      { nomineeName: 'Ana', categoryName: 'Azure', deadline: 'x', deadlineAt, timeZone: 'America/Los_Angeles', url },
      'es',
    );
    expect(due.subject).toMatch(/^Tus evidencias para el MVP vencen el 1 de junio de 2027/);
    expect(due.html).toContain('Presenta tus evidencias');
    const expired = renderTemplate(
      'mvp.nomination-expired',
      { nomineeName: 'Ana', categoryName: 'Azure', cycleName: 'MVP 2027', url },
      'es',
    );
    expect(expired.subject).toBe('Tu nominación MVP ha caducado');
    expect(renderTemplate('mvp.renewal-expired', { name: 'Ana', categoryName: 'Azure', url }, 'es').subject).toBe(
      'Tu renovación MVP ha caducado',
    );
  });
});
