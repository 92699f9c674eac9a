import {
  INTERFACE_LOCALES,
  textDirectionOf,
  type FunderReportLayout,
  type InterfaceLanguage,
  type PeriodFigures,
} from '@passerelle/domain';
import PDFDocument from 'pdfkit';
import { DOSSIER_WORDS } from '../authority-dossiers/dossier-words';
import { registerPdfFonts } from '../common/pdf/pdf-fonts';
import { writePdfText, type PdfParagraphStyle } from '../common/pdf/pdf-paragraph';
import { printablePdfText } from '../presentation/pdf-text';
import { drawIndicatorChart } from './funder-report-chart';
import type { FunderReportContent } from './funder-report.service';
import { funderLabel } from './funder-report-tables';
import {
  FUNDER_REPORT_SECTIONS,
  FUNDER_REPORT_WORDS,
  type FunderReportSection,
  type FunderReportWords,
} from './funder-report-words';

const HEADING: PdfParagraphStyle = { style: 'bold', size: 13, color: '#1d4e89' };
const SUBHEADING: PdfParagraphStyle = { style: 'bold', size: 10.5, color: '#1b1f24' };
const BODY: PdfParagraphStyle = { style: 'regular', size: 9.5, color: '#1b1f24', lineGap: 1 };
const MUTED: PdfParagraphStyle = { style: 'italic', size: 8.5, color: '#4a5560' };

type Write = (text: string, style: PdfParagraphStyle) => void;

/** What every section writes with: the content, the words and formats of the language, the document. */
interface Pen {
  document: PDFKit.PDFDocument;
  write: Write;
  content: FunderReportContent;
  words: FunderReportWords;
  language: InterfaceLanguage;
  day: (date: string | null) => string;
  euros: (value: number) => string;
  money: (value: number, currency: string) => string;
  number: (value: number) => string;
  percent: (value: number | null) => string;
}

/**
 * A funder report as an A4 PDF, in the reader's language and the chosen layout: the sections of the layout
 * in its order (funder-report-words.ts), each indicator's chart drawn as vector shapes. Text goes through the
 * embedded fonts (common/pdf), so names print in their own script, Arabic right to left.
 */
export function renderFunderReportPdf(input: {
  content: FunderReportContent;
  layout: FunderReportLayout;
  language: InterfaceLanguage;
}): Promise<Buffer> {
  const { content, layout, language } = input;
  const words = FUNDER_REPORT_WORDS[language];
  const title = layout === 'daect' ? words.daectTitle[content.report.kind] : words.title[content.report.kind];
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: printablePdfText(`${title} – ${content.report.action.title}`), Producer: 'Passerelle' },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    registerPdfFonts(document);
    const pen = penFor(document, content, language);
    writeHeader(pen, title);
    for (const section of FUNDER_REPORT_SECTIONS[layout]) {
      document.moveDown(0.8);
      pen.write(layout === 'daect' ? words.daect[section] : words.generic[section], HEADING);
      SECTIONS[section](pen);
    }
    document.moveDown(1.5);
    pen.write(words.footer(longDate(content.now, language, content.timeZone)), MUTED);
    document.end();
  });
}

/** Intl's Arabic numbers carry direction marks (U+200E…), which the fonts have no glyph for: the layout orders words. */
const printable = (text: string) => printablePdfText(text).replace(/[\u200E\u200F\u061C]/g, '');

function penFor(
  document: PDFKit.PDFDocument,
  content: FunderReportContent,
  language: InterfaceLanguage,
): Pen {
  const locale = INTERFACE_LOCALES[language];
  const money = (value: number, currency: string) =>
    printable(value.toLocaleString(locale, { style: 'currency', currency, maximumFractionDigits: 2 }));
  return {
    document,
    // An Arabic report reads right to left throughout, even a line that opens on a French name.
    write: (text, style) =>
      writePdfText(document, printablePdfText(text), { ...style, direction: textDirectionOf(language) }),
    content,
    words: FUNDER_REPORT_WORDS[language],
    language,
    day: (date) => (date ? longDate(new Date(`${date}T12:00:00Z`), language, 'UTC') : '—'),
    euros: (value) => money(value, 'EUR'),
    money,
    number: (value) => printable(value.toLocaleString(locale, { maximumFractionDigits: 2 })),
    percent: (value) =>
      value === null
        ? '—'
        : printable(value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })),
  };
}

