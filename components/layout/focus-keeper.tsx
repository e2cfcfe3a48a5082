'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** Focuses a heading, making it focusable by script only (it stays out of the Tab order). */
function focusHeading(heading: HTMLElement | null): boolean {
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return document.activeElement === heading;
}

const lost = () => document.activeElement === null || document.activeElement === document.body;

/** Keeps keyboard focus somewhere sensible when what had it goes away; otherwise it drops to the page body
 * and a keyboard user's next Tab starts from the top, or from wherever the old content was.
 * - After a move to another page inside the portal (a link, or a form leading to its result page): the new
 *   page's main heading. A first load is left as the browser has it (the skip link comes first).
 * - When the focused control is removed in place (a status button replaced once its action is done, a
 *   confirmation closed): the heading of the card (section) it was in, or the page's main heading. */
export function FocusKeeper() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (lost()) focusHeading(document.querySelector<HTMLElement>('#main h1'));
  }, [pathname]);

  useEffect(() => {
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget !== null || !(event.target instanceof HTMLElement)) return;
      const ancestors: HTMLElement[] = [];
      for (let el = event.target.parentElement; el && el !== document.body; el = el.parentElement) ancestors.push(el);
      const removed = event.target;
      requestAnimationFrame(() => {
        if (removed.isConnected || !lost()) return;
        const section = ancestors.find((el) => el.isConnected && el.tagName === 'SECTION');
        if (!focusHeading(section?.querySelector<HTMLElement>('h2, h3') ?? null)) {
          focusHeading(document.querySelector<HTMLElement>('#main h1'));
        }
      });
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, []);
  return null;
}
