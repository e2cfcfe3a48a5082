-- CreateTable
CREATE TABLE "DashboardSnapshot" (
    "key" VARCHAR(400) NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,
    "charts" JSONB NOT NULL,

    CONSTRAINT "DashboardSnapshot_pkey" PRIMARY KEY ("key")
);
