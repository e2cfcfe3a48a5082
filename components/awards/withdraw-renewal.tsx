'use client';

import { ActionButton } from '@/components/ui/action-button';
import { withdrawRenewalAction } from '@/lib/awards/actions';

/** Withdraws the MVP's renewal (before review starts): they will not renew this award. */
export function WithdrawRenewal({ awardId }: { awardId: string }) {
  return (
    <ActionButton
      action={withdrawRenewalAction}
      input={{ awardId }}
      label="Withdraw my renewal"
      pendingLabel="Withdrawing…"
      confirm="Withdraw your renewal? Your award then ends with its year; you can be nominated again in a later cycle."
      variant="secondary"
    />
  );
}
