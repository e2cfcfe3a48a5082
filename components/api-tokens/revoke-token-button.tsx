'use client';

import { ActionButton } from '@/components/ui/action-button';
import { revokeApiTokenAction } from '@/lib/api-tokens/actions';
import { fillMessage } from '@/lib/i18n/fill';
import type { TokenTableCopy } from './token-copy';

/** Revokes a token after a confirmation: it stops working at once. */
export function RevokeTokenButton({ tokenId, name, copy }: { tokenId: string; name: string; copy: TokenTableCopy }) {
  const say = (text: string) => fillMessage(text, { name });
  return (
    <ActionButton
      action={() => revokeApiTokenAction({ tokenId })}
      label={say(copy.revoke)}
      pendingLabel={copy.revoking}
      variant="danger"
      confirm={{ text: say(copy.revokeConfirm), yes: copy.revokeYes }}
      done={() => say(copy.revoked)}
    />
  );
}
