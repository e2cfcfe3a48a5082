-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('MVP', 'MCT');

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "recordId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "holderName" TEXT NOT NULL,
    "category" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_userId_idx" ON "Certificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_kind_recordId_key" ON "Certificate"("kind", "recordId");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
