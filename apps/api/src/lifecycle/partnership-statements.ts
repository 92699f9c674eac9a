// Statements over a partnership's own row, kept apart (and free of framework imports) so that the
// benchmark's baseline runs the very same SQL.
import { actionPartsOf } from './part-statements';

/** A partnership's parties in joining order, each with its organisation (a subquery over `partnership`). */
export const PARTIES_OF_PARTNERSHIP = `SELECT json_agg(json_build_object(
                    'organisationId', party.organisation_id, 'role', party.role, 'joinedAt', party.joined_at,
                    'governance', party.governance,
                    'organisation', json_build_object(
                      'id', organisation.id, 'name', organisation.name, 'kind', organisation.kind,
                      'countryCode', organisation.country_code, 'population', organisation.population,
                      'languages', organisation.languages, 'timeZone', organisation.time_zone,
                      'internetReliability', organisation.internet_reliability,
                      'phoneReliability', organisation.phone_reliability,
                      'usualChannels', organisation.usual_channels, 'version', organisation.version))
                    -- The initiator first when parties joined together (in the transaction creating it).
                    ORDER BY party.joined_at, party.role <> 'initiator')
             FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
            WHERE party.partnership_id = partnership.id`;

/**
 * Locks partnership $1 if organisation $2 is a party, counts a change in its revision and returns its row
 * with its parties, its suspension and termination (`lockForAppend`).
 */
export const LOCK_FOR_APPEND_SQL = `UPDATE partnership SET revision = revision + 1
    WHERE id = $1 AND EXISTS (SELECT 1 FROM partnership_party own
                               WHERE own.partnership_id = partnership.id AND own.organisation_id = $2)
    RETURNING id, title, form, approach, status, created_at, revision, suspension, termination, rupture,
              (${PARTIES_OF_PARTNERSHIP}) AS parties`;

/**
 * Action $2 of partnership $1 as stored (`lockForAppend`), read once the partnership's lock is held: a
 * statement of its own, so that it sees the action as the previous lock holder left it.
 */
export const ACTION_OF_PARTNERSHIP_SQL = `SELECT action.content, ${actionPartsOf('action')} AS parts
     FROM joint_action action WHERE action.partnership_id = $1 AND action.record_key = $2`;
