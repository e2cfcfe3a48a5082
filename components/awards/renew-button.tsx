'use client';

import { submitRenewalAction } from '@/lib/awards/actions';
import { ActionButton } from '@/components/ui/action-button';

/** Submits the renewal of an award with the evidence shown above it. */
export function RenewButton({ awardId, itemCount }: { awardId: string; itemCount: number }) {
  return (
    <ActionButton
      action={() => submitRenewalAction({ awardId })}
      label="Submit my renewal"
      pendingLabel="Submitting…"
      variant="primary"
      confirm={{
        text: (
          <p>
            Submit {itemCount} contribution{itemCount === 1 ? '' : 's'} for review? What you submit is frozen: later changes to your log do
            not change it.
          </p>
        ),
        yes: 'Yes, submit my renewal',
      }}
      done={(r) => `Your renewal is submitted with ${r.itemCount} contribution${r.itemCount === 1 ? '' : 's'}. Reviewers will assess it.`}
    />
  );
}
