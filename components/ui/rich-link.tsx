import Link from 'next/link';
import type { ReactNode } from 'react';

const LINK_CLASS = 'font-medium text-brand-700 underline';

/** For `t.rich`: the tag's words as a link to `href` (`<link>Your dashboard</link>`). */
export function richLink(href: string, className: string = LINK_CLASS) {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} className={className}>
        {chunks}
      </Link>
    );
  };
}

/** For `t.rich`: the tag's words for screen readers only (`Renew<sr> in Azure</sr>`). */
export function richSrOnly(chunks: ReactNode) {
  return <span className="sr-only">{chunks}</span>;
}
