import Link from 'next/link';

// Shown by unauthorized() (experimental authInterrupts). Without this file Next.js puts its own 401
// page, with inline styles, into the RSC payload of every page (about 2.5 kB each).
export default function Unauthorized() {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">Sign in to see this page</h1>
      <p>
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
