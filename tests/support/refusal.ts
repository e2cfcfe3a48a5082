// The expected failure of a service call, for tests that assert what the person is told.
import { isAppError } from '@/lib/errors';

/** Awaits a call that must be refused and returns its AppError's code, message and field messages. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; fieldErrors: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error('expected the call to be refused');
}
