import type { DataSource } from 'typeorm';
import type { AuditChanges } from '../audit/audit-event.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names for the ids a page of the trail shows, so that an administrator reads "Ville de Bamako" rather than
 * a uuid. Each name is one the reader's organisation may see: any authority (their names are public in the
 * directory), its own people and those of the authorities it is in partnership with, the partnerships it is
 * party to, and its own territory actors.
 */
const NAMES_SQL = `
  SELECT id::text AS id, name FROM organisation WHERE id = ANY($1::uuid[])
  UNION ALL
  SELECT person.id::text, person.display_name
    FROM app_user person
   WHERE person.id = ANY($1::uuid[])
     AND (person.organisation_id = $2
          OR EXISTS (SELECT 1
                       FROM partnership_party ours
                       JOIN partnership_party theirs ON theirs.partnership_id = ours.partnership_id
                      WHERE ours.organisation_id = $2 AND theirs.organisation_id = person.organisation_id))
  UNION ALL
  SELECT partnership.id::text, partnership.title
    FROM partnership
   WHERE partnership.id = ANY($1::uuid[])
     AND EXISTS (SELECT 1 FROM partnership_party ours
                  WHERE ours.partnership_id = partnership.id AND ours.organisation_id = $2)
  UNION ALL
  SELECT id::text, name FROM territory_actor WHERE id = ANY($1::uuid[]) AND organisation_id = $2`;

export async function auditNames(
  dataSource: DataSource,
  organisationId: string,
  events: ReadonlyArray<{ entityId: string; changes: AuditChanges }>,
): Promise<Record<string, string>> {
  const ids = [...new Set(events.flatMap((event) => [event.entityId, ...idsIn(event.changes)]))].filter(
    (id) => UUID.test(id),
  );
  if (ids.length === 0) return {};
  const rows = await dataSource.query<Array<{ id: string; name: string }>>(NAMES_SQL, [ids, organisationId]);
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}

/** The uuid-looking strings among the changed values, one level of arrays deep (`partyIds: [...]`). */
function idsIn(changes: AuditChanges): string[] {
  return Object.values(changes).flatMap(({ before, after }) =>
    [before, after].flatMap((value) => (Array.isArray(value) ? value : [value])).filter(isUuid),
  );
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
