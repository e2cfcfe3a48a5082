import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';

/** Puts a failed action's field messages beside their fields; returns the form-level message. */
export function applyActionErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>): string | null {
  if (result.ok) return null;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (field !== '_form' && messages[0]) setError(field as Path<T>, { type: 'server', message: messages[0] });
  }
  return result.error;
}
