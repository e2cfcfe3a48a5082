// What an erasure removes and what it keeps, in plain words. Shown on /privacy, on the request page
// and to the admin who confirms, so all three say the same (lib/privacy/erase.ts does it).

export const ERASED_ITEMS = [
  'Your name, email address, profile picture and password; your account is closed and you can no longer sign in.',
  'Your sign-in connections (Microsoft Entra ID), sessions, unused sign-in and invitation links, API tokens you created, and unsaved form drafts.',
  'Contributions in your evidence log that you never submitted.',
  'Links, private notes and your name in contributions you submitted for review.',
  'The address, subject and text of every email we sent you (we keep only that an email was sent, and when).',
  'Your roles (reviewer, admin, employee), reviewer categories and ISC provider staff memberships.',
  'Your certification credential IDs, and your name and address on ISC completions and nominations of you.',
  'Your email address, name and network address in the audit log.',
] as const;

export const KEPT_ITEMS = [
  {
    what: 'Award decisions, review scores, reviewers’ discussions and the submissions they were based on',
    why: 'Reviews and decisions must stay consistent and checkable for the other candidates of the same round. They are kept without your name, email or links.',
  },
  {
    what: 'Your award years, MCT membership years and agreement acceptances',
    why: 'They are the program’s record of who held an award or membership, and when; kept as records of an erased person.',
  },
  {
    what: 'The audit trail (who did what, and when)',
    why: 'Nobody may edit it, so that decisions can be checked later. Entries by or about you stay, with your label, address and identifiers removed.',
  },
  {
    what: 'Nominations you made and endorsements you gave',
    why: 'They belong to the other person’s nomination; they stay under your erased account.',
  },
] as const;

/** The two lists, erased and kept-with-why. */
export function ErasureSummary({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section>
        <Heading className="text-lg font-semibold text-slate-900">What is erased</Heading>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {ERASED_ITEMS.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section>
        <Heading className="text-lg font-semibold text-slate-900">What is kept, and why</Heading>
        <dl className="mt-2 space-y-2 text-sm text-slate-800">
          {KEPT_ITEMS.map((item) => (
            <div key={item.what}>
              <dt className="font-medium">{item.what}</dt>
              <dd>{item.why}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
