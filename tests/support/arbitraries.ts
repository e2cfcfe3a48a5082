// fast-check arbitraries shared by the property tests (lib/**/*.property.test.ts): hostile input of
// every shape, and the building blocks of valid form values.
import fc from 'fast-check';

/** Strings people and attackers type: formulas, control characters, whitespace, odd Unicode, near-dates. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '\r\n',
    '\u0000',
    '\uFEFF',
    '\u00A0x\u00A0',
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    '=HYPERLINK("http://evil")',
    '"',
    '""',
    ',',
    ';',
    'null',
    'undefined',
    'NaN',
    'Infinity',
    '1e309',
    '-0',
    '0x10',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31',
    '1989-12-31',
    '2026-1-1',
    ' 2026-03-14 ',
    'javascript:alert(1)',
    'http://',
    'https://',
    'http:///path',
    'ftp://example.com',
    'HTTP://EXAMPLE.COM',
    'https://"><script>',
    'mailto:a@b.co',
    'a@b',
    'A@B.CO',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
  ),
  fc.tuple(fc.constantFrom('', ' ', '  ', '\t', '\n'), fc.string(), fc.constantFrom('', ' ', '\t', '\n')).map(([a, b, c]) => a + b + c),
  // Almost-addresses: a scheme and then anything.
  fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'javascript:', 'data:'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  // Almost-dates: digits in the right places, any values (2026-02-30, 2025-00-10, 0000-99-99).
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

/** Any value a crafted request could carry: primitives, tricky strings, arrays, objects, bigints, dates. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  trickyString,
  fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withObjectString: true, maxDepth: 3 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1.5),
);

/** A v4 UUID as z.uuid() and the id regexes accept. */
export const uuid = fc.uuid({ version: 4 });

/** A calendar date key between two days (inclusive). */
export function dayBetween(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

/** Text of trimmed length within [min, max], with no whitespace at the ends; sometimes padded by spaces
 * the schema trims. */
export function text(min: number, max: number, opts: { pad?: boolean } = {}): fc.Arbitrary<string> {
  const core = fc
    .string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,é’') })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && s.length <= max && !/^[-+=@]/.test(s));
  if (opts.pad === false) return core;
  return fc.tuple(fc.constantFrom('', ' ', '  '), core, fc.constantFrom('', ' ', '\t')).map(([a, b, c]) => a + b + c);
}

/** An email address zod's .email() accepts, in mixed case. */
export const email: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/), fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), fc.constantFrom('com', 'test', 'org'))
  .chain(([local, domain, tld]) => fc.constantFrom(`${local}@${domain}.${tld}`, `${local.toUpperCase()}@${domain}.${tld}`));

/** An http(s) address with a host. */
export const httpUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('http', 'https', 'HTTPS'), fc.domain(), fc.stringMatching(/^(\/[a-z0-9-]{1,10}){0,3}$/))
  .map(([scheme, host, path]) => `${scheme}://${host}${path}`);

/** Mutates one field of a valid object: replaced by anything, removed, or joined by an unknown key. */
export function mutateOne(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return valid.chain((obj) => {
    const keys = Object.keys(obj);
    const replaced =
      keys.length === 0 ? fc.constant(obj) : fc.tuple(fc.constantFrom(...keys), anyValue).map(([key, value]) => ({ ...obj, [key]: value }));
    const removed = keys.length === 0 ? fc.constant(obj) : fc.constantFrom(...keys).map((key) => omit(obj, key));
    const extra = fc.tuple(trickyString, anyValue).map(([key, value]) => ({ ...obj, [key]: value }));
    return fc.oneof(replaced, replaced, removed, extra);
  });
}

/** Replaces any number of fields of a valid object, each with a tricky string or any value. */
export function mutateSome(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return valid.chain((obj) =>
    fc.record(
      Object.fromEntries(
        Object.entries(obj).map(([key, value]) => [
          key,
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(value) },
            { weight: 2, arbitrary: trickyString },
            { weight: 1, arbitrary: anyValue },
          ),
        ]),
      ),
    ),
  );
}

function omit(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = obj;
  return rest;
}
