import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const secret = 'a-secret-of-enough-length-for-tests';
const userId = '01937a2b-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

describe('unsubscribe tokens', () => {
  it('name the person they were made for', () => {
    const token = signUnsubscribeToken(userId, secret);
    expect(verifyUnsubscribeToken(token, secret)).toBe(userId);
    // URL-safe, so the link survives every mail program.
    expect(token).toMatch(/^[0-9a-f-]+\.[A-Za-z0-9_-]+$/);
  });

  it('are refused when any part was changed, cut short or signed with another secret', () => {
    const token = signUnsubscribeToken(userId, secret);
    const otherUser = '01937a2b-1c2d-7e3f-8a9b-0c1d2e3f4a5c';
    expect(verifyUnsubscribeToken(`${otherUser}${token.slice(userId.length)}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token.slice(0, -3), secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, 'another-secret-of-enough-length')).toBeNull();
    expect(verifyUnsubscribeToken(userId, secret)).toBeNull();
    expect(verifyUnsubscribeToken('not-a-token', secret)).toBeNull();
    expect(verifyUnsubscribeToken('', secret)).toBeNull();
  });
});
