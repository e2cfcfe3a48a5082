'use client';

import { useState } from 'react';
import { switchToAlumniAction } from '@/lib/memberships/actions';
import { TickBox, useTickAndSubmit } from '@/components/forms/tick-and-submit';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { MctFormsCopy } from '@/components/mct/form-copy';
import { fillMessage } from '@/lib/i18n/fill';

/** Switches an active (or lapsed) MCT to alumni, once they confirm what changes and accept the
 * alumni agreement shown above the form. */
export function AlumniSwitchForm({
  version,
  agreement,
  copy,
}: {
  version: number;
  agreement: { id: string; title: string };
  copy: MctFormsCopy['alumni'];
}) {
  const [confirmed, setConfirmed] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const { error, pending, submit } = useTickAndSubmit();
  const refusal = !confirmed ? copy.mustConfirm : !accepted ? fillMessage(copy.mustAccept, { title: agreement.title }) : null;
  return (
    <form
      noValidate
      className="mt-4 space-y-3"
      onSubmit={(event) =>
        submit(event, refusal, () =>
          switchToAlumniAction({ version, confirm: true, alumniAgreementId: agreement.id, acceptAgreement: true }),
        )
      }
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TickBox checked={confirmed} onChange={setConfirmed}>
        {copy.understand}
      </TickBox>
      <TickBox checked={accepted} onChange={setAccepted}>
        {fillMessage(copy.accept, { title: agreement.title })}
      </TickBox>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? copy.switching : copy.submit}
      </Button>
    </form>
  );
}
