import type { FunderReportLayout, InterfaceLanguage, LineMoney, FunderMoney } from '@passerelle/domain';
import { DOSSIER_WORDS } from '../authority-dossiers/dossier-words';
import type { SpreadsheetColumn, SpreadsheetTable } from '../common/spreadsheet/spreadsheet-table';
import type { FunderReportContent } from './funder-report.service';
import { FUNDER_REPORT_WORDS, type FunderReportWords } from './funder-report-words';

// The funder report as sheets of one workbook: a summary, then one table per part of the report, each number
// a number and each date a date, so that the funder's officer can check every figure.

type Kind = SpreadsheetColumn['kind'];

function table(
  sheetName: string,
  columns: ReadonlyArray<readonly [header: string, kind: Kind]>,
  rows: SpreadsheetTable['rows'],
): SpreadsheetTable {
  return { sheetName, columns: columns.map(([header, kind]) => ({ header, kind })), rows };
}

/** The name a report gives a funder: its kind and name, an own budget by whose it is. */
export function funderLabel(
  line: Pick<LineMoney | FunderMoney, 'funder' | 'funderName' | 'partyId'>,
  content: Pick<FunderReportContent, 'partyNames'>,
  language: InterfaceLanguage,
): string {
  const words = FUNDER_REPORT_WORDS[language];
  if (line.funder === 'own_budget')
    return words.ownBudgetOf(content.partyNames[line.partyId ?? ''] ?? line.funderName.trim());
  const kind = DOSSIER_WORDS[language].funder[line.funder];
  return line.funderName.trim() ? `${kind} — ${line.funderName.trim()}` : kind;
}

export function funderReportTables(
  content: FunderReportContent,
  layout: FunderReportLayout,
  language: InterfaceLanguage,
): SpreadsheetTable[] {
  const words = FUNDER_REPORT_WORDS[language];
  return [
    summaryTable(content, layout, words, language),
    activitiesTable(content, words, language),
    indicatorsTable(content, words),
    linesTable(content, words, language),
    fundersTable(content, words, language),
    applicationsTable(content, words, language),
    table(
      words.sheets.tranches,
      [
        [words.tranche, 'text'],
        [words.expectedOn, 'date'],
        [words.inEuros(words.expected), 'decimal'],
        [words.receivedOn, 'date'],
        [words.inEuros(words.received), 'decimal'],
      ],
      content.report.reported.tranches.map((tranche) => [
        tranche.label,
        tranche.expectedOn,
        tranche.expectedAmount,
        tranche.receivedOn,
        tranche.receivedAmount,
      ]),
    ),
    table(
      words.sheets.reports,
      [
        [words.report, 'text'],
        [words.dueOn, 'date'],
        [words.sentOn, 'date'],
        [words.thisReport, 'text'],
      ],
      content.report.reported.reports.map((report) => [
        words.reportKind[report.kind],
        report.dueOn,
        report.submittedOn,
        report.id === content.report.period.due?.id ? '✓' : null,
      ]),
    ),
  ];
}

function summaryTable(
  content: FunderReportContent,
  layout: FunderReportLayout,
  words: FunderReportWords,
  language: InterfaceLanguage,
): SpreadsheetTable {
  const { report } = content;
  const { application, call } = report.reported;
  const title = layout === 'daect' ? words.daectTitle[report.kind] : words.title[report.kind];
  const rows: Array<[string, string | number | null]> = [
    [words.report, title],
    [words.action, report.action.title],
    [words.periodColumn, `${report.period.startsOn} → ${report.period.endsOn}`],
    [words.startsOn, report.period.startsOn],
    [words.endsOn, report.period.endsOn],
    [words.dueOn, report.period.due?.dueOn ?? null],
    [words.objectives, report.action.objectives || null],
    [words.description, report.action.description || null],
    [words.call, call.name],
    [words.funder, `${DOSSIER_WORDS[language].funder[call.funder]} — ${call.funderName}`],
    [words.status, words.applicationStatus[application.status]],
    [words.inEuros(words.requested), application.requestedAmount],
    [words.inEuros(words.granted), application.grantedAmount],
    [words.submittedOn, application.submittedOn],
    [words.decidedOn, application.decidedOn],
    [words.conditions, application.conditions || null],
    [
      words.inEuros(words.receivedInTranches),
      sumOf(report.reported.tranches.map((t) => t.receivedAmount ?? 0)),
    ],
    [words.inEuros(words.totalGranted), report.money.cofinancing.totalGranted],
    [words.share, report.grant?.share ?? null],
    [words.leverage, report.grant?.grantLeverage ?? null],
    [words.inEuros(words.requestedApart), report.applicationTotals.requested],
    [words.inEuros(words.refusedApart), report.applicationTotals.refused],
  ];
  return table(
    words.sheets.summary,
    [
      [words.heading, 'text'],
      // Mixed values: numbers stay numbers, texts texts (the decimal kind sets no format).
      [words.value, 'decimal'],
    ],
    rows,
  );
}

