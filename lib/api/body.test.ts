import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pointerOf, problemItems } from './body';
import { decodeCursor, encodeCursor } from './route';
import { ApiProblem } from './problem';

describe('JSON Pointers of problems', () => {
  it('escapes ~ and / as RFC 6901 says', () => {
    expect(pointerOf(['completions', 3, 'completedOn'])).toBe('/completions/3/completedOn');
    expect(pointerOf(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
    expect(pointerOf([])).toBe('/');
  });

  it('turns zod issues into items at their pointers', () => {
    const parsed = z.object({ items: z.array(z.string()) }).safeParse({ items: ['ok', 7] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(problemItems(parsed.error)).toEqual([{ pointer: '/items/1', detail: expect.any(String) }]);
  });
});

describe('cursors', () => {
  it('stand for an id, opaquely, and refuse anything else', () => {
    const id = '01a24192-41b7-7562-8436-b1e2814873f8';
    expect(decodeCursor(encodeCursor(id))).toBe(id);
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(() => decodeCursor('not-a-cursor')).toThrow(ApiProblem);
    expect(() => decodeCursor(Buffer.from(`v2:${id}`).toString('base64url'))).toThrow(ApiProblem);
  });
});
