// The AppError a service refused with: for tests that read the message a person would see.
import { expect } from 'vitest';
import { AppError } from '@/lib/errors';

/** The AppError the promise rejects with (the test fails if it resolves or throws anything else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The same, by the name some suites use. */
export const refusal = appErrorOf;
