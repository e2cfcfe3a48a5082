'use client';

import { ActionButton } from '@/components/ui/action-button';
import { revokeApiTokenAction } from '@/lib/api-tokens/actions';

/** Revokes a token after a confirmation: it stops working at once. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  return (
    <ActionButton
      action={() => revokeApiTokenAction({ tokenId })}
      label={`Revoke “${name}”`}
      pendingLabel="Revoking…"
      variant="danger"
      confirm={{ text: `Revoke “${name}”? Requests with it are refused from now on; this cannot be undone.`, yes: 'Revoke the token' }}
      done={() => `“${name}” is revoked.`}
    />
  );
}
