// The certification levels as the catalogue names them (safe for the browser: the admin's catalogue form reads it).
import type { CertificationLevel } from '@/lib/generated/prisma/enums';

export const CERTIFICATION_LEVEL_LABELS: Record<CertificationLevel, string> = {
  FUNDAMENTALS: 'Fundamentals',
  ASSOCIATE: 'Associate',
  EXPERT: 'Expert',
  SPECIALTY: 'Specialty',
  MOS: 'Microsoft Office Specialist',
  BUSINESS_USER: 'Business user',
};
