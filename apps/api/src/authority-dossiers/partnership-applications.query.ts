import type { HandoverApplicationSource } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';

interface ApplicationRow {
  partnership_id: string;
  action_key: string;
  organisation_id: string;
  status: HandoverApplicationSource['application']['status'];
  requested_amount: string | number;
  granted_amount: string | number | null;
  decided_on: string | null;
  conditions: string;
  funder_name: string;
  call_name: string;
  closes_on: string;
  tranches: Array<{
    label: string;
    expectedOn: string;
    expectedAmount: number;
    receivedOn: string | null;
    receivedAmount: number | null;
  }>;
  reports: HandoverApplicationSource['reports'];
}

/**
 * Every application of the partnerships' actions with its call, tranches and reports, in one statement,
 * oldest first: what the handover dossier's funding obligations are built from.
 */
const APPLICATIONS_SQL = `SELECT application.partnership_id, application.action_key, application.organisation_id,
          application.status, application.requested_amount, application.granted_amount,
          to_char(application.decided_on, 'YYYY-MM-DD') AS decided_on, application.conditions,
          call.funder_name, call.name AS call_name, to_char(call.closes_on, 'YYYY-MM-DD') AS closes_on,
          (SELECT coalesce(json_agg(json_build_object(
                    'label', tranche.label, 'expectedOn', to_char(tranche.expected_on, 'YYYY-MM-DD'),
                    'expectedAmount', tranche.expected_amount,
                    'receivedOn', to_char(tranche.received_on, 'YYYY-MM-DD'),
                    'receivedAmount', tranche.received_amount) ORDER BY tranche.expected_on, tranche.id), '[]')
             FROM funding_tranche tranche WHERE tranche.application_id = application.id) AS tranches,
          (SELECT coalesce(json_agg(json_build_object(
                    'kind', report.kind, 'dueOn', to_char(report.due_on, 'YYYY-MM-DD'),
                    'submittedOn', to_char(report.submitted_on, 'YYYY-MM-DD')) ORDER BY report.due_on, report.id), '[]')
             FROM funding_report report WHERE report.application_id = application.id) AS reports
     FROM funding_application application
     JOIN funding_call call ON call.id = application.call_id
    WHERE application.partnership_id = ANY($1::uuid[])
    ORDER BY application.created_at, application.id`;

/** The applications of each partnership's actions, by partnership id (none: an empty list). */
export async function loadPartnershipApplications(
  manager: EntityManager,
  partnershipIds: readonly string[],
): Promise<Map<string, HandoverApplicationSource[]>> {
  const byPartnership = new Map<string, HandoverApplicationSource[]>();
  if (partnershipIds.length === 0) return byPartnership;
  const rows: ApplicationRow[] = await manager.query(APPLICATIONS_SQL, [partnershipIds]);
  for (const row of rows) {
    const source: HandoverApplicationSource = {
      application: {
        actionId: row.action_key,
        status: row.status,
        requestedAmount: Number(row.requested_amount),
        grantedAmount: row.granted_amount === null ? null : Number(row.granted_amount),
        decidedOn: row.decided_on,
        conditions: row.conditions,
      },
      applicantId: row.organisation_id,
      call: { funderName: row.funder_name, name: row.call_name, closesOn: row.closes_on },
      // json_build_object writes numeric columns as JSON numbers.
      tranches: row.tranches.map((tranche) => ({
        ...tranche,
        expectedAmount: Number(tranche.expectedAmount),
        receivedAmount: tranche.receivedAmount === null ? null : Number(tranche.receivedAmount),
      })),
      reports: row.reports,
    };
    byPartnership.set(row.partnership_id, [...(byPartnership.get(row.partnership_id) ?? []), source]);
  }
  return byPartnership;
}