function activitiesTable(
  content: FunderReportContent,
  words: FunderReportWords,
  language: InterfaceLanguage,
): SpreadsheetTable {
  const dossier = DOSSIER_WORDS[language];
  return table(
    words.sheets.activities,
    [
      [words.date, 'date'],
      [words.endsOn, 'date'],
      [words.kind, 'text'],
      [words.party, 'text'],
      [words.text, 'text'],
    ],
    content.report.activities.map((activity) =>
      activity.source === 'log'
        ? [
            activity.on,
            null,
            words.logKind[activity.kind],
            content.partyNames[activity.byParty] ?? null,
            activity.text,
          ]
        : [
            activity.on,
            activity.endsOn,
            dossier.direction[activity.direction],
            content.partyNames[activity.partnerPartyId] ?? null,
            activity.text,
          ],
    ),
  );
}

function indicatorsTable(content: FunderReportContent, words: FunderReportWords): SpreadsheetTable {
  return table(
    words.sheets.indicators,
    [
      [words.indicator, 'text'],
      [words.unit, 'text'],
      [words.periodColumn, 'text'],
      [words.startsOn, 'date'],
      [words.endsOn, 'date'],
      [words.baseline, 'decimal'],
      [words.target, 'decimal'],
      [words.actual, 'decimal'],
      [words.progress, 'share'],
    ],
    content.report.indicators.flatMap((indicator) =>
      [...indicator.figures.periods, indicator.figures.overall].map((period) => [
        indicator.name,
        indicator.unit,
        period.startsOn === null ? words.overall : null,
        period.startsOn,
        period.endsOn,
        period.baseline,
        period.target,
        period.actual,
        period.progress,
      ]),
    ),
  );
}

function linesTable(
  content: FunderReportContent,
  words: FunderReportWords,
  language: InterfaceLanguage,
): SpreadsheetTable {
  const dossier = DOSSIER_WORDS[language];
  return table(
    words.sheets.lines,
    [
      [words.funder, 'text'],
      [words.lineStatus, 'text'],
      [words.currency, 'text'],
      [words.planned, 'decimal'],
      [words.committed, 'decimal'],
      [words.spent, 'decimal'],
      [words.rate, 'decimal'],
      [words.inEuros(words.planned), 'decimal'],
      [words.inEuros(words.committed), 'decimal'],
      [words.inEuros(words.spent), 'decimal'],
    ],
    content.report.money.lines.map((line) => [
      funderLabel(line, content, language),
      dossier.lineStatus[line.status],
      line.currency,
      line.amounts.planned,
      line.amounts.committed,
      line.amounts.spent,
      line.eurRate ?? (line.currency === 'EUR' ? 1 : null),
      line.euros?.planned ?? null,
      line.euros?.committed ?? null,
      line.euros?.spent ?? null,
    ]),
  );
}

function fundersTable(
  content: FunderReportContent,
  words: FunderReportWords,
  language: InterfaceLanguage,
): SpreadsheetTable {
  const { money } = content.report;
  const cofinancer = (funder: FunderMoney) =>
    funder.funder === 'own_budget'
      ? money.cofinancing.ownShares.find((share) => share.partyId === funder.partyId)
      : money.cofinancing.funders.find(
          (candidate) => candidate.funder === funder.funder && candidate.funderName === funder.funderName,
        );
  const rows = money.byFunder.map((funder) => {
    const figures = cofinancer(funder);
    return [
      funderLabel(funder, content, language),
      funder.euros.planned,
      funder.euros.committed,
      funder.euros.spent,
      figures?.granted ?? null,
      figures?.share ?? null,
      figures && 'grantLeverage' in figures ? figures.grantLeverage : null,
      figures && 'requested' in figures ? figures.requested : null,
    ];
  });
  return table(
    words.sheets.funders,
    [
      [words.funder, 'text'],
      [words.inEuros(words.planned), 'decimal'],
      [words.inEuros(words.committed), 'decimal'],
      [words.inEuros(words.spent), 'decimal'],
      [words.inEuros(words.granted), 'decimal'],
      [words.share, 'share'],
      [words.leverage, 'decimal'],
      [words.inEuros(words.requestedApart), 'decimal'],
    ],
    [
      ...rows,
      [
        words.total,
        money.totalEuros.planned,
        money.totalEuros.committed,
        money.totalEuros.spent,
        money.cofinancing.totalGranted,
        null,
        null,
        money.cofinancing.requested,
      ],
    ],
  );
}

function applicationsTable(
  content: FunderReportContent,
  words: FunderReportWords,
  language: InterfaceLanguage,
): SpreadsheetTable {
  const { report } = content;
  return table(
    words.sheets.applications,
    [
      [words.call, 'text'],
      [words.funder, 'text'],
      [words.status, 'text'],
      [words.inEuros(words.requested), 'decimal'],
      [words.inEuros(words.granted), 'decimal'],
      [words.submittedOn, 'date'],
      [words.decidedOn, 'date'],
      [words.conditions, 'text'],
      [words.thisReport, 'text'],
    ],
    [report.reported, ...report.otherApplications].map(({ application, call }) => [
      call.name,
      `${DOSSIER_WORDS[language].funder[call.funder]} — ${call.funderName}`,
      words.applicationStatus[application.status],
      application.requestedAmount,
      application.grantedAmount,
      application.submittedOn,
      application.decidedOn,
      application.conditions || null,
      application.id === report.reported.application.id ? '✓' : null,
    ]),
  );
}

const sumOf = (values: readonly number[]) =>
  Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
