import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-700">
        <p>MVP and MCT are independent programs; one is not a step towards the other.</p>
        <div className="flex flex-wrap gap-4">
          <Link href="/" className="underline hover:text-slate-900">
            About the programs
          </Link>
          <Link href="/providers" className="underline hover:text-slate-900">
            ISC providers
          </Link>
          <Link href="/privacy" className="underline hover:text-slate-900">
            Privacy
          </Link>
        </div>
      </div>
    </footer>
  );
}
