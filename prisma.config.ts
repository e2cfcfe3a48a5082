import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection string here, not from schema.prisma. The CLI's migrate commands
// need Prisma's native engine, which cannot be downloaded offline; `npm run db:migrate` applies the
// same migration files with scripts/db/migrate.ts instead. `prisma migrate deploy` still works
// wherever the engine can be fetched.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/portal' },
});
