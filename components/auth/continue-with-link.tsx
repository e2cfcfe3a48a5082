import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** The page an emailed one-time link opens: opening it uses nothing up (mail scanners open links
 * first); only the button (`action`) uses the link. `intro` says whom it was sent to. */
export function ContinueWithLink({
  width,
  heading,
  intro,
  action,
  button,
  note,
}: {
  width: 'max-w-lg' | 'max-w-xl';
  heading: string;
  intro: ReactNode;
  action: (formData: FormData) => void | Promise<void>;
  button: string;
  note: string;
}) {
  return (
    <div className={`mx-auto ${width} space-y-6`}>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <Card>
        <p className="text-slate-800">{intro}</p>
        <form action={action} className="mt-4">
          <Button type="submit">{button}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">{note}</p>
      </Card>
    </div>
  );
}

/** For `t.rich`: the address a link was sent to, set apart. */
export function richAddress(chunks: ReactNode) {
  return <span className="font-medium text-slate-900">{chunks}</span>;
}
