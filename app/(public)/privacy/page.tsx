import type { Metadata } from 'next';
import Link from 'next/link';
import { ErasureSummary } from '@/components/privacy/erasure-summary';
import { Card, PageHeader } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Privacy' };

const HOLDINGS = [
  {
    what: 'Your account',
    detail: 'Name, email address, time zone, email preferences, how you sign in, and the roles program admins gave you.',
    why: 'To sign you in, reach you, and show deadlines in your time zone.',
  },
  {
    what: 'MVP nominations and evidence',
    detail:
      'Nominations you made or received, your contribution log (titles, descriptions, dates, links, reach numbers, private notes for reviewers), what you submitted, and outcomes.',
    why: 'To run the nomination, review and award process the program describes.',
  },
  {
    what: 'Reviews and decisions',
    detail:
      'Reviewers’ scores and comments on submissions, their discussion of each submission among themselves and the program team, and the program team’s decisions and feedback.',
    why: 'To decide awards fairly and explain the outcome to candidates.',
  },
  {
    what: 'MCT enrollment and membership',
    detail:
      'Certifications and credential IDs, ISC completions confirmed by providers, applications, agreement acceptances, membership years, training deliveries and MCT Lounge access.',
    why: 'To check the program’s requirements and keep your membership year by year.',
  },
  {
    what: 'Emails and the audit log',
    detail: 'A copy of every email we send (so none is lost), and a record of every change: who, what, when, before and after.',
    why: 'To deliver email reliably, and so that decisions can be checked later. Nobody can edit the audit log.',
  },
] as const;

const AUDIENCES = [
  { who: 'You', sees: 'Everything about you, except reviewers’ names, their scores and the committee’s comments.' },
  { who: 'Your nominator and endorsers', sees: 'The nomination’s status, never your evidence, reviews or scores.' },
  {
    who: 'Reviewers',
    sees: 'Only submissions assigned to them: your frozen evidence with reach numbers and private notes, and the nomination statement. Not other reviewers’ scores until theirs is in.',
  },
  { who: 'Your ISC provider', sees: 'The completions it confirmed and the applications it started for you.' },
  { who: 'Program admins', sees: 'Everything, to run the programs; every change they make is in the audit log.' },
] as const;

/** The privacy page: what the portal holds, why, who sees it, how long, and how to export or erase it. */
export default function PrivacyPage() {
  return (
    <div className="space-y-6">
      <PageHeader
        title="Privacy"
        description="What the Community Programs Portal holds about you, why, who sees it, how long we keep it, and how to get a copy or have it deleted."
      />
      <Card title="What we hold and why">
        <dl className="space-y-3 text-sm text-slate-800">
          {HOLDINGS.map((h) => (
            <div key={h.what}>
              <dt className="font-semibold text-slate-900">{h.what}</dt>
              <dd>{h.detail}</dd>
              <dd className="text-slate-700">Why: {h.why}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="Who sees what">
        <dl className="space-y-2 text-sm text-slate-800">
          {AUDIENCES.map((a) => (
            <div key={a.who}>
              <dt className="font-semibold text-slate-900">{a.who}</dt>
              <dd>{a.sees}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="How long we keep it">
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          <li>Your account and records: while you take part in either program, and until you ask us to delete them.</li>
          <li>Unsaved form drafts: until you submit the form or your data is erased.</li>
          <li>Sign-in links: 15 minutes; invitation and application links: until used or expired (30 and 14 days).</li>
          <li>Award decisions and the audit trail: for as long as the programs run, without your name once your data is erased.</li>
        </ul>
      </Card>
      <Card title="Get a copy of your data">
        <p className="text-sm text-slate-800">
          On your{' '}
          <Link href="/profile" className="font-medium text-brand-700 underline">
            profile
          </Link>
          , choose <strong>Download my data</strong>. You get a JSON file, at once, with everything above that is about you. It leaves out
          other people’s private data, such as who reviewed you and what the committee wrote.
        </p>
      </Card>
      <Card title="Have your data deleted">
        <p className="mb-4 text-sm text-slate-800">
          On your profile, choose <strong>Ask us to delete my data</strong>. We email you to confirm we received it, and a program admin
          confirms it (or tells you why not, for example while a decision about you is still open). Then we send you a last email and erase
          your data. If you later sign up with the same address, you start as a new person.
        </p>
        <ErasureSummary headingLevel={3} />
      </Card>
    </div>
  );
}
