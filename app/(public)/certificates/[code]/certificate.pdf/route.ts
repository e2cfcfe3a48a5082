import { getLocale } from 'next-intl/server';
import { verifyCertificate } from '@/lib/certificates/queries';
import { certificatePdfWords, renderCertificatePdf } from '@/lib/certificates/pdf';
import type { Locale } from '@/lib/i18n/locales';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** The certificate as a PDF: public by its code, like its check page (the code is printed on it), in the
 * requester's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const [{ code }, locale] = await Promise.all([params, getLocale() as Promise<Locale>]);
  const certificate = await verifyCertificate(code);
  if (!certificate)
    return new Response(certificatePdfWords(locale)('notFound'), {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const pdf = await renderCertificatePdf(certificate, new URL(`/certificates/${certificate.code}`, env().APP_URL).toString(), locale);
  const name = `${certificate.kind.toLowerCase()}-certificate-${certificate.code}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
