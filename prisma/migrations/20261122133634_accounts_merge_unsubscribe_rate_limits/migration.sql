-- AlterEnum
ALTER TYPE "NotificationMode" ADD VALUE 'OFF';

-- AlterEnum
ALTER TYPE "NotificationStatus" ADD VALUE 'SUPPRESSED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mergedAt" TIMESTAMPTZ(3),
ADD COLUMN     "mergedIntoId" UUID;

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" VARCHAR(200) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE INDEX "User_mergedIntoId_idx" ON "User"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express these).
ALTER TABLE "User" ADD CONSTRAINT "User_not_merged_into_itself_check" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
ALTER TABLE "RateLimitBucket" ADD CONSTRAINT "RateLimitBucket_count_check" CHECK ("count" >= 0);

-- The audit log stays append-only, with one narrow exception: erasing a person's personal data on
-- their request (lib/privacy) may blank the actor label, the request IP and the before/after of the
-- entries by or about that person. The erasing transaction declares whom it erases with
-- `SET LOCAL portal.audit_redaction = '<user id>'`; only entries whose actor or record is that person
-- can change, only in those columns, the label only to 'erased person'. Nothing can be deleted or
-- truncated, and the who/what/when of every entry stays as it was.
CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  erasing text := nullif(current_setting('portal.audit_redaction', true), '');
BEGIN
  IF TG_OP = 'UPDATE' AND erasing IS NOT NULL
     AND (OLD."actorId"::text = erasing OR OLD."entityId" = erasing)
     AND NEW."id" = OLD."id" AND NEW."at" = OLD."at" AND NEW."action" = OLD."action"
     AND NEW."entityType" = OLD."entityType" AND NEW."entityId" = OLD."entityId"
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND (NEW."actorLabel" = OLD."actorLabel" OR NEW."actorLabel" = 'erased person')
     AND (NEW."requestIp" IS NULL OR NEW."requestIp" = OLD."requestIp") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
