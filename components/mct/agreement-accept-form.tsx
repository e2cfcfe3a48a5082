'use client';

import { useState } from 'react';
import { acceptAgreementAction } from '@/lib/mct/actions';
import { TickBox, useTickAndSubmit } from '@/components/forms/tick-and-submit';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fillMessage } from '@/lib/i18n/fill';
import type { MctFormsCopy } from './form-copy';

/** Accepts this year's program agreement, after the candidate ticks that they agree. */
export function AgreementAcceptForm({ agreementId, title, copy }: { agreementId: string; title: string; copy: MctFormsCopy['agreement'] }) {
  const [agreed, setAgreed] = useState(false);
  const { error, pending, submit } = useTickAndSubmit();
  return (
    <form
      noValidate
      className="mt-4 space-y-3"
      onSubmit={(event) => submit(event, agreed ? null : copy.mustTick, () => acceptAgreementAction({ agreementId }))}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TickBox checked={agreed} onChange={setAgreed}>
        {fillMessage(copy.accept, { title })}
      </TickBox>
      <Button type="submit" disabled={pending}>
        {pending ? copy.saving : copy.submit}
      </Button>
    </form>
  );
}
