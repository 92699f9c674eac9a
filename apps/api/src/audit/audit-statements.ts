// The audit trail's statements, free of framework imports so that the benchmark's baseline runs them too.

/** Inserts the `AuditRow`s of the JSON array parameter `$n` (the caller's placement), e.g. in a CTE. */
export function auditRowsInsert(parameter: string): string {
  return `INSERT INTO audit_event (organisation_id, actor_user_id, entity_type, entity_id, action, changes,
                              request_id)
     SELECT entry."organisationId", entry."actorUserId", entry."entityType", entry."entityId", entry.action,
            entry.changes, entry."requestId"
       FROM jsonb_to_recordset(${parameter}::jsonb) AS entry("organisationId" uuid, "actorUserId" uuid,
            "entityType" varchar, "entityId" varchar, action varchar, changes jsonb, "requestId" varchar)`;
}
