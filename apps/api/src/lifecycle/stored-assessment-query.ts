/**
 * The partnership page's statement ($1 the partnership, $2 the reader's organisation): the partnership, its
 * reader's party (the tenancy check), its stored summary and assessment, and its parties' organisation
 * versions (what says whether the summary is current). Kept apart so that the benchmark's baseline runs the
 * very same statement.
 */
export const STORED_ASSESSMENT_SQL = `SELECT partnership.version, partnership.status,
          (SELECT json_agg(json_build_object('organisationId', party.organisation_id, 'role', party.role,
                                             'organisationVersion', organisation.version))
             FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
            WHERE party.partnership_id = partnership.id) AS parties,
          summary.version AS summary_version,
          summary.organisation_versions AS summary_organisation_versions,
          summary.valid_until AS summary_valid_until, summary.facts AS summary_facts,
          summary.computed_at AS summary_computed_at, summary.assessment
     FROM partnership
     JOIN partnership_party own ON own.partnership_id = partnership.id AND own.organisation_id = $2
     LEFT JOIN partnership_summary summary ON summary.partnership_id = partnership.id
    WHERE partnership.id = $1`;
