import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './schema';

// Where a browser would go after following `Location: <answer>` from the portal.
const landsOn = (answer: string) => new URL(answer, 'https://portal.example').origin;

describe('safeCallbackUrl (open redirect after sign-in)', () => {
  it('keeps paths of the portal, with their query and fragment', () => {
    expect(safeCallbackUrl("/admin/people?q=O'Brien")).toMatch(/^\/admin\/people\?q=O/);
    expect(safeCallbackUrl('/nominations/42?tab=history#top')).toBe('/nominations/42?tab=history#top');
    expect(safeCallbackUrl('/mct')).toBe('/mct');
  });

  it.each([
    ['a tab after the first slash', '/\t/evil.example'],
    ['a newline after the first slash', '/\n/evil.example'],
    ['a carriage return after the first slash', '/\r/evil.example'],
    ['a percent-encoded tab, decoded once more downstream', '/%09/evil.example'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash', '/\\evil.example'],
    ['a backslash after a slash', '/\\/evil.example'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['an absolute URL elsewhere', 'https://evil.example/dashboard'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['leading whitespace', ' //evil.example'],
    ['an encoded double slash', '/%2F%2Fevil.example'],
  ])('never leads to another site: %s', (_label, input) => {
    const answer = safeCallbackUrl(input);
    expect(landsOn(answer)).toBe('https://portal.example');
    expect(landsOn(decodeURIComponent(answer))).toBe('https://portal.example');
  });

  it('falls back to the dashboard for nothing, or for what is not a path', () => {
    expect(safeCallbackUrl(undefined)).toBe('/dashboard');
    expect(safeCallbackUrl('')).toBe('/dashboard');
    expect(safeCallbackUrl('/\t/evil.example')).toBe('/dashboard');
    expect(safeCallbackUrl('evil.example')).toBe('/dashboard');
  });

  it('accepts an absolute URL of the portal itself as its path', () => {
    expect(safeCallbackUrl('https://portal.example/reviews?x=1', ['https://portal.example'])).toBe('/reviews?x=1');
    expect(safeCallbackUrl('https://portal.example.evil.example/reviews', ['https://portal.example'])).toBe('/dashboard');
  });
});
