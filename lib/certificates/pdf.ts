import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { createTranslator } from 'use-intl/core';
import { formatDay } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import type { VerifiedCertificate } from './queries';
import { PROGRAM_NAMES } from './schema';

// Geist (the portal's own typeface, from the geist package) covers Latin, Greek and Cyrillic names.
const FONTS = path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans');
const REGULAR = path.join(FONTS, 'Geist-Regular.ttf');
const BOLD = path.join(FONTS, 'Geist-SemiBold.ttf');

/** The certificate's words in a language (the `certificates.pdf` messages). */
export const certificatePdfWords = (locale: Locale = 'en') =>
  createTranslator({ locale, messages: messagesFor(locale), namespace: 'certificates.pdf' });

/** The certificate as an A4 landscape PDF in a language (the requester's): holder, program, category, year
 * (dates written that language's way), and how to check it. Names stay as they are. */
export function renderCertificatePdf(c: VerifiedCertificate, verifyUrl: string, locale: Locale = 'en'): Promise<Buffer> {
  const t = certificatePdfWords(locale);
  const day = (key: string) => formatDay(new Date(`${key}T00:00:00Z`), locale);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    font: REGULAR,
    info: { Title: `${PROGRAM_NAMES[c.kind]} — ${c.holderName}`, Author: 'Community Programs Portal', Subject: t('subject') },
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor('#1e3a8a')
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc
    .lineWidth(1)
    .rect(36, 36, width - 72, height - 72)
    .stroke();
  const center = { align: 'center' as const, width: width - 112 };
  doc.moveDown(2.5);
  doc.font('bold').fontSize(14).fillColor('#1e3a8a').text(t('heading'), center);
  doc.moveDown(1.2);
  doc.font('regular').fontSize(14).fillColor('#334155').text(t('certifies'), center);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(34).fillColor('#0f172a').text(c.holderName, center);
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(14)
    .fillColor('#334155')
    .text(t(c.kind === 'MVP' ? 'receivedAward' : 'memberOf'), center);
  doc.moveDown(0.4);
  doc.font('bold').fontSize(20).fillColor('#0f172a').text(PROGRAM_NAMES[c.kind], center);
  if (c.category) {
    doc.moveDown(0.3);
    doc
      .font('regular')
      .fontSize(16)
      .text(t('inCategory', { category: c.category }), center);
  }
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(13)
    .fillColor('#334155')
    .text(t(c.kind === 'MVP' ? 'awardYear' : 'membershipYear', { from: day(c.startsOn), to: day(c.endsOn) }), center);

  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#475569')
    .text(t('issued', { day: formatDay(c.issuedAt, locale), code: c.code }), 56, height - 110, center)
    .text(t('check', { url: verifyUrl }), center);
  doc.end();
  return done;
}
