// The statements that read stored summaries, kept apart (and free of imports) so that the benchmark's
// baseline runs the very same SQL.

/**
 * What says whether a partnership's stored summary is current (`isStoredSummaryCurrent`), as a statement
 * joining it as `summary` selects it.
 */
export const SUMMARY_STATE_COLUMNS = `summary.revision AS summary_revision,
          summary.organisation_versions AS summary_organisation_versions,
          summary.valid_until AS summary_valid_until, summary.computed_at AS summary_computed_at,
          summary.portfolio_facets AS summary_facets`;

/**
 * The partnership page's statement ($1 the partnership, $2 the reader's organisation): the partnership, its
 * reader's party (the tenancy check), its stored summary and assessment, and its parties' organisation
 * versions (what says whether the summary is current). The assessment comes as UTF-8 bytes (`bytea`), sent
 * as they are: the driver decodes no text and the API encodes none.
 */
export const STORED_ASSESSMENT_SQL = `SELECT partnership.revision, partnership.status,
          (SELECT json_agg(json_build_object('organisationId', party.organisation_id, 'role', party.role,
                                             'organisationVersion', organisation.version))
             FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
            WHERE party.partnership_id = partnership.id) AS parties,
          ${SUMMARY_STATE_COLUMNS}, convert_to(summary.assessment, 'UTF8') AS assessment
     FROM partnership
     JOIN partnership_party own ON own.partnership_id = partnership.id AND own.organisation_id = $2
     LEFT JOIN partnership_summary summary ON summary.partnership_id = partnership.id
    WHERE partnership.id = $1`;

/** The most partnerships a portfolio shows (it filters and sorts them in memory). */
export const PORTFOLIO_MAX_PARTNERSHIPS = 2000;

/**
 * The portfolio's statement ($1 the reader's organisation): the partnerships it is a party to, newest first,
 * each with its parties' organisation versions, its stored summary's state and facets (what the dashboard
 * filters, sorts and counts by), and the reader's stored row as UTF-8 bytes (`bytea`: the driver hands
 * them over as a Buffer without decoding text).
 */
export const PORTFOLIO_SQL = `SELECT partnership.id, partnership.status, partnership.revision,
          (SELECT json_agg(json_build_object('organisationId', party.organisation_id, 'role', party.role,
                                             'organisationVersion', organisation.version))
             FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
            WHERE party.partnership_id = partnership.id) AS parties,
          ${SUMMARY_STATE_COLUMNS},
          convert_to(summary.portfolio_rows ->> $1::uuid::text, 'UTF8') AS row_json
     FROM partnership
     JOIN partnership_party own ON own.partnership_id = partnership.id AND own.organisation_id = $1::uuid
     LEFT JOIN partnership_summary summary ON summary.partnership_id = partnership.id
    ORDER BY partnership.created_at DESC
    LIMIT ${PORTFOLIO_MAX_PARTNERSHIPS}`;

/** The reader's home country, which the portfolio's map centres on ($1 the reader's organisation). */
export const PORTFOLIO_HOME_SQL = 'SELECT country_code FROM organisation WHERE id = $1';
