import Link from 'next/link';

export default function NominationNotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">Nomination not found</h1>
      <p className="text-slate-700">
        This nomination does not exist, or you are signed in with an account that cannot see it. A nomination is shown to its nominee, its
        nominators and program admins only.
      </p>
      <p>
        <Link href="/nominations" className="font-medium text-brand-700 underline">
          Go to your nominations
        </Link>
      </p>
    </div>
  );
}
