import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

const decided = {
  staffName: 'Parker Provider',
  candidateName: 'Casey Candidate',
  providerName: 'Northwind Learning ISC',
  url: 'http://x/provider',
};

describe('emails to ISC provider staff', () => {
  it('keep their English word for word', () => {
    const accepted = renderTemplate('provider.candidate-accepted', decided);
    expect(accepted.subject).toBe('Casey Candidate accepted their MCT application');
    expect(accepted.text).toBe(
      'Hello Parker Provider,\n\nCasey Candidate accepted the MCT application Northwind Learning ISC started for them. It now waits for the program team.\n\nSee your applications: http://x/provider',
    );
    expect(renderTemplate('provider.application-decided', { ...decided, approved: false }).subject).toBe(
      'Casey Candidate’s MCT application was not approved',
    );
    expect(renderTemplate('mct.provider-application-cancelled', { candidateName: null, providerName: 'Northwind', url: 'u' }).text).toMatch(
      /^Hello,\n\nNorthwind cancelled the MCT application it started for you/,
    );
  });

  it('are written in Spanish for staff who read Spanish', () => {
    const approved = renderTemplate('provider.application-decided', { ...decided, approved: true }, 'es');
    expect(approved.subject).toBe('Se aprobó la solicitud MCT de Casey Candidate');
    expect(approved.text).toContain('Hola, Parker Provider:');
    expect(approved.text).toContain(
      'El equipo del programa aprobó la solicitud MCT que Northwind Learning ISC inició para Casey Candidate.',
    );
    expect(approved.text).toContain('Ver tus solicitudes: http://x/provider');
    expect(renderTemplate('provider.candidate-accepted', decided, 'es').subject).toBe('Casey Candidate aceptó su solicitud MCT');
    expect(renderTemplate('mct.provider-application-cancelled', { candidateName: 'Ana', providerName: 'N', url: 'u' }, 'es').subject).toBe(
      'Tu proveedor de ISC canceló tu solicitud MCT',
    );
  });
});
