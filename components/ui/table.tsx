// The header row every table of the portal draws the same way: column headers with scope, a rule
// under them, and the spacing between columns (none after the last one).
import type { ReactNode } from 'react';

export type Column = ReactNode | { label: ReactNode; align?: 'right'; className?: string };

function isColumnObject(c: Column): c is { label: ReactNode; align?: 'right'; className?: string } {
  return typeof c === 'object' && c !== null && 'label' in c;
}

/** `<thead>` with one `<th scope="col">` per column. `rows` spaces the cells vertically (`py-1` in
 * dense tables), `gap` horizontally (between columns only). */
export function TableHead({ columns, rows = 'py-2', gap = 'pr-3' }: { columns: readonly Column[]; rows?: string; gap?: string }) {
  return (
    <thead>
      <tr className="border-b border-slate-300">
        {columns.map((c, i) => {
          const col = isColumnObject(c) ? c : { label: c };
          const classes = [rows, i < columns.length - 1 ? gap : '', col.align === 'right' ? 'text-right' : '', col.className ?? '']
            .filter(Boolean)
            .join(' ');
          return (
            <th key={i} scope="col" className={classes}>
              {col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
