import { fundingDeadlinesOf, type FundingDeadline } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';

interface DeadlineRow {
  id: string;
  partnership_id: string;
  status: 'draft' | 'submitted' | 'granted' | 'refused' | 'withdrawn';
  organisation_id: string;
  call_name: string;
  closes_on: string;
  reports: Array<{ id: string; dueOn: string; submittedOn: string | null }>;
}

/**
 * A partnership's applications still asking something (drafts, grants with reports) with their call and
 * their reports, in one statement.
 */
const DEADLINE_SOURCES_SQL = `SELECT application.id, application.partnership_id, application.status, application.organisation_id,
          call.name AS call_name, to_char(call.closes_on, 'YYYY-MM-DD') AS closes_on,
          (SELECT coalesce(json_agg(json_build_object(
                    'id', report.id, 'dueOn', to_char(report.due_on, 'YYYY-MM-DD'),
                    'submittedOn', to_char(report.submitted_on, 'YYYY-MM-DD')) ORDER BY report.due_on), '[]')
             FROM funding_report report WHERE report.application_id = application.id) AS reports
     FROM funding_application application
     JOIN funding_call call ON call.id = application.call_id
    WHERE application.partnership_id = ANY($1::uuid[]) AND application.status IN ('draft', 'granted')
    ORDER BY application.created_at, application.id`;

/**
 * The funding deadlines of a partnership's actions (calls closing on drafts, reports due on grants): what
 * its reminders and its parties' inboxes read beside the partnership's own records.
 */
export async function loadFundingDeadlines(
  manager: EntityManager,
  partnershipIds: string | readonly string[],
): Promise<FundingDeadline[]> {
  const ids = typeof partnershipIds === 'string' ? [partnershipIds] : partnershipIds;
  if (ids.length === 0) return [];
  const rows: DeadlineRow[] = await manager.query(DEADLINE_SOURCES_SQL, [ids]);
  return fundingDeadlinesOf(
    rows.map((row) => ({
      partnershipId: row.partnership_id,
      organisationId: row.organisation_id,
      application: { id: row.id, status: row.status },
      call: { name: row.call_name, closesOn: row.closes_on },
      reports: row.reports,
    })),
  );
}
