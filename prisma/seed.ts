// `npm run db:seed`: loads the demo data into DATABASE_URL (safe to run again).
import { prisma } from '@/lib/db';
import { seed } from './seed-data';

await seed();
await prisma.$disconnect();
console.log('Demo data is in place.');
