import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="text-slate-700">It belongs to a role you do not hold. If you think you should have it, ask a program admin.</p>
      <p>
        <Link href="/dashboard" className="font-medium text-brand-700 underline">
          Go to your dashboard
        </Link>
      </p>
    </div>
  );
}
