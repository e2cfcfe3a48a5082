-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "sealedLink" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Erasure also redacts the audit entries that mention the person in their before/after (a
-- nomination's nomineeEmail, an ISC completion's candidate address), not only those by or about
-- their account. The erasing transaction declares, besides whom it erases, the strings that find
-- them (`SET LOCAL portal.audit_redaction_mentions = '["<address>", "<user id>", ...]'`, each at least
-- six characters); an entry whose before or after contains one may then be redacted under the same
-- rules as before: only the label (to 'erased person'), the request IP and the before/after change.
CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  erasing text := nullif(current_setting('portal.audit_redaction', true), '');
  mentions text := nullif(current_setting('portal.audit_redaction_mentions', true), '');
BEGIN
  IF TG_OP = 'UPDATE' AND erasing IS NOT NULL
     AND (OLD."actorId"::text = erasing OR OLD."entityId" = erasing
          OR (mentions IS NOT NULL AND EXISTS (
                SELECT 1 FROM jsonb_array_elements_text(mentions::jsonb) AS m(v)
                WHERE length(m.v) >= 6
                  AND (strpos(lower(coalesce(OLD."before"::text, '')), lower(m.v)) > 0
                       OR strpos(lower(coalesce(OLD."after"::text, '')), lower(m.v)) > 0))))
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
