import { describe, expect, it } from 'vitest';
import { erasedEmailOf } from '@/lib/erased-account';
import { identifiersOf, redactJson, redactText, redactTextAndLinks } from './redact';

const ids = identifiersOf([{ email: 'nina.nominee@fabrikam.test', names: ['Nina Nominee', 'N. Nominee-Smith'] }]);

describe('identifiersOf', () => {
  it('lists the address, the full names and the name parts, longest first', () => {
    expect(ids).toEqual(['nina.nominee@fabrikam.test', 'N. Nominee-Smith', 'Nina Nominee', 'Nominee', 'Smith', 'Nina']);
  });
});

describe('redactText', () => {
  it('replaces names and addresses in any case, as whole words only', () => {
    expect(redactText('NINA NOMINEE (nina.nominee@fabrikam.test) runs a group; Ninas and Ninahood stay', ids)).toBe(
      '[erased] ([erased]) runs a group; Ninas and Ninahood stay',
    );
  });

  it('leaves text without identifiers alone', () => {
    expect(redactText('Kubernetes workshop for 40 people', ids)).toBe('Kubernetes workshop for 40 people');
  });

  it('treats identifiers as text, not patterns', () => {
    expect(redactText('a+b and aab', identifiersOf([{ names: ['a+b'] }]))).toBe('[erased] and aab');
  });
});

describe('redactTextAndLinks', () => {
  it('removes links as well', () => {
    expect(redactTextAndLinks('Slides at https://ninanominee.dev/talks and www.example.org/x, by Nina', ids)).toBe(
      'Slides at [link removed] and [link removed], by [erased]',
    );
  });
});

describe('redactJson', () => {
  it('redacts strings at any depth and keeps keys, numbers and shape', () => {
    expect(redactJson({ email: 'nina.nominee@fabrikam.test', roles: ['REVIEWER'], n: 3, nested: [{ name: 'Nina Nominee' }] }, ids)).toEqual(
      {
        email: '[erased]',
        roles: ['REVIEWER'],
        n: 3,
        nested: [{ name: '[erased]' }],
      },
    );
    expect(redactJson(null, ids)).toBeNull();
  });
});

describe('erasedEmailOf', () => {
  it('is unique per person and undeliverable', () => {
    expect(erasedEmailOf('0193-abc')).toBe('erased-0193-abc@invalid.example');
  });
});
