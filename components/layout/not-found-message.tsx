import Link from 'next/link';

/** What a "not found" page says: what is missing, why, and a link to somewhere that exists. */
export function NotFoundMessage({ title, body, href, link }: { title: string; body: string; href: string; link: string }) {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700">{body}</p>
      <p>
        <Link href={href} className="font-medium text-brand-700 underline">
          {link}
        </Link>
      </p>
    </div>
  );
}
