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

  it('leaves a template without Spanish in English', () => {
    const rejected = renderTemplate('mct.application-rejected', { candidateName: 'Ana', reason: 'No ISC', url: 'https://x.test' }, 'es');
    expect(rejected.text).toContain('Hello Ana,');
  });
});
