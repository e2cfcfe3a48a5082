import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { formatDay } from '@/lib/format';
import type { VerifiedCertificate } from './queries';
import { PROGRAM_NAMES } from './schema';

// Geist (the portal's own typeface, from the geist package) covers Latin, Greek and Cyrillic names.
const FONTS = path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans');
const REGULAR = path.join(FONTS, 'Geist-Regular.ttf');
const BOLD = path.join(FONTS, 'Geist-SemiBold.ttf');

const day = (key: string) => formatDay(new Date(`${key}T00:00:00Z`));

/** The certificate as an A4 landscape PDF: holder, program, category, year, and how to check it. */
export function renderCertificatePdf(c: VerifiedCertificate, verifyUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    font: REGULAR,
    info: { Title: `${PROGRAM_NAMES[c.kind]} — ${c.holderName}`, Author: 'Community Programs Portal', Subject: 'Certificate' },
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
  doc.font('bold').fontSize(14).fillColor('#1e3a8a').text('CERTIFICATE', center);
  doc.moveDown(1.2);
  doc.font('regular').fontSize(14).fillColor('#334155').text('This certifies that', center);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(34).fillColor('#0f172a').text(c.holderName, center);
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(14)
    .fillColor('#334155')
    .text(c.kind === 'MVP' ? 'received the award of' : 'is a member of the program', center);
  doc.moveDown(0.4);
  doc.font('bold').fontSize(20).fillColor('#0f172a').text(PROGRAM_NAMES[c.kind], center);
  if (c.category) {
    doc.moveDown(0.3);
    doc.font('regular').fontSize(16).text(`in ${c.category}`, center);
  }
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(13)
    .fillColor('#334155')
    .text(`${c.kind === 'MVP' ? 'Award year' : 'Membership year'}: ${day(c.startsOn)} – ${day(c.endsOn)}`, center);

  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#475569')
    .text(`Issued ${formatDay(c.issuedAt)} · Certificate code ${c.code}`, 56, height - 110, center)
    .text(`Check that it is genuine at ${verifyUrl}`, center);
  doc.end();
  return done;
}
