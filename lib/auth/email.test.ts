import { describe, expect, it } from 'vitest';
import { emailDomain, normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lower-cases, so the same person always finds the same account', () => {
    expect(normalizeEmail('  Casey.Candidate@Example.COM \n')).toBe('casey.candidate@example.com');
    expect(normalizeEmail('casey@example.com')).toBe('casey@example.com');
  });
});

describe('emailDomain', () => {
  it('is the lower-cased part after the last @', () => {
    expect(emailDomain('Emery@Microsoft.com')).toBe('microsoft.com');
    expect(emailDomain('"odd@local"@corp.example.test ')).toBe('corp.example.test');
  });

  it('is empty without an @', () => {
    expect(emailDomain('not-an-email')).toBe('');
  });
});
