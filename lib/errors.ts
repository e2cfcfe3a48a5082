export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'RATE_LIMITED';

/** A value of a failure message said in a language ('en' | 'es'), for a message built with values
 * whose translation (lib/i18n/built-messages.ts) needs more than the English text holds. */
export type LocalValues = Record<string, (locale: 'en' | 'es') => string>;

/** An expected failure with a message fit to show the person who caused it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** The message's values in another language, by placeholder name (see LocalValues). */
    readonly localValues?: LocalValues,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** The message of every stale write: the form keeps what the person typed. */
export const STALE_WRITE_MESSAGE = 'Someone changed this meanwhile. Reload to see the change; what you typed is kept here.';
