import type { FieldValues, Path, UseFormSetFocus } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';

/** After a refused submit, moves keyboard focus to the first field the server complained about;
 * returns false when no field was named (the caller focuses its form-level message instead). */
export function focusFirstError<T extends FieldValues>(
  result: ActionResult<unknown>,
  setFocus: UseFormSetFocus<T>,
  order: readonly string[],
): boolean {
  if (result.ok) return false;
  const fields = Object.keys(result.fieldErrors ?? {}).filter((f) => f !== '_form');
  const first = [...fields].sort((a, b) => rank(order, a) - rank(order, b))[0];
  if (!first) return false;
  setFocus(first as Path<T>);
  return true;
}

function rank(order: readonly string[], field: string): number {
  const i = order.indexOf(field.split('.')[0] ?? field);
  return i === -1 ? order.length : i;
}