/** A day written out in the report's language ("6 décembre 2026"). */
function longDate(instant: Date, language: InterfaceLanguage, timeZone: string): string {
  return printablePdfText(
    instant.toLocaleDateString(INTERFACE_LOCALES[language], { dateStyle: 'long', timeZone }),
  );
}

function writeHeader(pen: Pen, title: string): void {
  const { write, words, content, day } = pen;
  const { report } = content;
  write(title.toUpperCase(), { style: 'regular', size: 10, color: '#4a5560', characterSpacing: 0.8 });
  write(report.action.title, { style: 'bold', size: 19, color: '#1d4e89' });
  write(`${content.partnershipName} — ${content.applicantName}`, BODY);
  write(words.period(day(report.period.startsOn), day(report.period.endsOn)), SUBHEADING);
  write(report.period.due ? words.answersReport(day(report.period.due.dueOn)) : words.noReportPlanned, MUTED);
}

const SECTIONS: Record<FunderReportSection, (pen: Pen) => void> = {
  application: writeApplication,
  objectives: writeObjectives,
  activities: writeActivities,
  hereAndThere: writeHereAndThere,
  indicators: writeIndicators,
  budget: writeBudget,
  cofinancing: writeCofinancing,
  payments: writePayments,
  otherApplications: writeOtherApplications,
};

function writeApplication(pen: Pen): void {
  const { write, words, content, day, euros, language } = pen;
  const { application, call } = content.report.reported;
  const colon = words.colon;
  write(`${words.call}${colon}${call.name}`, BODY);
  write(`${words.funder}${colon}${DOSSIER_WORDS[language].funder[call.funder]} — ${call.funderName}`, BODY);
  write(`${words.status}${colon}${words.applicationStatus[application.status]}`, BODY);
  write(`${words.requested}${colon}${euros(application.requestedAmount)}`, BODY);
  write(
    `${words.granted}${colon}${application.grantedAmount === null ? '—' : euros(application.grantedAmount)}`,
    BODY,
  );
  write(`${words.submittedOn}${colon}${day(application.submittedOn)}`, BODY);
  write(`${words.decidedOn}${colon}${day(application.decidedOn)}`, BODY);
  if (application.conditions.trim()) write(`${words.conditions}${colon}${application.conditions}`, BODY);
}

function writeObjectives(pen: Pen): void {
  const { write, words, content, day, language } = pen;
  const { action } = content.report;
  const colon = words.colon;
  write(`${words.objectives}${colon}${action.objectives.trim() || '—'}`, BODY);
  write(`${words.description}${colon}${action.description.trim() || '—'}`, BODY);
  write(`${words.dates}${colon}${day(action.startsOn)} – ${day(action.endsOn)}`, BODY);
  write(`${words.status}${colon}${DOSSIER_WORDS[language].actionStatus[action.status]}`, BODY);
}

function writeActivities(pen: Pen): void {
  const { write, words, content, day, language } = pen;
  const activities = content.report.activities;
  if (activities.length === 0) write(words.none, BODY);
  for (const activity of activities) {
    if (activity.source === 'log') {
      const party = content.partyNames[activity.byParty];
      write(
        `• ${day(activity.on)} — ${words.logKind[activity.kind]}${party ? ` — ${party}` : ''}${words.colon}${activity.text}`,
        BODY,
      );
    } else {
      const partner = content.partyNames[activity.partnerPartyId];
      write(
        `• ${day(activity.on)} – ${day(activity.endsOn)} — ${DOSSIER_WORDS[language].direction[activity.direction]}${partner ? ` — ${partner}` : ''}${words.colon}${activity.text}`,
        BODY,
      );
    }
  }
}

