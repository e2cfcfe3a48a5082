-- CreateEnum
CREATE TYPE "ApiScope" AS ENUM ('COMPLETIONS_READ', 'COMPLETIONS_WRITE', 'APPLICATIONS_READ', 'EXPORTS_READ');

-- CreateTable
CREATE TABLE "DiscussionComment" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" VARCHAR(4000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "hiddenAt" TIMESTAMPTZ(3),
    "hiddenById" UUID,
    "hiddenReason" VARCHAR(500),

    CONSTRAINT "DiscussionComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionCommentRevision" (
    "id" UUID NOT NULL,
    "commentId" UUID NOT NULL,
    "body" VARCHAR(4000) NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscussionCommentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionReadMarker" (
    "submissionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lastReadAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DiscussionReadMarker_pkey" PRIMARY KEY ("submissionId","userId")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(24) NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "scopes" "ApiScope"[],
    "providerId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiIdempotentRequest" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "requestHash" VARCHAR(64) NOT NULL,
    "tokenId" UUID NOT NULL,
    "responseStatus" INTEGER NOT NULL,
    "responseBody" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiIdempotentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DiscussionComment_submissionId_createdAt_id_idx" ON "DiscussionComment"("submissionId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "DiscussionComment_authorId_idx" ON "DiscussionComment"("authorId");

-- CreateIndex
CREATE INDEX "DiscussionCommentRevision_commentId_replacedAt_idx" ON "DiscussionCommentRevision"("commentId", "replacedAt");

-- CreateIndex
CREATE INDEX "DiscussionReadMarker_userId_idx" ON "DiscussionReadMarker"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_providerId_createdAt_idx" ON "ApiToken"("providerId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiToken_createdById_createdAt_idx" ON "ApiToken"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "ApiIdempotentRequest_createdAt_idx" ON "ApiIdempotentRequest"("createdAt");

-- CreateIndex
CREATE INDEX "ApiIdempotentRequest_tokenId_idx" ON "ApiIdempotentRequest"("tokenId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiIdempotentRequest_providerId_key_key" ON "ApiIdempotentRequest"("providerId", "key");

-- AddForeignKey
ALTER TABLE "DiscussionComment" ADD CONSTRAINT "DiscussionComment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionComment" ADD CONSTRAINT "DiscussionComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionComment" ADD CONSTRAINT "DiscussionComment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionCommentRevision" ADD CONSTRAINT "DiscussionCommentRevision_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "DiscussionComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionReadMarker" ADD CONSTRAINT "DiscussionReadMarker_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionReadMarker" ADD CONSTRAINT "DiscussionReadMarker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IscProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiIdempotentRequest" ADD CONSTRAINT "ApiIdempotentRequest_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IscProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiIdempotentRequest" ADD CONSTRAINT "ApiIdempotentRequest_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: what Prisma cannot express.
-- A token has at least one scope; an admin's token (no provider) reads exports and nothing else, and a
-- provider's token never reads exports.
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_scopes_check" CHECK (
  cardinality("scopes") > 0 AND CASE
    WHEN "providerId" IS NULL THEN "scopes" = ARRAY['EXPORTS_READ']::"ApiScope"[]
    ELSE NOT ('EXPORTS_READ' = ANY ("scopes"))
  END
);

-- A comment says something.
ALTER TABLE "DiscussionComment" ADD CONSTRAINT "DiscussionComment_body_check" CHECK (length(btrim("body")) > 0);
