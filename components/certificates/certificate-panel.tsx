import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { issueCertificateAction } from '@/lib/certificates/actions';
import type { CertificateKind } from '@/lib/generated/prisma/enums';

/** The holder's certificate of one award or membership year: download it and its public check, or issue it
 * (in the reader's language). */
export async function CertificatePanel({ kind, recordId, code }: { kind: CertificateKind; recordId: string; code: string | null }) {
  const t = await getTranslations('certificates.panel');
  if (code) {
    return (
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <a href={`/certificates/${code}/certificate.pdf`} className="font-medium text-brand-700 underline" download>
          {t('download')}
        </a>
        <Link href={`/certificates/${code}`} className="font-medium text-brand-700 underline">
          {t('checkPage')}
        </Link>
        <span className="text-slate-600">{t('code', { code })}</span>
      </div>
    );
  }
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>{t(kind === 'MVP' ? 'aboutAward' : 'aboutMembership')}</p>
      <ActionButton action={issueCertificateAction} input={{ kind, recordId }} label={t('issue')} pendingLabel={t('issuing')} />
    </div>
  );
}
