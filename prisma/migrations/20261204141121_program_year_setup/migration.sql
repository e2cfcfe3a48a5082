-- AlterEnum
BEGIN;
CREATE TYPE "LoungeStatus_new" AS ENUM ('GRANTED', 'REVOKED');
-- REQUESTED was never written (access is granted at once); a row in it, were there one, was never granted.
ALTER TABLE "LoungeAccess" ALTER COLUMN "status" TYPE "LoungeStatus_new" USING ((CASE WHEN "status"::text = 'REQUESTED' THEN 'REVOKED' ELSE "status"::text END)::"LoungeStatus_new");
ALTER TYPE "LoungeStatus" RENAME TO "LoungeStatus_old";
ALTER TYPE "LoungeStatus_new" RENAME TO "LoungeStatus";
DROP TYPE "public"."LoungeStatus_old";
COMMIT;

-- AlterEnum
BEGIN;
CREATE TYPE "MctRenewalStatus_new" AS ENUM ('SUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED');
ALTER TABLE "public"."MctRenewal" ALTER COLUMN "status" DROP DEFAULT;
-- DRAFT was never written (a renewal is created when it is submitted).
ALTER TABLE "MctRenewal" ALTER COLUMN "status" TYPE "MctRenewalStatus_new" USING ((CASE WHEN "status"::text = 'DRAFT' THEN 'SUBMITTED' ELSE "status"::text END)::"MctRenewalStatus_new");
ALTER TYPE "MctRenewalStatus" RENAME TO "MctRenewalStatus_old";
ALTER TYPE "MctRenewalStatus_new" RENAME TO "MctRenewalStatus";
DROP TYPE "public"."MctRenewalStatus_old";
ALTER TABLE "MctRenewal" ALTER COLUMN "status" SET DEFAULT 'SUBMITTED';
COMMIT;

-- DropIndex
DROP INDEX "Nomination_open_nominee_category_key";

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "AwardCategory" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable (existing cycles: decisions announced two weeks after reviews are due, renewals open
-- 60 days before their deadline; a closed cycle was closed when its review closed)
ALTER TABLE "AwardCycle" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "decisionsReleaseAt" TIMESTAMPTZ(3),
ADD COLUMN     "renewalOpensAt" TIMESTAMPTZ(3);
UPDATE "AwardCycle" SET "decisionsReleaseAt" = "reviewDueAt" + interval '14 days',
  "renewalOpensAt" = "renewalDeadline" - interval '60 days',
  "closedAt" = CASE WHEN status = 'CLOSED' THEN COALESCE("reviewClosedAt", "updatedAt") END;
ALTER TABLE "AwardCycle" ALTER COLUMN "decisionsReleaseAt" SET NOT NULL, ALTER COLUMN "renewalOpensAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "CandidateCertification" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Certification" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "FocusArea" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "IscCompletion" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawnReason" VARCHAR(500);

-- AlterTable
ALTER TABLE "IscProvider" ADD COLUMN     "country" VARCHAR(100) NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "MctRenewal" ALTER COLUMN "status" SET DEFAULT 'SUBMITTED';

-- AlterTable
ALTER TABLE "MvpRenewal" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AwardCycleCategory" (
    "cycleId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,

    CONSTRAINT "AwardCycleCategory_pkey" PRIMARY KEY ("cycleId","categoryId")
);

-- CreateIndex
CREATE INDEX "AwardCycleCategory_categoryId_idx" ON "AwardCycleCategory"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_open_nominee_category_key" ON "Nomination"("nomineeEmail", "categoryId", "cycleId") WHERE (status = ANY (ARRAY['INVITED'::"NominationStatus", 'ACCEPTED'::"NominationStatus", 'SUBMITTED'::"NominationStatus", 'UNDER_REVIEW'::"NominationStatus"]));

-- AddForeignKey
ALTER TABLE "AwardCycleCategory" ADD CONSTRAINT "AwardCycleCategory_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AwardCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardCycleCategory" ADD CONSTRAINT "AwardCycleCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Cycles made before categories were chosen per cycle took nominations in every category.
INSERT INTO "AwardCycleCategory" ("cycleId", "categoryId")
SELECT c.id, cat.id FROM "AwardCycle" c CROSS JOIN "AwardCategory" cat;

-- A renewal window closes after it opens, as nominations do (lib/cycles/rules.ts says so to the admin).
ALTER TABLE "AwardCycle" ADD CONSTRAINT "AwardCycle_renewal_window_check" CHECK ("renewalOpensAt" <= "renewalDeadline");
