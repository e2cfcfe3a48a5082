// The proxy (proxy.ts) sets each response's Content-Security-Policy, so every dynamic path must pass
// through it, whatever its name ends in; only Next's static assets and files of public/ skip it.
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

const passes = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy’s matcher', () => {
  it.each([
    '/mct/membership/deliveries-template.csv',
    '/provider/completions-template.csv',
    '/evidence/import/template',
    '/notes.txt',
    '/export.xml',
    '/dashboard',
    '/api/exports/nominations',
  ])('passes the dynamic path %s through the proxy (it gets a CSP)', (url) => {
    expect(passes(url)).toBe(true);
  });

  it.each(['/_next/static/chunks/main.js', '/_next/image?url=x', '/favicon.ico', '/templates/training-deliveries-template.xlsx'])(
    'leaves static files alone: %s',
    (url) => {
      expect(passes(url)).toBe(false);
    },
  );
});
