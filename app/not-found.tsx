import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">The page you asked for does not exist, or the link was mistyped.</p>
      <p>
        <Link href="/dashboard" className="font-medium text-brand-700 underline">
          Go to your dashboard
        </Link>
      </p>
    </div>
  );
}
