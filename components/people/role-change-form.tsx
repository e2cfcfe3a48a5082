'use client';

import { useRouter } from 'next/navigation';
import { changeRoleAction } from '@/lib/people/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { changeRoleSchema } from '@/lib/people/admin-schema';

type ManagedRole = 'ADMIN' | 'REVIEWER' | 'EMPLOYEE';

/** One button that grants a role the person lacks or revokes one they hold. */
export function RoleChangeForm({ userId, role, holds }: { userId: string; role: ManagedRole; holds: boolean }) {
  const router = useRouter();
  const { formError, onSubmit, isSubmitting } = useActionForm(changeRoleSchema, changeRoleAction, {
    defaultValues: { userId, role, grant: !holds },
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate className="space-y-2" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" variant={holds ? 'secondary' : 'primary'} disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : holds ? `Revoke ${role}` : `Grant ${role}`}
      </Button>
    </form>
  );
}
