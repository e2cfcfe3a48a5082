import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { getViewer } from '@/lib/auth/guards';

export default async function HomePage() {
  const viewer = await getViewer();
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Two Microsoft community programs, one portal</h1>
        <p className="mt-3 text-lg text-slate-700">
          The Most Valuable Professional (MVP) award recognises community leadership. The Microsoft Certified Trainer (MCT) program is a
          membership for people who teach Microsoft technologies. They are <strong>independent</strong>: neither is a step towards the
          other, and one person may hold both.
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          {viewer ? (
            <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-up">Create an account</ButtonLink>
              <ButtonLink href="/sign-in" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="mvp-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Award · by nomination</p>
          <h2 id="mvp-heading" className="mt-1 text-2xl font-bold">
            Microsoft MVP
          </h2>
          <p className="mt-2 text-slate-700">
            For people whose blogs, talks, code, videos, forum answers and mentoring help others succeed.
          </p>
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="font-semibold">How you get in</dt>
              <dd className="text-slate-700">
                An active MVP or a Microsoft employee nominates you in an award category. You cannot nominate yourself.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">What you show</dt>
              <dd className="text-slate-700">
                Your community contributions of the last 12 months. Reviewers look for impact, quality over quantity. Paid work counts
                unless it is your full-time job.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">How long it lasts</dt>
              <dd className="text-slate-700">
                One year in your category. To renew, you submit the next 12 months of evidence; no new nomination.
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="mct-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Membership · by enrollment</p>
          <h2 id="mct-heading" className="mt-1 text-2xl font-bold">
            Microsoft Certified Trainer
          </h2>
          <p className="mt-2 text-slate-700">For professionals who deliver Microsoft training, paid work included.</p>
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="font-semibold">How you get in</dt>
              <dd className="text-slate-700">
                No nomination: you enrol once you hold a current associate or expert role-based certification and an Instructional Skills
                Certificate (ISC) from an approved provider within the last 3 years. Fundamentals, MOS and business-user certifications do
                not count.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">When enrollment is paused</dt>
              <dd className="text-slate-700">
                Your ISC provider can start a manual application for you; you accept the program agreement by email link.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">How long it lasts</dt>
              <dd className="text-slate-700">
                12 months from approval. You renew each year with your training deliveries, or switch to MCT Alumni and keep MCT Lounge
                access.
              </dd>
            </div>
          </dl>
        </section>
      </div>

      <section aria-labelledby="roles-heading" className="max-w-3xl">
        <h2 id="roles-heading" className="text-xl font-bold">
          Who uses this portal
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
          <li>Candidates complete nominations they received, log contributions, and apply for or renew MCT membership.</li>
          <li>Nominators (active MVPs and Microsoft employees) nominate people and follow their nominations.</li>
          <li>Reviewers score the impact of submitted contributions on a published rubric.</li>
          <li>ISC provider staff confirm course completions and start manual MCT applications.</li>
          <li>Program admins run cycles, enrollment windows, reviews and decisions.</li>
        </ul>
        <p className="mt-4 text-sm text-slate-700">
          Already have an account?{' '}
          <Link href="/sign-in" className="font-medium text-brand-700 underline">
            Sign in
          </Link>
          .
        </p>
      </section>
    </div>
  );
}
