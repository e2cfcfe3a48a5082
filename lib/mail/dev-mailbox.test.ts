import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { SOCKET_IP_HEADER } from '@/lib/security/client-ip';
import { devMailboxDirFor } from './dev-mailbox';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db', MAILBOX_DIR: '/tmp/mailbox' };
const local = new Headers({ [SOCKET_IP_HEADER]: '127.0.0.1', host: 'localhost:3000' });

describe('devMailboxDirFor', () => {
  it('serves the mailbox to a local browser on a development server', () => {
    expect(devMailboxDirFor(local, parseEnv({ ...base, NODE_ENV: 'development' }))).toBe('/tmp/mailbox');
  });

  it('is a 404 in production, unless DEMO_MODE=1 (the end-to-end server)', () => {
    const production = { ...base, NODE_ENV: 'production', APP_URL: 'https://portal.example' };
    expect(devMailboxDirFor(local, parseEnv(production))).toBeNull();
    expect(devMailboxDirFor(local, parseEnv({ ...production, DEMO_MODE: '1' }))).toBe('/tmp/mailbox');
  });

  it('is a 404 from another machine, through a proxy, or without a catcher', () => {
    const dev = parseEnv({ ...base, NODE_ENV: 'development' });
    expect(devMailboxDirFor(new Headers({ [SOCKET_IP_HEADER]: '192.0.2.7', host: 'localhost:3000' }), dev)).toBeNull();
    expect(devMailboxDirFor(new Headers({ [SOCKET_IP_HEADER]: '127.0.0.1', host: 'portal.example' }), dev)).toBeNull();
    expect(
      devMailboxDirFor(new Headers({ [SOCKET_IP_HEADER]: '127.0.0.1', host: 'localhost', 'x-forwarded-for': '203.0.113.4' }), dev),
    ).toBeNull();
    expect(devMailboxDirFor(local, parseEnv({ DATABASE_URL: base.DATABASE_URL, NODE_ENV: 'development' }))).toBeNull();
  });
});
