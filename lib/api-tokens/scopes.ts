// The scopes of API tokens: what each lets a token do, and who may hold it. Safe for the browser.
import type { ApiScope } from '@/lib/generated/prisma/enums';

/** Each scope as the API and its documents name it, with the stored value and who may hold it. */
export const API_SCOPES = {
  'completions:write': { db: 'COMPLETIONS_WRITE', holder: 'provider', label: 'Confirm ISC completions' },
  'completions:read': { db: 'COMPLETIONS_READ', holder: 'provider', label: 'Read the provider’s ISC completions' },
  'applications:read': { db: 'APPLICATIONS_READ', holder: 'provider', label: 'Read the MCT applications the provider started' },
  'exports:read': { db: 'EXPORTS_READ', holder: 'admin', label: 'Read the admin exports (read-only)' },
} as const satisfies Record<string, { db: ApiScope; holder: 'provider' | 'admin'; label: string }>;

export type ApiScopeName = keyof typeof API_SCOPES;

export const PROVIDER_SCOPES = ['completions:write', 'completions:read', 'applications:read'] as const satisfies readonly ApiScopeName[];

/** The API name of a stored scope. */
export function scopeName(db: ApiScope): ApiScopeName {
  return (Object.keys(API_SCOPES) as ApiScopeName[]).find((name) => API_SCOPES[name].db === db)!;
}

/** How long a new token lasts, in days (the form's choices). */
export const TOKEN_LIFETIMES = ['30', '90', '180', '365'] as const;

/** The start of every token's secret: a person or a secret scanner recognises one. */
export const TOKEN_PREFIX = 'cpp_';
