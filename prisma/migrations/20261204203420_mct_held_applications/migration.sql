-- DropIndex
DROP INDEX "MctApplication_open_candidate_key";

-- AlterTable
ALTER TABLE "MctApplication" ADD COLUMN     "heldAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "MctApplication_open_candidate_key" ON "MctApplication"("candidateId") WHERE (status = ANY (ARRAY['AWAITING_CANDIDATE'::"MctApplicationStatus", 'HELD'::"MctApplicationStatus", 'SUBMITTED'::"MctApplicationStatus"]));
