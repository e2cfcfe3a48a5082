import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { issueCertificateAction } from '@/lib/certificates/actions';
import type { CertificateKind } from '@/lib/generated/prisma/enums';

/** The holder's certificate of one award or membership year: download it and its public check, or issue it. */
export function CertificatePanel({ kind, recordId, code }: { kind: CertificateKind; recordId: string; code: string | null }) {
  if (code) {
    return (
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <a href={`/certificates/${code}/certificate.pdf`} className="font-medium text-brand-700 underline" download>
          Download your certificate (PDF)
        </a>
        <Link href={`/certificates/${code}`} className="font-medium text-brand-700 underline">
          Its public check page
        </Link>
        <span className="text-slate-600">Certificate code {code}</span>
      </div>
    );
  }
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        A certificate in your name, with a code anyone (an employer, an event organiser) can check on this portal. Issuing it records it; it
        stays valid for as long as the {kind === 'MVP' ? 'award' : 'membership year'} it names.
      </p>
      <ActionButton action={issueCertificateAction} input={{ kind, recordId }} label="Issue my certificate" pendingLabel="Issuing…" />
    </div>
  );
}
