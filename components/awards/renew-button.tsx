'use client';

import { submitRenewalAction } from '@/lib/awards/actions';
import { ActionButton } from '@/components/ui/action-button';
import { fillMessage } from '@/lib/i18n/fill';

/** The button's words in the reader's language, from its page; the {count} ones are filled here. */
export type RenewButtonCopy = Record<
  'label' | 'pending' | 'confirmOne' | 'confirmMany' | 'yes' | 'doneOne' | 'doneMany' | 'cancel',
  string
>;

/** Submits the renewal of an award with the evidence shown above it. */
export function RenewButton({ awardId, itemCount, copy }: { awardId: string; itemCount: number; copy: RenewButtonCopy }) {
  return (
    <ActionButton
      action={() => submitRenewalAction({ awardId })}
      label={copy.label}
      pendingLabel={copy.pending}
      variant="primary"
      cancelLabel={copy.cancel}
      confirm={{
        text: <p>{fillMessage(itemCount === 1 ? copy.confirmOne : copy.confirmMany, { count: itemCount })}</p>,
        yes: copy.yes,
      }}
      done={(r) => fillMessage(r.itemCount === 1 ? copy.doneOne : copy.doneMany, { count: r.itemCount })}
    />
  );
}
