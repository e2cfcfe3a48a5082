-- When a person chose their time zone (in their profile, at sign-up from their browser, or by
-- taking their browser's zone on a first visit). Null: never chosen, so the portal offers the
-- browser's zone at the next visit.
ALTER TABLE "User" ADD COLUMN "timeZoneChosenAt" TIMESTAMPTZ(3);

-- Anyone whose zone is not the default chose it.
UPDATE "User" SET "timeZoneChosenAt" = CURRENT_TIMESTAMP WHERE "timeZone" <> 'UTC';
