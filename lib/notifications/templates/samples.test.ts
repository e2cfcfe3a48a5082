// Every template renders a real email from its sample data: a subject, a plain-text part that says
// what the HTML part says (not empty, not HTML), and HTML that is a whole document.
import { describe, expect, it } from 'vitest';
import { renderTemplate, templates, type TemplateName } from './index';
import { templateSamples } from './samples';

const names = Object.keys(templates) as TemplateName[];
const samples = templateSamples(new Date());

describe('template samples', () => {
  it('exist for every template (add one in samples.ts beside a new template)', () => {
    expect(names.filter((n) => samples[n] === undefined)).toEqual([]);
  });
});

// Only templates with a sample: a missing one fails the test above, once, by name.
describe.each(names.filter((n) => samples[n] !== undefined))('%s', (name) => {
  const email = () => renderTemplate(name, samples[name] as never);

  it('has a subject on one line', () => {
    const { subject } = email();
    expect(subject.trim().length).toBeGreaterThan(5);
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('has a plain-text part with real words, no markup and every link of the HTML part', () => {
    const { text, html } = email();
    expect(text.trim().length).toBeGreaterThan(40);
    expect(text).not.toMatch(/<\/?(p|a|h1|div|html|body|br)\b/i);
    expect(text).not.toMatch(/undefined|null|\[object Object\]|NaN/);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(text).toContain(href);
  });

  it('has an HTML part that is a whole document with a heading', () => {
    const { html } = email();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('</body></html>');
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(html).not.toMatch(/undefined|\[object Object\]|NaN/);
  });
});
