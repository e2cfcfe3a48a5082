-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "NotificationMode" AS ENUM ('IMMEDIATE', 'DAILY_DIGEST');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REVIEWER', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "ActionTokenPurpose" AS ENUM ('NOMINATION_INVITE', 'MCT_APPLICATION_ACCEPT', 'UNSUBSCRIBE');

-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('PLANNED', 'OPEN', 'IN_REVIEW', 'DECIDING', 'CLOSED');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('INVITED', 'ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED', 'DECLINED', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "NominatorRelationship" AS ENUM ('COLLEAGUE', 'COMMUNITY_PEER', 'EVENT_ORGANISER', 'MENTOR', 'MICROSOFT_CONTACT', 'OTHER');

-- CreateEnum
CREATE TYPE "ContributionType" AS ENUM ('BLOG', 'BOOK', 'CODE_SAMPLE', 'OPEN_SOURCE', 'VIDEO', 'PODCAST', 'SPEAKING_CONFERENCE', 'SPEAKING_USER_GROUP', 'SPEAKING_MICROSOFT_EVENT', 'WORKSHOP', 'FORUM_ANSWERS', 'FORUM_MODERATION', 'MENTORING', 'TECHNICAL_SOCIAL_MEDIA', 'PRODUCT_FEEDBACK', 'TRANSLATION_REVIEW', 'EVENT_ORGANISER', 'SITE_OWNER', 'COURSE', 'OTHER');

-- CreateEnum
CREATE TYPE "ContributionRole" AS ENUM ('AUTHOR', 'CO_AUTHOR', 'SPEAKER', 'CO_SPEAKER', 'HOST', 'ORGANISER', 'MAINTAINER', 'CONTRIBUTOR', 'MODERATOR', 'MENTOR', 'REVIEWER', 'TRANSLATOR', 'OTHER');

-- CreateEnum
CREATE TYPE "TargetAudience" AS ENUM ('DEVELOPERS', 'IT_PROFESSIONALS', 'DATA_AND_AI_PRACTITIONERS', 'SECURITY_PROFESSIONALS', 'BUSINESS_USERS', 'STUDENTS', 'EDUCATORS', 'GENERAL_PUBLIC');

-- CreateEnum
CREATE TYPE "ReachMetric" AS ENUM ('VIEWS', 'ATTENDEES', 'SESSIONS', 'SUBSCRIBERS', 'LISTENS', 'ANSWERS', 'COPIES_SOLD', 'DOWNLOADS', 'STARS', 'FORKS', 'CONTRIBUTORS', 'FOLLOWERS', 'POSTS', 'MENTEES', 'STUDENTS', 'ENROLMENTS', 'MEMBERS', 'FEEDBACK_ITEMS', 'PAGE_VISIT_SECONDS');

-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('NOMINATION', 'RENEWAL');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'DECIDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AssignmentMethod" AS ENUM ('MANUAL', 'AUTOMATIC');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'REMOVED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('AWARD', 'NO_AWARD');

-- CreateEnum
CREATE TYPE "RenewalStatus" AS ENUM ('OPEN', 'SUBMITTED', 'UNDER_REVIEW', 'RENEWED', 'NOT_RENEWED', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MCT_PROGRAM', 'MCT_ALUMNI', 'MVP_CODE_OF_CONDUCT', 'MVP_NDA');

-- CreateEnum
CREATE TYPE "CertificationLevel" AS ENUM ('FUNDAMENTALS', 'ASSOCIATE', 'EXPERT', 'SPECIALTY', 'MOS', 'BUSINESS_USER');

-- CreateEnum
CREATE TYPE "MctApplicationKind" AS ENUM ('NEW', 'REINSTATEMENT');

-- CreateEnum
CREATE TYPE "EnrollmentChannel" AS ENUM ('SELF_SERVICE', 'PROVIDER');

-- CreateEnum
CREATE TYPE "MctApplicationStatus" AS ENUM ('AWAITING_CANDIDATE', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'ALUMNI', 'LAPSED');

-- CreateEnum
CREATE TYPE "MctRenewalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DeliveryFormat" AS ENUM ('IN_PERSON', 'VIRTUAL', 'HYBRID');

-- CreateEnum
CREATE TYPE "LoungeStatus" AS ENUM ('REQUESTED', 'GRANTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('ISC_COMPLETIONS', 'EVIDENCE_ITEMS', 'TRAINING_DELIVERIES');

-- CreateEnum
CREATE TYPE "NotificationUrgency" AS ENUM ('IMMEDIATE', 'DIGESTIBLE');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'DIGESTED');

-- CreateEnum
CREATE TYPE "PrivacyRequestKind" AS ENUM ('EXPORT', 'ERASURE');

-- CreateEnum
CREATE TYPE "PrivacyRequestStatus" AS ENUM ('REQUESTED', 'COMPLETED', 'REJECTED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200),
    "email" VARCHAR(320) NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'UTC',
    "notificationMode" "NotificationMode" NOT NULL DEFAULT 'IMMEDIATE',
    "anonymizedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "grantedById" UUID,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("userId","role")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "ActionToken" (
    "id" UUID NOT NULL,
    "purpose" "ActionTokenPurpose" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "subjectId" UUID NOT NULL,
    "userId" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardCategory" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "description" VARCHAR(2000) NOT NULL DEFAULT '',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AwardCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocusArea" (
    "id" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FocusArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardCycle" (
    "id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'PLANNED',
    "nominationsOpenAt" TIMESTAMPTZ(3) NOT NULL,
    "nominationsCloseAt" TIMESTAMPTZ(3) NOT NULL,
    "submissionDeadline" TIMESTAMPTZ(3) NOT NULL,
    "reviewDueAt" TIMESTAMPTZ(3) NOT NULL,
    "renewalDeadline" TIMESTAMPTZ(3) NOT NULL,
    "reviewClosedAt" TIMESTAMPTZ(3),
    "awardStartsOn" DATE NOT NULL,
    "reviewersPerSubmission" INTEGER NOT NULL DEFAULT 3,
    "scoreMin" INTEGER NOT NULL DEFAULT 1,
    "scoreMax" INTEGER NOT NULL DEFAULT 5,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AwardCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCriterion" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "key" VARCHAR(60) NOT NULL,
    "label" VARCHAR(120) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "weight" DECIMAL(6,3) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "nominatorId" UUID NOT NULL,
    "nomineeId" UUID,
    "nomineeName" VARCHAR(200) NOT NULL,
    "nomineeEmail" VARCHAR(320) NOT NULL,
    "categoryId" UUID NOT NULL,
    "focusAreaId" UUID,
    "statement" VARCHAR(4000) NOT NULL,
    "relationship" "NominatorRelationship" NOT NULL,
    "relationshipDetail" VARCHAR(300),
    "status" "NominationStatus" NOT NULL DEFAULT 'INVITED',
    "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inviteExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "respondedAt" TIMESTAMPTZ(3),
    "declineReason" VARCHAR(1000),
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationEvent" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "status" "NominationStatus" NOT NULL,
    "note" VARCHAR(1000),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NominationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "endorserId" UUID NOT NULL,
    "statement" VARCHAR(4000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "type" "ContributionType" NOT NULL,
    "role" "ContributionRole" NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "url" VARCHAR(2048),
    "audience" "TargetAudience" NOT NULL,
    "categoryId" UUID,
    "focusAreaId" UUID,
    "isPaid" BOOLEAN NOT NULL DEFAULT false,
    "isFullTimeJob" BOOLEAN NOT NULL DEFAULT false,
    "privateNote" VARCHAR(1000),
    "isHighImpact" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceMetric" (
    "evidenceItemId" UUID NOT NULL,
    "metric" "ReachMetric" NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "EvidenceMetric_pkey" PRIMARY KEY ("evidenceItemId","metric")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" UUID NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "nominationId" UUID,
    "renewalId" UUID,
    "candidateId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "focusAreaId" UUID,
    "windowStart" DATE NOT NULL,
    "windowEnd" DATE NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionItem" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "sourceItemId" UUID,
    "position" INTEGER NOT NULL,
    "type" "ContributionType" NOT NULL,
    "role" "ContributionRole" NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "url" VARCHAR(2048),
    "audience" "TargetAudience" NOT NULL,
    "technologyArea" VARCHAR(250),
    "isPaid" BOOLEAN NOT NULL,
    "privateNote" VARCHAR(1000),
    "isHighImpact" BOOLEAN NOT NULL,
    "metrics" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SubmissionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerCategory" (
    "reviewerId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,

    CONSTRAINT "ReviewerCategory_pkey" PRIMARY KEY ("reviewerId","categoryId")
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "assignedById" UUID,
    "method" "AssignmentMethod" NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'ASSIGNED',
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "confidence" INTEGER,
    "committeeComment" VARCHAR(5000),
    "candidateFeedback" VARCHAR(5000),
    "submittedAt" TIMESTAMPTZ(3),
    "removedAt" TIMESTAMPTZ(3),
    "removedReason" VARCHAR(500),
    "lastRemindedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "assignmentId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("assignmentId","criterionId")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "feedback" VARCHAR(5000) NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMPTZ(3),
    "releasedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "focusAreaId" UUID,
    "cycleId" UUID NOT NULL,
    "submissionId" UUID,
    "renewsId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MvpRenewal" (
    "id" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "status" "RenewalStatus" NOT NULL DEFAULT 'OPEN',
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MvpRenewal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "version" VARCHAR(40) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "awardId" UUID,
    "acceptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "level" "CertificationLevel" NOT NULL,
    "isEligible" BOOLEAN NOT NULL,
    "validityMonths" INTEGER,
    "retiredOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateCertification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "certificationId" UUID NOT NULL,
    "credentialId" VARCHAR(80) NOT NULL,
    "earnedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IscProvider" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "contactEmail" VARCHAR(320) NOT NULL,
    "website" VARCHAR(2048),
    "approvedFrom" DATE NOT NULL,
    "approvedUntil" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IscProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderStaff" (
    "providerId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "addedById" UUID,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderStaff_pkey" PRIMARY KEY ("providerId","userId")
);

-- CreateTable
CREATE TABLE "IscCompletion" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "candidateName" VARCHAR(200) NOT NULL,
    "candidateEmail" VARCHAR(320) NOT NULL,
    "userId" UUID,
    "completedOn" DATE NOT NULL,
    "certificateId" VARCHAR(80) NOT NULL,
    "confirmedById" UUID NOT NULL,
    "importBatchId" UUID,
    "confirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IscCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "selfServiceEnabled" BOOLEAN NOT NULL DEFAULT true,
    "selfServiceOffReason" VARCHAR(1000),
    "mctFeeCents" INTEGER NOT NULL DEFAULT 0,
    "mctFeeCurrency" CHAR(3) NOT NULL DEFAULT 'USD',
    "mctFeeWaived" BOOLEAN NOT NULL DEFAULT true,
    "mctFeeWaiverNote" VARCHAR(500),
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'America/Los_Angeles',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "ProgramSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrollmentPause" (
    "id" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EnrollmentPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MctApplication" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "kind" "MctApplicationKind" NOT NULL DEFAULT 'NEW',
    "channel" "EnrollmentChannel" NOT NULL,
    "providerId" UUID,
    "initiatedById" UUID,
    "iscCompletionId" UUID,
    "candidateCertificationId" UUID,
    "agreementAcceptanceId" UUID,
    "status" "MctApplicationStatus" NOT NULL,
    "feeCents" INTEGER NOT NULL DEFAULT 0,
    "feeWaived" BOOLEAN NOT NULL DEFAULT true,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "rejectionReason" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MctApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MctMembership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "memberSince" DATE NOT NULL,
    "alumniSince" DATE,
    "lapsedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MctMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MctMembershipTerm" (
    "id" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "applicationId" UUID,
    "renewalId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MctMembershipTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MctRenewal" (
    "id" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "status" "MctRenewalStatus" NOT NULL DEFAULT 'DRAFT',
    "agreementAcceptanceId" UUID,
    "candidateCertificationId" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "adminNote" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MctRenewal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingDelivery" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "membershipId" UUID,
    "renewalId" UUID,
    "courseCode" VARCHAR(40) NOT NULL,
    "courseTitle" VARCHAR(200) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "format" "DeliveryFormat" NOT NULL,
    "studentCount" INTEGER NOT NULL,
    "trainingPartner" VARCHAR(200) NOT NULL,
    "satisfactionScore" DECIMAL(4,2),
    "importBatchId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoungeAccess" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "LoungeStatus" NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grantedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" VARCHAR(500),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoungeAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "userId" UUID NOT NULL,
    "providerId" UUID,
    "fileName" VARCHAR(255) NOT NULL,
    "rowsTotal" INTEGER NOT NULL,
    "rowsImported" INTEGER NOT NULL,
    "rowsRejected" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormDraft" (
    "userId" UUID NOT NULL,
    "formKey" VARCHAR(200) NOT NULL,
    "data" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FormDraft_pkey" PRIMARY KEY ("userId","formKey")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorLabel" VARCHAR(320) NOT NULL,
    "action" VARCHAR(80) NOT NULL,
    "entityType" VARCHAR(60) NOT NULL,
    "entityId" VARCHAR(80) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestIp" VARCHAR(64),

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "toEmail" VARCHAR(320) NOT NULL,
    "template" VARCHAR(80) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "urgency" "NotificationUrgency" NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'QUEUED',
    "dedupeKey" VARCHAR(200),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" VARCHAR(2000),
    "providerMessageId" VARCHAR(300),
    "digestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivacyRequest" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "PrivacyRequestKind" NOT NULL,
    "status" "PrivacyRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" VARCHAR(2000),
    "handledById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PrivacyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE INDEX "UserRole_role_idx" ON "UserRole"("role");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionToken_tokenHash_key" ON "ActionToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ActionToken_purpose_subjectId_idx" ON "ActionToken"("purpose", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardCategory_slug_key" ON "AwardCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "AwardCategory_name_key" ON "AwardCategory"("name");

-- CreateIndex
CREATE UNIQUE INDEX "FocusArea_categoryId_slug_key" ON "FocusArea"("categoryId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "FocusArea_categoryId_name_key" ON "FocusArea"("categoryId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AwardCycle_name_key" ON "AwardCycle"("name");

-- CreateIndex
CREATE INDEX "AwardCycle_status_idx" ON "AwardCycle"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCriterion_cycleId_key_key" ON "ReviewCriterion"("cycleId", "key");

-- CreateIndex
CREATE INDEX "Nomination_nominatorId_createdAt_idx" ON "Nomination"("nominatorId", "createdAt");

-- CreateIndex
CREATE INDEX "Nomination_nomineeId_idx" ON "Nomination"("nomineeId");

-- CreateIndex
CREATE INDEX "Nomination_nomineeEmail_idx" ON "Nomination"("nomineeEmail");

-- CreateIndex
CREATE INDEX "Nomination_cycleId_categoryId_status_idx" ON "Nomination"("cycleId", "categoryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_open_nominee_category_key" ON "Nomination"("nomineeEmail", "categoryId") WHERE (status = ANY (ARRAY['INVITED'::"NominationStatus", 'ACCEPTED'::"NominationStatus", 'SUBMITTED'::"NominationStatus", 'UNDER_REVIEW'::"NominationStatus"]));

-- CreateIndex
CREATE INDEX "NominationEvent_nominationId_at_idx" ON "NominationEvent"("nominationId", "at");

-- CreateIndex
CREATE INDEX "Endorsement_endorserId_idx" ON "Endorsement"("endorserId");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_nominationId_endorserId_key" ON "Endorsement"("nominationId", "endorserId");

-- CreateIndex
CREATE INDEX "EvidenceItem_ownerId_startDate_idx" ON "EvidenceItem"("ownerId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_nominationId_key" ON "Submission"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_renewalId_key" ON "Submission"("renewalId");

-- CreateIndex
CREATE INDEX "Submission_cycleId_categoryId_status_idx" ON "Submission"("cycleId", "categoryId", "status");

-- CreateIndex
CREATE INDEX "Submission_candidateId_idx" ON "Submission"("candidateId");

-- CreateIndex
CREATE INDEX "SubmissionItem_sourceItemId_idx" ON "SubmissionItem"("sourceItemId");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionItem_submissionId_position_key" ON "SubmissionItem"("submissionId", "position");

-- CreateIndex
CREATE INDEX "ReviewerCategory_categoryId_idx" ON "ReviewerCategory"("categoryId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_reviewerId_status_dueAt_idx" ON "ReviewAssignment"("reviewerId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "ReviewAssignment_status_dueAt_idx" ON "ReviewAssignment"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_submissionId_reviewerId_key" ON "ReviewAssignment"("submissionId", "reviewerId");

-- CreateIndex
CREATE INDEX "ReviewScore_criterionId_idx" ON "ReviewScore"("criterionId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_submissionId_idx" ON "ConflictDeclaration"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_reviewerId_submissionId_key" ON "ConflictDeclaration"("reviewerId", "submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_submissionId_key" ON "Decision"("submissionId");

-- CreateIndex
CREATE INDEX "Decision_releasedAt_idx" ON "Decision"("releasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Award_submissionId_key" ON "Award"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_renewsId_key" ON "Award"("renewsId");

-- CreateIndex
CREATE INDEX "Award_userId_endsOn_idx" ON "Award"("userId", "endsOn");

-- CreateIndex
CREATE INDEX "Award_categoryId_startsOn_idx" ON "Award"("categoryId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Award_userId_categoryId_startsOn_key" ON "Award"("userId", "categoryId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "MvpRenewal_awardId_key" ON "MvpRenewal"("awardId");

-- CreateIndex
CREATE INDEX "MvpRenewal_userId_idx" ON "MvpRenewal"("userId");

-- CreateIndex
CREATE INDEX "MvpRenewal_cycleId_status_idx" ON "MvpRenewal"("cycleId", "status");

-- CreateIndex
CREATE INDEX "Agreement_kind_effectiveFrom_idx" ON "Agreement"("kind", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_kind_version_key" ON "Agreement"("kind", "version");

-- CreateIndex
CREATE INDEX "AgreementAcceptance_awardId_idx" ON "AgreementAcceptance"("awardId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAcceptance_userId_agreementId_key" ON "AgreementAcceptance"("userId", "agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_code_key" ON "Certification"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_name_key" ON "Certification"("name");

-- CreateIndex
CREATE INDEX "Certification_isEligible_idx" ON "Certification"("isEligible");

-- CreateIndex
CREATE INDEX "CandidateCertification_userId_idx" ON "CandidateCertification"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateCertification_certificationId_credentialId_key" ON "CandidateCertification"("certificationId", "credentialId");

-- CreateIndex
CREATE UNIQUE INDEX "IscProvider_slug_key" ON "IscProvider"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "IscProvider_name_key" ON "IscProvider"("name");

-- CreateIndex
CREATE INDEX "ProviderStaff_userId_idx" ON "ProviderStaff"("userId");

-- CreateIndex
CREATE INDEX "IscCompletion_providerId_confirmedAt_idx" ON "IscCompletion"("providerId", "confirmedAt");

-- CreateIndex
CREATE INDEX "IscCompletion_candidateEmail_idx" ON "IscCompletion"("candidateEmail");

-- CreateIndex
CREATE INDEX "IscCompletion_userId_idx" ON "IscCompletion"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "IscCompletion_providerId_certificateId_key" ON "IscCompletion"("providerId", "certificateId");

-- CreateIndex
CREATE INDEX "EnrollmentPause_startsOn_endsOn_idx" ON "EnrollmentPause"("startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "MctApplication_status_createdAt_idx" ON "MctApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MctApplication_providerId_createdAt_idx" ON "MctApplication"("providerId", "createdAt");

-- CreateIndex
CREATE INDEX "MctApplication_candidateId_idx" ON "MctApplication"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "MctApplication_open_candidate_key" ON "MctApplication"("candidateId") WHERE (status = ANY (ARRAY['AWAITING_CANDIDATE'::"MctApplicationStatus", 'SUBMITTED'::"MctApplicationStatus"]));

-- CreateIndex
CREATE UNIQUE INDEX "MctMembership_userId_key" ON "MctMembership"("userId");

-- CreateIndex
CREATE INDEX "MctMembership_status_idx" ON "MctMembership"("status");

-- CreateIndex
CREATE UNIQUE INDEX "MctMembershipTerm_applicationId_key" ON "MctMembershipTerm"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "MctMembershipTerm_renewalId_key" ON "MctMembershipTerm"("renewalId");

-- CreateIndex
CREATE INDEX "MctMembershipTerm_endsOn_idx" ON "MctMembershipTerm"("endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "MctMembershipTerm_membershipId_startsOn_key" ON "MctMembershipTerm"("membershipId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "MctRenewal_termId_key" ON "MctRenewal"("termId");

-- CreateIndex
CREATE INDEX "MctRenewal_status_submittedAt_idx" ON "MctRenewal"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "TrainingDelivery_userId_startDate_idx" ON "TrainingDelivery"("userId", "startDate");

-- CreateIndex
CREATE INDEX "TrainingDelivery_renewalId_idx" ON "TrainingDelivery"("renewalId");

-- CreateIndex
CREATE INDEX "TrainingDelivery_format_startDate_idx" ON "TrainingDelivery"("format", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "LoungeAccess_userId_key" ON "LoungeAccess"("userId");

-- CreateIndex
CREATE INDEX "LoungeAccess_status_idx" ON "LoungeAccess"("status");

-- CreateIndex
CREATE INDEX "ImportBatch_userId_createdAt_idx" ON "ImportBatch"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportBatch_providerId_createdAt_idx" ON "ImportBatch"("providerId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_status_createdAt_idx" ON "Notification"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_template_createdAt_idx" ON "Notification"("template", "createdAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_status_requestedAt_idx" ON "PrivacyRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_userId_idx" ON "PrivacyRequest"("userId");

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionToken" ADD CONSTRAINT "ActionToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusArea" ADD CONSTRAINT "FocusArea_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCriterion" ADD CONSTRAINT "ReviewCriterion_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AwardCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AwardCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_nominatorId_fkey" FOREIGN KEY ("nominatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_nomineeId_fkey" FOREIGN KEY ("nomineeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_focusAreaId_fkey" FOREIGN KEY ("focusAreaId") REFERENCES "FocusArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationEvent" ADD CONSTRAINT "NominationEvent_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_endorserId_fkey" FOREIGN KEY ("endorserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_focusAreaId_fkey" FOREIGN KEY ("focusAreaId") REFERENCES "FocusArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceMetric" ADD CONSTRAINT "EvidenceMetric_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_renewalId_fkey" FOREIGN KEY ("renewalId") REFERENCES "MvpRenewal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AwardCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_focusAreaId_fkey" FOREIGN KEY ("focusAreaId") REFERENCES "FocusArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionItem" ADD CONSTRAINT "SubmissionItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionItem" ADD CONSTRAINT "SubmissionItem_sourceItemId_fkey" FOREIGN KEY ("sourceItemId") REFERENCES "EvidenceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerCategory" ADD CONSTRAINT "ReviewerCategory_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerCategory" ADD CONSTRAINT "ReviewerCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ReviewAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ReviewCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_focusAreaId_fkey" FOREIGN KEY ("focusAreaId") REFERENCES "FocusArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AwardCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_renewsId_fkey" FOREIGN KEY ("renewsId") REFERENCES "Award"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MvpRenewal" ADD CONSTRAINT "MvpRenewal_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MvpRenewal" ADD CONSTRAINT "MvpRenewal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MvpRenewal" ADD CONSTRAINT "MvpRenewal_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AwardCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MvpRenewal" ADD CONSTRAINT "MvpRenewal_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateCertification" ADD CONSTRAINT "CandidateCertification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateCertification" ADD CONSTRAINT "CandidateCertification_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderStaff" ADD CONSTRAINT "ProviderStaff_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IscProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderStaff" ADD CONSTRAINT "ProviderStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderStaff" ADD CONSTRAINT "ProviderStaff_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IscCompletion" ADD CONSTRAINT "IscCompletion_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IscProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IscCompletion" ADD CONSTRAINT "IscCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IscCompletion" ADD CONSTRAINT "IscCompletion_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IscCompletion" ADD CONSTRAINT "IscCompletion_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentPause" ADD CONSTRAINT "EnrollmentPause_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IscProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_initiatedById_fkey" FOREIGN KEY ("initiatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_iscCompletionId_fkey" FOREIGN KEY ("iscCompletionId") REFERENCES "IscCompletion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_candidateCertificationId_fkey" FOREIGN KEY ("candidateCertificationId") REFERENCES "CandidateCertification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_agreementAcceptanceId_fkey" FOREIGN KEY ("agreementAcceptanceId") REFERENCES "AgreementAcceptance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctApplication" ADD CONSTRAINT "MctApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctMembership" ADD CONSTRAINT "MctMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctMembershipTerm" ADD CONSTRAINT "MctMembershipTerm_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "MctMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctMembershipTerm" ADD CONSTRAINT "MctMembershipTerm_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "MctApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctMembershipTerm" ADD CONSTRAINT "MctMembershipTerm_renewalId_fkey" FOREIGN KEY ("renewalId") REFERENCES "MctRenewal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctRenewal" ADD CONSTRAINT "MctRenewal_termId_fkey" FOREIGN KEY ("termId") REFERENCES "MctMembershipTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctRenewal" ADD CONSTRAINT "MctRenewal_agreementAcceptanceId_fkey" FOREIGN KEY ("agreementAcceptanceId") REFERENCES "AgreementAcceptance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctRenewal" ADD CONSTRAINT "MctRenewal_candidateCertificationId_fkey" FOREIGN KEY ("candidateCertificationId") REFERENCES "CandidateCertification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MctRenewal" ADD CONSTRAINT "MctRenewal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingDelivery" ADD CONSTRAINT "TrainingDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingDelivery" ADD CONSTRAINT "TrainingDelivery_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "MctMembership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingDelivery" ADD CONSTRAINT "TrainingDelivery_renewalId_fkey" FOREIGN KEY ("renewalId") REFERENCES "MctRenewal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingDelivery" ADD CONSTRAINT "TrainingDelivery_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoungeAccess" ADD CONSTRAINT "LoungeAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IscProvider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormDraft" ADD CONSTRAINT "FormDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Written by hand: rules Prisma's schema language cannot express. Prisma's diff ignores check
-- ─── constraints and triggers, so the drift test stays meaningful.

ALTER TABLE "AwardCycle"
  ADD CONSTRAINT "AwardCycle_score_scale_check" CHECK ("scoreMin" >= 0 AND "scoreMin" < "scoreMax"),
  ADD CONSTRAINT "AwardCycle_reviewers_check" CHECK ("reviewersPerSubmission" BETWEEN 1 AND 10),
  ADD CONSTRAINT "AwardCycle_dates_check" CHECK ("nominationsOpenAt" < "nominationsCloseAt" AND "nominationsCloseAt" <= "submissionDeadline");
ALTER TABLE "ReviewCriterion" ADD CONSTRAINT "ReviewCriterion_weight_check" CHECK ("weight" > 0);
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_confidence_check" CHECK ("confidence" IS NULL OR "confidence" BETWEEN 1 AND 4);
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_score_check" CHECK ("score" >= 0);
ALTER TABLE "Submission"
  ADD CONSTRAINT "Submission_source_check" CHECK (
    ("kind" = 'NOMINATION' AND "nominationId" IS NOT NULL AND "renewalId" IS NULL) OR
    ("kind" = 'RENEWAL' AND "renewalId" IS NOT NULL AND "nominationId" IS NULL)),
  ADD CONSTRAINT "Submission_window_check" CHECK ("windowStart" <= "windowEnd");
ALTER TABLE "EvidenceItem"
  ADD CONSTRAINT "EvidenceItem_dates_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"),
  ADD CONSTRAINT "EvidenceItem_url_check" CHECK ("url" IS NULL OR "url" ~* '^https?://');
ALTER TABLE "EvidenceMetric" ADD CONSTRAINT "EvidenceMetric_value_check" CHECK ("value" >= 0);
ALTER TABLE "Award" ADD CONSTRAINT "Award_dates_check" CHECK ("endsOn" > "startsOn");
ALTER TABLE "IscProvider" ADD CONSTRAINT "IscProvider_approval_check" CHECK ("approvedUntil" >= "approvedFrom");
ALTER TABLE "CandidateCertification" ADD CONSTRAINT "CandidateCertification_dates_check" CHECK ("expiresOn" IS NULL OR "expiresOn" >= "earnedOn");
ALTER TABLE "EnrollmentPause" ADD CONSTRAINT "EnrollmentPause_dates_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "ProgramSettings"
  ADD CONSTRAINT "ProgramSettings_singleton_check" CHECK ("id" = 1),
  ADD CONSTRAINT "ProgramSettings_fee_check" CHECK ("mctFeeCents" >= 0);
ALTER TABLE "MctApplication"
  ADD CONSTRAINT "MctApplication_channel_check" CHECK ("channel" <> 'PROVIDER' OR "providerId" IS NOT NULL),
  ADD CONSTRAINT "MctApplication_fee_check" CHECK ("feeCents" >= 0);
ALTER TABLE "MctMembershipTerm" ADD CONSTRAINT "MctMembershipTerm_dates_check" CHECK ("endsOn" > "startsOn");
ALTER TABLE "TrainingDelivery"
  ADD CONSTRAINT "TrainingDelivery_dates_check" CHECK ("endDate" >= "startDate"),
  ADD CONSTRAINT "TrainingDelivery_students_check" CHECK ("studentCount" >= 0),
  ADD CONSTRAINT "TrainingDelivery_satisfaction_check" CHECK ("satisfactionScore" IS NULL OR "satisfactionScore" BETWEEN 1 AND 9);
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_rows_check" CHECK ("rowsTotal" >= 0 AND "rowsImported" >= 0 AND "rowsRejected" >= 0);
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_attempts_check" CHECK ("attempts" >= 0);

-- The audit log is append-only for everyone, admins and the application included.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
