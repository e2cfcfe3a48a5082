import { describe, expect, it } from 'vitest';
import { clientIpFrom } from './client-ip';

const h = (init: Record<string, string>) => new Headers(init);

describe('clientIpFrom', () => {
  it('takes the address our own proxy appended (the last entry) when the proxy is trusted', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), true)).toBe('203.0.113.7');
  });

  it('ignores a forged X-Forwarded-For chain without a trusted proxy', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), false)).toBe('unknown');
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7', 'x-real-ip': '198.51.100.2' }), false)).toBe('198.51.100.2');
  });

  it('uses the single address Next.js fills in from the socket', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '::ffff:127.0.0.1' }), false)).toBe('::ffff:127.0.0.1');
  });

  it('says unknown when nothing tells', () => {
    expect(clientIpFrom(h({}), true)).toBe('unknown');
  });
});
