import type { Metadata } from 'next';
import Link from 'next/link';
import { EmailHtmlFrame } from '@/components/notifications/delivery-badge';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { renderTemplate, templates, type TemplateName } from '@/lib/notifications/templates';
import { templateSamples } from '@/lib/notifications/templates/samples';

export const metadata: Metadata = { title: 'Email templates' };
export const dynamic = 'force-dynamic';

/** Every email template, rendered with the sample data kept beside the templates: the list names them
 * all with their subject; the chosen one shows its HTML part (in a sandboxed frame) and its text part.
 * One frame at a time keeps the page light. */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ template?: string | string[] }> }) {
  await requireUser();
  const samples = templateSamples();
  const names = (Object.keys(templates) as TemplateName[]).sort();
  const asked = [(await searchParams).template].flat()[0];
  const chosen = names.find((n) => n === asked) ?? names[0]!;
  const render = (name: TemplateName) => {
    const sample = samples[name];
    return sample === undefined ? null : renderTemplate(name, sample as never);
  };
  const email = render(chosen);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/notifications" className="font-medium text-brand-700 underline">
          All emails
        </Link>
      </p>
      <PageHeader
        title="Email templates"
        description="Every email the portal can send, rendered with sample data. Choose one to see its HTML and plain-text parts. Optional emails also get an unsubscribe link when sent."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_1fr]">
        <nav aria-label="Templates">
          <ul className="space-y-1 text-sm">
            {names.map((name) => (
              <li key={name}>
                <Link
                  href={`/admin/notifications/templates?template=${encodeURIComponent(name)}`}
                  aria-current={name === chosen ? 'page' : undefined}
                  className={`block rounded-md px-3 py-2 ${name === chosen ? 'bg-slate-900 text-white' : 'text-slate-900 hover:bg-slate-100'}`}
                >
                  <span className="block font-mono text-xs">{name}</span>
                  <span className="block">{render(name)?.subject ?? 'No sample data'}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="template-title" className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="template-title" className="font-mono text-lg font-semibold break-all text-slate-900">
            {chosen}
          </h2>
          {email === null ? (
            <Alert tone="warning">No sample data yet: add it in lib/notifications/templates/samples.ts.</Alert>
          ) : (
            <>
              <p className="text-sm">
                <span className="font-medium">Subject:</span> {email.subject}
              </p>
              <h3 className="text-sm font-semibold">HTML part</h3>
              <EmailHtmlFrame html={email.html} title={`HTML part of ${chosen}`} height={460} />
              <h3 className="text-sm font-semibold">Plain-text part</h3>
              <pre
                tabIndex={0}
                aria-label={`Plain-text part of ${chosen}`}
                className="max-h-[460px] overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-sm break-words whitespace-pre-wrap"
              >
                {email.text}
              </pre>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
