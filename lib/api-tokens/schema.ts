// The forms of API tokens: a provider's staff create tokens for their provider, admins create
// read-only export tokens, and either revokes. Safe for the browser.
import { z } from 'zod';
import { PROVIDER_SCOPES, TOKEN_LIFETIMES } from './scopes';

const name = z
  .string()
  .trim()
  .min(3, 'Name the token after what uses it, for example “Training system”')
  .max(100, 'Keep the name under 100 characters');
const expiresInDays = z.enum(TOKEN_LIFETIMES, { error: 'Choose how long the token lasts' });

export const createProviderTokenSchema = z.object({
  providerId: z.uuid(),
  name,
  scopes: z.array(z.enum(PROVIDER_SCOPES), { error: 'Choose what the token may do' }).min(1, 'Choose at least one thing the token may do'),
  expiresInDays,
});
export type CreateProviderTokenInput = z.input<typeof createProviderTokenSchema>;

export const createExportTokenSchema = z.object({ name, expiresInDays });
export type CreateExportTokenInput = z.input<typeof createExportTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: z.uuid() });
