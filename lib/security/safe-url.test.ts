import { describe, expect, it } from 'vitest';
import { safeExternalHref } from './safe-url';

describe('safeExternalHref', () => {
  it('keeps http and https links', () => {
    expect(safeExternalHref('https://example.org/post?a=1')).toBe('https://example.org/post?a=1');
    expect(safeExternalHref('http://example.org')).toBe('http://example.org/');
  });

  it('refuses script and data URLs however they are spelled, and relative or broken ones', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:window.__xss=1',
      'java\tscript:alert(1)',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      '/relative',
      '"><svg onload=alert(1)>',
      '',
      null,
      undefined,
    ]) {
      expect(safeExternalHref(url), String(url)).toBeNull();
    }
  });
});
