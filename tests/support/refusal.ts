// The expected failure of a service call, for tests that assert what the person is told.
import { expect } from 'vitest';
import { AppError, isAppError } from '@/lib/errors';

/** The AppError the promise rejects with (the test fails if it resolves or throws anything else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

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
