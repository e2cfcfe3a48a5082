import { describe, expect, it } from 'vitest';
import { isOptionalEmail, routeEmail } from './routing';

describe('routeEmail', () => {
  it('sends immediate emails at once whatever the person chose', () => {
    expect(routeEmail('IMMEDIATE', 'IMMEDIATE')).toBe('QUEUED');
    expect(routeEmail('IMMEDIATE', 'DAILY_DIGEST')).toBe('QUEUED');
    expect(routeEmail('IMMEDIATE', 'OFF')).toBe('QUEUED');
    expect(routeEmail('IMMEDIATE', null)).toBe('QUEUED');
  });

  it('holds optional emails for the digest, drops them for the unsubscribed, and sends the rest', () => {
    expect(routeEmail('DIGESTIBLE', 'IMMEDIATE')).toBe('QUEUED');
    expect(routeEmail('DIGESTIBLE', 'DAILY_DIGEST')).toBe('DIGESTED');
    expect(routeEmail('DIGESTIBLE', 'OFF')).toBe('SUPPRESSED');
    expect(routeEmail('DIGESTIBLE', null)).toBe('QUEUED');
  });
});

describe('isOptionalEmail', () => {
  it('counts digestible emails and the digest itself as optional, never a sign-in link', () => {
    expect(isOptionalEmail({ urgency: 'DIGESTIBLE', template: 'mvp.nomination-update' })).toBe(true);
    expect(isOptionalEmail({ urgency: 'IMMEDIATE', template: 'notifications.daily-digest' })).toBe(true);
    expect(isOptionalEmail({ urgency: 'IMMEDIATE', template: 'auth.sign-in-link' })).toBe(false);
  });
});
