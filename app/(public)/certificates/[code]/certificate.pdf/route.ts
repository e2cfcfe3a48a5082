import { verifyCertificate } from '@/lib/certificates/queries';
import { renderCertificatePdf } from '@/lib/certificates/pdf';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** The certificate as a PDF: public by its code, like its check page (the code is printed on it). */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const certificate = await verifyCertificate(code);
  if (!certificate)
    return new Response('There is no certificate with that code.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const pdf = await renderCertificatePdf(certificate, new URL(`/certificates/${certificate.code}`, env().APP_URL).toString());
  const name = `${certificate.kind.toLowerCase()}-certificate-${certificate.code}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
