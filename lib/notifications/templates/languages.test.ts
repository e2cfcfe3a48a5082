import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

describe('emails in the recipient’s language', () => {
  const expires = new Date(Date.now() + 15 * 60_000);

  it('writes the sign-in link in Spanish for a Spanish reader, in English otherwise', () => {
    const es = renderTemplate('auth.sign-in-link', { url: 'https://portal.test/sign-in/confirm?token=x', expires }, 'es');
    expect(es.subject).toBe('Tu enlace para iniciar sesión en el Portal de programas de la comunidad');
    expect(es.text).toContain('Funciona una sola vez y caduca en 15 minutos.');
    expect(es.html).toContain('<html lang="es">');
    expect(es.html).toContain('O pega este enlace en tu navegador: https://portal.test/sign-in/confirm?token=x');

    const en = renderTemplate('auth.sign-in-link', { url: 'https://portal.test/sign-in/confirm?token=x', expires });
    expect(en.subject).toBe('Your sign-in link for the Community Programs Portal');
    expect(en.text).toContain('It works once and expires in 15 minutes.');
    expect(en.html).toContain('<html lang="en">');
  });

  it('writes the candidate’s MVP and MCT emails in Spanish, dates included', () => {
    const submitted = renderTemplate(
      'mvp.submission-received',
      { nomineeName: 'Ana', categoryName: 'Azure', itemCount: 3, url: 'https://portal.test/n/1' },
      'es',
    );
    expect(submitted.subject).toBe('Tus evidencias para el MVP están presentadas');
    expect(submitted.text).toContain('Hola, Ana:');
    expect(submitted.text).toContain('en Azure: 3 contribuciones.');

    const approved = renderTemplate(
      'mct.application-approved',
      { candidateName: null, startsOn: '2027-03-01', endsOn: '2028-02-29', url: 'https://portal.test/dashboard' },
      'es',
    );
    expect(approved.subject).toBe('Ya eres Microsoft Certified Trainer');
    expect(approved.text).toContain('va del 1 de marzo de 2027 al 29 de febrero de 2028.');
    expect(approved.text.startsWith('Hola:')).toBe(true);
    expect(renderTemplate('mct.application-submitted', { candidateName: 'Ana', url: 'https://x.test' }, 'es').subject).toBe(
      'Tu solicitud MCT está presentada',
    );
  });

  it('writes the nominee’s, nominator’s and reviewer’s MVP emails in Spanish, and in English as before', () => {
    const expiresAt = new Date(Date.now() + 30 * 24 * 60 * 60_000);
    const invitation = {
      nomineeName: 'Ana',
      nominatorName: 'Morgan Mvp',
      categoryName: 'Azure',
      focusAreaName: null,
      url: 'https://x.test/i',
      expiresAt,
    };
    const es = renderTemplate('mvp.nomination-invitation', invitation, 'es');
    expect(es.subject).toBe('Morgan Mvp te ha nominado a un premio Microsoft MVP');
    expect(es.text).toContain('Hola, Ana:');
    expect(es.text).toContain('Funciona una sola vez y caduca en 30 días.');
    expect(es.html).toContain('<html lang="es">');
    expect(es.html).toContain('Ver la nominación');
    const en = renderTemplate('mvp.nomination-invitation', invitation);
    expect(en.subject).toBe('Morgan Mvp nominated you for a Microsoft MVP award');
    expect(en.text).toContain('It works once and expires in 30 days.');

    const endorsed = renderTemplate(
      'mvp.nomination-update',
      { recipientName: null, nomineeName: 'Ana', categoryName: 'Azure', event: 'ENDORSED', url: 'https://x.test/n' },
      'es',
    );
    expect(endorsed.subject).toBe('Tu nominación de Ana ha recibido un respaldo');
    expect(endorsed.text).toContain('Sigue la nominación: https://x.test/n');

    const assigned = renderTemplate(
      'mvp.review.assigned',
      {
        reviewerName: 'Riley',
        count: 2,
        dueAt: new Date('2027-05-01T06:59:00Z'),
        timeZone: 'America/Los_Angeles',
        url: 'https://x.test/r',
      },
      'es',
    );
    expect(assigned.subject).toBe('2 presentaciones MVP asignadas para que las revises');
    expect(assigned.text).toContain('Hola, Riley:');
    // The due date in the reviewer's language and time zone, in the body and the HTML alike.
    expect(assigned.text).toContain('fecha límite: 30 de abril de 2027 a las 23:59 hora del Pacífico.');
    expect(assigned.html).toContain('30 de abril de 2027 a las 23:59 hora del Pacífico');
    const assignedEn = renderTemplate('mvp.review.assigned', {
      reviewerName: null,
      count: 1,
      dueAt: new Date('2027-05-01T06:59:00Z'),
      timeZone: 'America/Los_Angeles',
      url: 'https://x.test/r',
    });
    expect(assignedEn.subject).toBe('1 MVP submission assigned to you for review');
    expect(assignedEn.text).toContain('due 30 April 2027 at 23:59 Pacific Time.');

    const reminder = renderTemplate(
      'mvp.review.reminder',
      {
        reviewerName: null,
        timeZone: 'Europe/Madrid',
        reviews: [{ candidateName: 'Ana', categoryName: 'Azure', dueAt: new Date('2027-05-01T21:59:00Z') }],
        url: 'https://x.test/r',
      },
      'es',
    );
    expect(reminder.subject).toBe('1 revisión MVP está vencida');
    expect(reminder.text).toContain('- Ana (Azure), fecha límite: 1 de mayo de 2027 a las 23:59 hora de Europa central');

    const released = renderTemplate(
      'mvp.decision.released',
      { name: 'Ana', categoryName: 'Azure', isAward: true, isRenewal: false, url: 'https://x.test/o' },
      'es',
    );
    expect(released.subject).toBe('Enhorabuena: has recibido el premio Microsoft MVP en Azure');
    expect(released.html).toContain('Aceptar tu premio');
  });

  it('writes the MCT member’s and provider-started emails in Spanish, dates and the link’s expiry included', () => {
    const rejected = renderTemplate('mct.application-rejected', { candidateName: 'Ana', reason: 'Sin ISC', url: 'https://x.test' }, 'es');
    expect(rejected.subject).toBe('Tu solicitud MCT no se aprobó');
    expect(rejected.text).toContain('Hola, Ana:');
    expect(rejected.text).toContain('Su motivo:\n\nSin ISC');

    const reminder = renderTemplate(
      'mct.renewal-reminder',
      { name: 'Ana', endsOn: '2027-06-30', daysLeft: 30, url: 'https://x.test' },
      'es',
    );
    expect(reminder.subject).toBe('Renueva tu membresía MCT: quedan 30 días');
    expect(reminder.text).toContain('Tu año de membresía MCT termina el 30 de junio de 2027, dentro de 30 días.');
    expect(reminder.html).toContain('<html lang="es">');

    const started = renderTemplate(
      'mct.provider-application',
      {
        candidateName: null,
        providerName: 'Northwind Learning',
        url: 'https://x.test/accept',
        expires: new Date(Date.now() + 14 * 86_400_000),
      },
      'es',
    );
    expect(started.subject).toBe('Northwind Learning ha iniciado tu solicitud MCT');
    expect(started.text).toContain('El enlace funciona una sola vez y caduca en 14 días.');
    expect(started.text).toContain('Revisar y aceptar: https://x.test/accept');

    const submitted = renderTemplate('mct.renewal-submitted', { name: 'Ana', deliveries: 1, url: 'https://x.test' }, 'es');
    expect(submitted.text).toContain('con 1 formación impartida.');
    // English readers get the words as they always were.
    expect(renderTemplate('mct.renewal-submitted', { name: 'Ana', deliveries: 2, url: 'https://x.test' }).text).toBe(
      'Hello Ana,\n\nYour MCT renewal is submitted with 2 training deliveries. The program team checks it and you will get an email when it is decided.\n\nYour membership: https://x.test',
    );
  });

  it('leaves a template without Spanish in English', () => {
    const admin = renderTemplate('privacy.erasure-request-admin', { requesterEmail: 'ana@x.test', url: 'https://x.test' }, 'es');
    expect(admin.text).toContain('ana@x.test asked for their personal data to be erased.');
  });
});
