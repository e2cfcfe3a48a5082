import Link from 'next/link';
import type { Requirement } from '@/lib/mct/requirements';

const LINKS: Record<Requirement['key'], { href: string; label: string } | null> = {
  certification: { href: '/mct/certifications', label: 'My certifications' },
  isc: { href: '/providers', label: 'Approved ISC providers' },
  agreement: { href: '#agreement', label: 'Read the agreement' },
};

/** The list's own words in the reader's language (English when left out). */
export type RequirementWords = { met: string; missing: string; howTo: string; links: Record<Requirement['key'], string> };

/** Each requirement with the candidate's standing: met or not (in words, not colour alone), what
 * was found, and the way forward. */
export function RequirementList({
  requirements,
  showLinks = true,
  words,
}: {
  requirements: Requirement[];
  showLinks?: boolean;
  words?: RequirementWords;
}) {
  return (
    <ul className="space-y-3">
      {requirements.map((r) => {
        const link = showLinks ? LINKS[r.key] : null;
        return (
          <li
            key={r.key}
            className={`rounded-md border-l-4 p-3 ${r.met ? 'border-green-700 bg-green-50' : 'border-amber-600 bg-amber-50'}`}
          >
            <p className="font-medium text-slate-900">
              <span
                className={`mr-2 inline-block rounded px-2 py-0.5 text-xs font-semibold ${r.met ? 'bg-green-800 text-white' : 'bg-amber-800 text-white'}`}
              >
                {r.met ? (words?.met ?? 'Met') : (words?.missing ?? 'Missing')}
              </span>
              {r.title}
            </p>
            <p className="mt-1 text-sm text-slate-800">{r.detail}</p>
            {r.wayForward ? (
              <p className="mt-1 text-sm text-slate-800">
                <span className="font-semibold">{words?.howTo ?? 'How to get it: '}</span>
                {r.wayForward}
                {link && !r.met ? (
                  <>
                    {' '}
                    <Link href={link.href} className="font-medium text-brand-700 underline">
                      {words?.links[r.key] ?? link.label}
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