function writeHereAndThere(pen: Pen): void {
  const { write, words, content } = pen;
  const places = content.report.action.locatedIn.map((party) => content.partyNames[party] ?? party);
  write(`${words.locatedIn}${words.colon}${places.join(words.comma) || '—'}`, BODY);
}

function periodLabel(pen: Pen, period: PeriodFigures): string {
  return period.startsOn === null
    ? pen.words.overall
    : `${pen.day(period.startsOn)} – ${pen.day(period.endsOn)}`;
}

function writeIndicators(pen: Pen): void {
  const { write, words, content, number, language } = pen;
  const indicators = content.report.indicators;
  if (indicators.length === 0) write(words.none, BODY);
  const locale = INTERFACE_LOCALES[language];
  const shortDate = (date: string) =>
    printablePdfText(
      new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
  for (const indicator of indicators) {
    write(' ', { ...BODY, size: 4 });
    write(`${indicator.name} (${indicator.unit})`, SUBHEADING);
    for (const period of [...indicator.figures.periods, indicator.figures.overall]) {
      const actual = period.actual === null ? words.notMeasured : number(period.actual);
      write(
        `• ${periodLabel(pen, period)}${words.colon}${words.baseline} ${number(period.baseline)}${words.comma}${words.target} ${number(period.target)}${words.comma}${words.actual} ${actual}`,
        BODY,
      );
    }
    pen.document.moveDown(0.4);
    drawIndicatorChart(pen.document, indicator, {
      target: words.chartLegend.target,
      actual: words.chartLegend.actual,
      notMeasured: words.notMeasured,
      number,
      rightToLeft: textDirectionOf(language) === 'rtl',
      period: (period) =>
        period.startsOn === null || period.endsOn === null
          ? words.overall
          : `${shortDate(period.startsOn)} – ${shortDate(period.endsOn)}`,
    });
  }
  if (indicators.length > 0) write(words.chartNote, MUTED);
}

function writeBudget(pen: Pen): void {
  const { write, words, content, euros, money, language } = pen;
  const figures = content.report.money;
  // A rate as recorded (655.957 francs CFA per euro), not rounded to cents.
  const rate = (value: number) =>
    printablePdfText(value.toLocaleString(INTERFACE_LOCALES[language], { maximumFractionDigits: 6 }));
  const colon = words.colon;
  const comma = words.comma;
  write(words.sheets.lines, SUBHEADING);
  for (const line of figures.lines) {
    write(
      `• ${funderLabel(line, content, language)} — ${DOSSIER_WORDS[language].lineStatus[line.status]}${colon}${words.planned} ${money(line.amounts.planned, line.currency)}${comma}${words.committed} ${money(line.amounts.committed, line.currency)}${comma}${words.spent} ${money(line.amounts.spent, line.currency)}`,
      BODY,
    );
    if (line.currency !== 'EUR')
      write(
        line.euros
          ? `   ${words.rate} ${rate(line.eurRate ?? 1)}${colon}${words.planned} ${euros(line.euros.planned)}${comma}${words.committed} ${euros(line.euros.committed)}${comma}${words.spent} ${euros(line.euros.spent)}`
          : `   ${words.noRate}`,
        BODY,
      );
  }
  write(words.sheets.funders, SUBHEADING);
  for (const funder of figures.byFunder)
    write(
      `• ${funderLabel(funder, content, language)}${colon}${words.planned} ${euros(funder.euros.planned)}${comma}${words.committed} ${euros(funder.euros.committed)}${comma}${words.spent} ${euros(funder.euros.spent)}`,
      BODY,
    );
  write(
    `${words.total}${colon}${words.planned} ${euros(figures.totalEuros.planned)}${comma}${words.committed} ${euros(figures.totalEuros.committed)}${comma}${words.spent} ${euros(figures.totalEuros.spent)}`,
    SUBHEADING,
  );
  if (figures.linesWithoutRate > 0) write(words.linesWithoutRate(figures.linesWithoutRate), MUTED);
}

function writeCofinancing(pen: Pen): void {
  const { write, words, content, euros, number, percent } = pen;
  const { cofinancing } = content.report.money;
  const colon = words.colon;
  write(`${words.totalGranted}${colon}${euros(cofinancing.totalGranted)}`, SUBHEADING);
  for (const own of cofinancing.ownShares)
    write(
      `• ${words.ownBudgetOf(content.partyNames[own.partyId ?? ''] ?? '—')}${colon}${euros(own.granted)}${words.comma}${words.share} ${percent(own.share)}`,
      BODY,
    );
  for (const funder of cofinancing.funders) {
    const label = funderLabel({ ...funder, partyId: null }, content, pen.language);
    const leverage =
      funder.grantLeverage === null
        ? ''
        : `${words.comma}${words.leverageSentence(number(funder.grantLeverage))}`;
    const requested =
      funder.requested > 0 ? `${words.comma}${words.requestedApart} ${euros(funder.requested)}` : '';
    write(
      `• ${label}${colon}${euros(funder.granted)}${words.comma}${words.share} ${percent(funder.share)}${leverage}${requested}`,
      BODY,
    );
  }
  const grant = content.report.grant;
  write(' ', { ...BODY, size: 4 });
  write(
    grant
      ? `${content.report.reported.call.funderName}${colon}${words.share} ${percent(grant.share)}${words.comma}${words.leverage} ${grant.grantLeverage === null ? '—' : number(grant.grantLeverage)}`
      : words.grantNotInBudget,
    SUBHEADING,
  );
  const totals = content.report.applicationTotals;
  write(`${words.receivedInTranches}${colon}${euros(totals.received)}`, BODY);
  write(`${words.requestedApart}${colon}${euros(totals.requested + cofinancing.requested)}`, BODY);
  write(`${words.refusedApart}${colon}${euros(totals.refused)}`, BODY);
}

function writePayments(pen: Pen): void {
  const { write, words, content, day, euros } = pen;
  const { tranches, reports } = content.report.reported;
  const colon = words.colon;
  write(words.sheets.tranches, SUBHEADING);
  if (tranches.length === 0) write(words.none, BODY);
  for (const tranche of tranches)
    write(
      `• ${tranche.label}${colon}${words.expected} ${euros(tranche.expectedAmount)} (${day(tranche.expectedOn)})${words.comma}${words.received} ${tranche.receivedAmount === null ? '—' : `${euros(tranche.receivedAmount)} (${day(tranche.receivedOn)})`}`,
      BODY,
    );
  write(words.sheets.reports, SUBHEADING);
  if (reports.length === 0) write(words.none, BODY);
  for (const report of reports) {
    const sent = report.submittedOn ? `${words.sentOn} ${day(report.submittedOn)}` : words.notSent;
    const thisOne = report.id === content.report.period.due?.id ? ` (${words.thisReport})` : '';
    write(
      `• ${words.reportKind[report.kind]}${colon}${words.dueOn} ${day(report.dueOn)}${words.comma}${sent}${thisOne}`,
      BODY,
    );
  }
}

function writeOtherApplications(pen: Pen): void {
  const { write, words, content, day, euros, language } = pen;
  const others = content.report.otherApplications;
  if (others.length === 0) write(words.none, BODY);
  for (const { application, call } of others) {
    const granted =
      application.grantedAmount === null
        ? ''
        : `${words.comma}${words.granted} ${euros(application.grantedAmount)}`;
    const decided = application.decidedOn
      ? `${words.comma}${words.decidedOn} ${day(application.decidedOn)}`
      : '';
    const conditions = application.conditions.trim() ? ` — ${application.conditions}` : '';
    write(
      `• ${call.name} (${DOSSIER_WORDS[language].funder[call.funder]} — ${call.funderName})${words.colon}${words.applicationStatus[application.status]}${words.comma}${words.requested} ${euros(application.requestedAmount)}${granted}${decided}${conditions}`,
      BODY,
    );
  }
}
