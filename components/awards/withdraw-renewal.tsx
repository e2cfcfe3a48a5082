'use client';

import { ActionButton } from '@/components/ui/action-button';
import { withdrawRenewalAction } from '@/lib/awards/actions';

/** The button's words in the reader's language, from its page. */
export type WithdrawRenewalCopy = Record<'label' | 'pending' | 'confirm' | 'cancel', string>;

/** Withdraws the MVP's renewal (before review starts): they will not renew this award. */
export function WithdrawRenewal({ awardId, copy }: { awardId: string; copy: WithdrawRenewalCopy }) {
  return (
    <ActionButton
      action={withdrawRenewalAction}
      input={{ awardId }}
      label={copy.label}
      pendingLabel={copy.pending}
      confirm={copy.confirm}
      variant="secondary"
      cancelLabel={copy.cancel}
    />
  );
}
