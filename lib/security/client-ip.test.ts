import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientIpFrom, isLoopbackRequest, SOCKET_IP_HEADER, stampSocketAddresses } from './client-ip';

const h = (init: Record<string, string>) => new Headers(init);

describe('clientIpFrom', () => {
  it('takes the address our own proxy appended (the last entry) when the proxy is trusted', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), true)).toBe('203.0.113.7');
  });

  it('without a trusted proxy, ignores every forwarded header and uses the socket’s address', () => {
    const socket = { [SOCKET_IP_HEADER]: '192.0.2.44' };
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7', ...socket }), false)).toBe('192.0.2.44');
    expect(clientIpFrom(h({ 'x-real-ip': '198.51.100.2', ...socket }), false)).toBe('192.0.2.44');
    expect(clientIpFrom(h({ 'x-forwarded-for': '198.51.100.9', ...socket }), false)).toBe('192.0.2.44');
  });

  it('never takes a forged X-Real-IP or single X-Forwarded-For entry for the client', () => {
    expect(clientIpFrom(h({ 'x-real-ip': '198.51.100.2' }), false)).toBe('unknown');
    expect(clientIpFrom(h({ 'x-forwarded-for': '198.51.100.9' }), false)).toBe('unknown');
  });

  it('says unknown when nothing tells', () => {
    expect(clientIpFrom(h({}), true)).toBe('unknown');
  });
});

describe('isLoopbackRequest', () => {
  const local = { [SOCKET_IP_HEADER]: '127.0.0.1', host: '127.0.0.1:3000' };
  it('is true for a browser on the same machine', () => {
    expect(isLoopbackRequest(h(local))).toBe(true);
    expect(
      isLoopbackRequest(h({ [SOCKET_IP_HEADER]: '::ffff:127.0.0.1', host: 'localhost:3000', 'x-forwarded-for': '::ffff:127.0.0.1' })),
    ).toBe(true);
    expect(isLoopbackRequest(h({ [SOCKET_IP_HEADER]: '::1', host: '[::1]:3000' }))).toBe(true);
  });
  it('is false from elsewhere, through a proxy, under another host name, or when the socket is unknown', () => {
    expect(isLoopbackRequest(h({ ...local, [SOCKET_IP_HEADER]: '192.0.2.4' }))).toBe(false);
    expect(isLoopbackRequest(h({ ...local, 'x-forwarded-for': '203.0.113.7, 127.0.0.1' }))).toBe(false);
    expect(isLoopbackRequest(h({ ...local, forwarded: 'for=203.0.113.7' }))).toBe(false);
    expect(isLoopbackRequest(h({ ...local, host: 'portal.example' }))).toBe(false);
    expect(isLoopbackRequest(h({ host: 'localhost:3000' }))).toBe(false);
  });
});

describe('stampSocketAddresses', () => {
  it('writes the socket’s address over whatever the client sent under that header', async () => {
    stampSocketAddresses([http.Server]);
    const server = http.createServer((req, res) => res.end(String(req.headers[SOCKET_IP_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [SOCKET_IP_HEADER]: '203.0.113.66' } });
      expect(await res.text()).toMatch(/^(?:::ffff:)?127\.0\.0\.1$/);
    } finally {
      server.close();
    }
  });
});
