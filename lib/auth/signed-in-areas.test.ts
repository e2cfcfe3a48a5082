import { describe, expect, it } from 'vitest';
import { requiresSignIn } from './signed-in-areas';

describe('requiresSignIn', () => {
  it('covers the signed-in areas and everything under them', () => {
    for (const path of [
      '/dashboard',
      '/nominations/new',
      '/evidence/import',
      '/mct',
      '/mct/certifications',
      '/reviews/x',
      '/outcomes/1',
      '/awards/2/renew',
      '/provider',
      '/profile',
      '/admin/audit',
    ]) {
      expect(requiresSignIn(path), path).toBe(true);
    }
  });

  it('leaves public pages, the API and the emailed MCT acceptance link open', () => {
    for (const path of [
      '/',
      '/sign-in',
      '/sign-up',
      '/programs',
      '/invitations/abc',
      '/mct/applications/accept/tok',
      '/api/health',
      '/dev/mailbox',
      '/dashboards',
      '/administrator',
    ]) {
      expect(requiresSignIn(path), path).toBe(false);
    }
  });
});
