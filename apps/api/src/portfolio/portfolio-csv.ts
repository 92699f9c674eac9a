import { HEALTH_COMPONENT_IDS } from '@passerelle/domain';
import type { PortfolioRowView } from '../lifecycle/dto/portfolio-row.dto';

const COLUMNS: ReadonlyArray<[header: string, value: (row: PortfolioRowView) => string | number | null]> = [
  ['title', (row) => row.title],
  ['status', (row) => row.status],
  ['your_role', (row) => row.yourRole],
  ['current_step', (row) => row.currentStep],
  ['steps_done', (row) => row.stepsDone],
  ['health_score', (row) => row.health.score],
  // Every component of the domain's health score, so that a new one gets its column.
  ...HEALTH_COMPONENT_IDS.map((id): [string, (row: PortfolioRowView) => number | null] => [
    `health_${id.toLowerCase()}`,
    (row) => row.health.components.find((component) => component.id === id)?.value ?? null,
  ]),
  ['partners', (row) => row.partners.map((partner) => partner.name).join(' | ')],
  ['partner_countries', (row) => row.partners.map((partner) => partner.countryCode).join(' | ')],
  ['next_visit_starts_on', (row) => row.nextVisit?.startsOn ?? null],
  ['next_visit_direction', (row) => row.nextVisit?.direction ?? null],
  ...['elected_officials', 'technicians', 'territory_actors'].map(
    (audience): [string, (row: PortfolioRowView) => string | null] => [
      `dialogue_due_${audience}`,
      (row) => row.dialogueDue.find((due) => due.audience === audience)?.dueOn ?? null,
    ],
  ),
  ['falling_asleep', (row) => (row.fallingAsleep ? 'yes' : 'no')],
  ['convention_state', (row) => row.conventionState],
  ['convention_expires_on', (row) => row.conventionExpiresOn],
  ['visits_to_partner', (row) => row.asymmetry.visitsToPartner],
  ['visits_from_partner', (row) => row.asymmetry.visitsFromPartner],
  ['actions', (row) => row.asymmetry.actionsCount],
  ['own_initiated_share', (row) => row.asymmetry.ownInitiatedShare],
  ['own_located_share', (row) => row.asymmetry.ownLocatedShare],
  ['indicators_co_validated_share', (row) => row.asymmetry.indicatorsCoValidatedShare],
  ['warnings', (row) => row.warningsCount],
];

/**
 * The portfolio table as RFC 4180 CSV, UTF-8 with a byte order mark so that spreadsheet software reads the
 * accents. Texts that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
export function portfolioCsv(rows: readonly PortfolioRowView[]): string {
  const lines = [
    COLUMNS.map(([header]) => header),
    ...rows.map((row) => COLUMNS.map(([, value]) => value(row))),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
