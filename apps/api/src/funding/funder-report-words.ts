import type {
  FunderReportKind,
  FundingApplicationStatus,
  InterfaceLanguage,
  LogEntryKind,
} from '@passerelle/domain';

/** The sections a funder report has; each layout orders and names them (funder-report-layouts.ts). */
export type FunderReportSection =
  | 'application'
  | 'objectives'
  | 'activities'
  | 'hereAndThere'
  | 'indicators'
  | 'budget'
  | 'cofinancing'
  | 'payments'
  | 'otherApplications';

/** The words of a funder report (PDF and XLSX) in one language; funders, statuses and directions are the dossiers'. */
export interface FunderReportWords {
  title: Record<FunderReportKind, string>;
  /** The ministry's own name for the report (DAECT: "compte rendu technique et financier"). */
  daectTitle: Record<FunderReportKind, string>;
  generic: Record<FunderReportSection, string>;
  daect: Record<FunderReportSection, string>;
  period: (from: string, to: string) => string;
  answersReport: (dueOn: string) => string;
  noReportPlanned: string;
  applicationStatus: Record<FundingApplicationStatus, string>;
  logKind: Record<LogEntryKind, string>;
  reportKind: Record<FunderReportKind, string>;
  action: string;
  description: string;
  objectives: string;
  dates: string;
  status: string;
  call: string;
  funder: string;
  requested: string;
  granted: string;
  submittedOn: string;
  decidedOn: string;
  conditions: string;
  none: string;
  visit: string;
  locatedIn: string;
  indicator: string;
  unit: string;
  periodColumn: string;
  startsOn: string;
  endsOn: string;
  overall: string;
  baseline: string;
  target: string;
  actual: string;
  progress: string;
  notMeasured: string;
  chartLegend: { target: string; actual: string };
  chartNote: string;
  line: string;
  lineStatus: string;
  currency: string;
  planned: string;
  committed: string;
  spent: string;
  rate: string;
  noRate: string;
  inEuros: (column: string) => string;
  total: string;
  ownBudgetOf: (party: string) => string;
  totalGranted: string;
  share: string;
  leverage: string;
  leverageSentence: (value: string) => string;
  grantNotInBudget: string;
  requestedApart: string;
  refusedApart: string;
  receivedInTranches: string;
  linesWithoutRate: (count: number) => string;
  tranche: string;
  expectedOn: string;
  expected: string;
  receivedOn: string;
  received: string;
  report: string;
  dueOn: string;
  sentOn: string;
  notSent: string;
  thisReport: string;
  heading: string;
  value: string;
  date: string;
  source: string;
  kind: string;
  party: string;
  text: string;
  sheets: {
    summary: string;
    activities: string;
    indicators: string;
    lines: string;
    funders: string;
    applications: string;
    tranches: string;
    reports: string;
  };
  footer: (date: string) => string;
  fileName: Record<FunderReportKind, string>;
  colon: string;
  comma: string;
}

const FR: FunderReportWords = {
  title: { interim: 'Rapport intermédiaire au financeur', final: 'Rapport final au financeur' },
  daectTitle: {
    interim: 'Compte rendu technique et financier intermédiaire',
    final: 'Compte rendu technique et financier final',
  },
  generic: {
    application: 'La subvention',
    objectives: 'Objectifs et description de l’action',
    activities: 'Ce qui a été fait sur la période',
    hereAndThere: 'Où l’action a lieu',
    indicators: 'Indicateurs par période',
    budget: 'Budget : prévu, engagé, dépensé',
    cofinancing: 'Cofinancement et effet de levier',
    payments: 'Versements et rapports',
    otherApplications: 'Autres demandes de financement de l’action',
  },
  daect: {
    application: '1. Identification du projet et de la subvention',
    objectives: '2. Rappel des objectifs du projet',
    activities: '3. Activités réalisées sur la période',
    hereAndThere: '4. Effets ici et là-bas',
    indicators: '5. Suivi-évaluation : indicateurs partagés',
    budget: '6. Bilan financier : prévisionnel et réalisé',
    cofinancing: '7. Plan de cofinancement et effet de levier',
    payments: '8. Versements reçus et comptes rendus',
    otherApplications: '9. Autres financements sollicités',
  },
  period: (from, to) => `Période du ${from} au ${to}`,
  answersReport: (dueOn) => `Rapport attendu le ${dueOn}`,
  noReportPlanned: 'Aucun rapport de ce type n’est inscrit pour cette subvention.',
  applicationStatus: {
    draft: 'Brouillon',
    submitted: 'Déposée, décision attendue',
    granted: 'Accordée',
    refused: 'Refusée',
    withdrawn: 'Retirée',
  },
  logKind: {
    meeting: 'Réunion',
    training: 'Formation',
    mission: 'Mission',
    delivery: 'Livraison',
    other: 'Autre',
  },
  reportKind: { interim: 'Rapport intermédiaire', final: 'Rapport final' },
  action: 'Action',
  description: 'Description',
  objectives: 'Objectifs',
  dates: 'Dates de l’action',
  status: 'Statut',
  call: 'Appel à projets',
  funder: 'Financeur',
  requested: 'Demandé',
  granted: 'Accordé',
  submittedOn: 'Déposée le',
  decidedOn: 'Décision du',
  conditions: 'Conditions du financeur',
  none: 'Aucun.',
  visit: 'Mission',
  locatedIn: 'Territoires de l’action',
  indicator: 'Indicateur',
  unit: 'Unité',
  periodColumn: 'Période',
  startsOn: 'Début',
  endsOn: 'Fin',
  overall: 'Ensemble de l’action',
  baseline: 'Référence',
  target: 'Cible',
  actual: 'Réalisé',
  progress: 'Avancement',
  notMeasured: 'non mesuré',
  chartLegend: { target: 'Cible', actual: 'Réalisé' },
  chartNote:
    'Cible : trait pointillé et carrés vides ; réalisé : trait plein et ronds pleins ; chaque point porte sa valeur.',
  line: 'Ligne',
  lineStatus: 'Statut de la ligne',
  currency: 'Devise',
  planned: 'Prévu',
  committed: 'Engagé',
  spent: 'Dépensé',
  rate: 'Taux pour 1 €',
  noRate: 'taux à indiquer',
  inEuros: (column) => `${column} (€)`,
  total: 'Total en euros',
  ownBudgetOf: (party) => `Budget propre de ${party}`,
  totalGranted: 'Total des financements accordés',
  share: 'Part',
  leverage: 'Effet de levier',
  leverageSentence: (value) =>
    `chaque euro accordé par ce financeur mobilise ${value} € d’autres financements`,
  grantNotInBudget: 'Aucune ligne du budget ne nomme ce financeur : part et effet de levier non calculés.',
  requestedApart: 'Demandé, décision attendue (non compté)',
  refusedApart: 'Refusé (non compté)',
  receivedInTranches: 'Reçu en tranches',
  linesWithoutRate: (count) =>
    count === 1
      ? '1 ligne sans taux n’est pas comptée en euros.'
      : `${count} lignes sans taux ne sont pas comptées en euros.`,
  tranche: 'Tranche',
  expectedOn: 'Attendue le',
  expected: 'Montant attendu',
  receivedOn: 'Reçue le',
  received: 'Montant reçu',
  report: 'Rapport',
  dueOn: 'Attendu le',
  sentOn: 'Envoyé le',
  notSent: 'non envoyé',
  thisReport: 'ce rapport',
  heading: 'Rubrique',
  value: 'Valeur',
  date: 'Date',
  source: 'Source',
  kind: 'Type',
  party: 'Partie',
  text: 'Texte',
  sheets: {
    summary: 'Rapport',
    activities: 'Activités',
    indicators: 'Indicateurs',
    lines: 'Budget par ligne',
    funders: 'Budget par financeur',
    applications: 'Demandes',
    tranches: 'Tranches',
    reports: 'Rapports',
  },
  footer: (date) => `Document établi avec Passerelle le ${date}`,
  fileName: { interim: 'rapport-intermediaire', final: 'rapport-final' },
  colon: ' : ',
  comma: ', ',
};

const EN: FunderReportWords = {
  title: { interim: 'Interim report to the funder', final: 'Final report to the funder' },
  daectTitle: {
    interim: 'Interim technical and financial report',
    final: 'Final technical and financial report',
  },
  generic: {
    application: 'The grant',
    objectives: 'Objectives and description of the action',
    activities: 'What was done over the period',
    hereAndThere: 'Where the action takes place',
    indicators: 'Indicators per period',
    budget: 'Budget: planned, committed, spent',
    cofinancing: 'Co-financing and leverage',
    payments: 'Payments and reports',
    otherApplications: 'Other funding applications of the action',
  },
  daect: {
    application: '1. The project and the grant',
    objectives: '2. The project’s objectives',
    activities: '3. Activities carried out over the period',
    hereAndThere: '4. Effects here and there',
    indicators: '5. Monitoring and evaluation: shared indicators',
    budget: '6. Financial statement: forecast and actual',
    cofinancing: '7. Co-financing plan and leverage',
    payments: '8. Payments received and reports',
    otherApplications: '9. Other funding applied for',
  },
  period: (from, to) => `Period from ${from} to ${to}`,
  answersReport: (dueOn) => `Report due on ${dueOn}`,
  noReportPlanned: 'No report of this kind is planned for this grant.',
  applicationStatus: {
    draft: 'Draft',
    submitted: 'Submitted, awaiting a decision',
    granted: 'Granted',
    refused: 'Refused',
    withdrawn: 'Withdrawn',
  },
  logKind: {
    meeting: 'Meeting',
    training: 'Training',
    mission: 'Mission',
    delivery: 'Delivery',
    other: 'Other',
  },
  reportKind: { interim: 'Interim report', final: 'Final report' },
  action: 'Action',
  description: 'Description',
  objectives: 'Objectives',
  dates: 'Dates of the action',
  status: 'Status',
  call: 'Call for projects',
  funder: 'Funder',
  requested: 'Requested',
  granted: 'Granted',
  submittedOn: 'Submitted on',
  decidedOn: 'Decided on',
  conditions: 'Funder’s conditions',
  none: 'None.',
  visit: 'Visit',
  locatedIn: 'Territories of the action',
  indicator: 'Indicator',
  unit: 'Unit',
  periodColumn: 'Period',
  startsOn: 'Start',
  endsOn: 'End',
  overall: 'Whole action',
  baseline: 'Baseline',
  target: 'Target',
  actual: 'Actual',
  progress: 'Progress',
  notMeasured: 'not measured',
  chartLegend: { target: 'Target', actual: 'Actual' },
  chartNote:
    'Target: dotted line and hollow squares; actual: solid line and filled circles; each point shows its value.',
  line: 'Line',
  lineStatus: 'Line status',
  currency: 'Currency',
  planned: 'Planned',
  committed: 'Committed',
  spent: 'Spent',
  rate: 'Rate per €1',
  noRate: 'rate to be stated',
  inEuros: (column) => `${column} (€)`,
  total: 'Total in euros',
  ownBudgetOf: (party) => `Own budget of ${party}`,
  totalGranted: 'Total funding granted',
  share: 'Share',
  leverage: 'Leverage',
  leverageSentence: (value) => `each euro this funder granted mobilises €${value} of other funding`,
  grantNotInBudget: 'No budget line names this funder: share and leverage not computed.',
  requestedApart: 'Requested, awaiting a decision (not counted)',
  refusedApart: 'Refused (not counted)',
  receivedInTranches: 'Received in tranches',
  linesWithoutRate: (count) =>
    count === 1
      ? '1 line without a rate is not counted in euros.'
      : `${count} lines without a rate are not counted in euros.`,
  tranche: 'Tranche',
  expectedOn: 'Expected on',
  expected: 'Amount expected',
  receivedOn: 'Received on',
  received: 'Amount received',
  report: 'Report',
  dueOn: 'Due on',
  sentOn: 'Sent on',
  notSent: 'not sent',
  thisReport: 'this report',
  heading: 'Item',
  value: 'Value',
  date: 'Date',
  source: 'Source',
  kind: 'Kind',
  party: 'Party',
  text: 'Text',
  sheets: {
    summary: 'Report',
    activities: 'Activities',
    indicators: 'Indicators',
    lines: 'Budget by line',
    funders: 'Budget by funder',
    applications: 'Applications',
    tranches: 'Tranches',
    reports: 'Reports',
  },
  footer: (date) => `Document produced with Passerelle on ${date}`,
  fileName: { interim: 'interim-report', final: 'final-report' },
  colon: ': ',
  comma: ', ',
};

const DE: FunderReportWords = {
  title: { interim: 'Zwischenbericht an den Geldgeber', final: 'Abschlussbericht an den Geldgeber' },
  daectTitle: {
    interim: 'Technischer und finanzieller Zwischenbericht',
    final: 'Technischer und finanzieller Abschlussbericht',
  },
  generic: {
    application: 'Die Förderung',
    objectives: 'Ziele und Beschreibung der Maßnahme',
    activities: 'Was im Zeitraum getan wurde',
    hereAndThere: 'Wo die Maßnahme stattfindet',
    indicators: 'Indikatoren je Zeitraum',
    budget: 'Budget: geplant, gebunden, ausgegeben',
    cofinancing: 'Kofinanzierung und Hebelwirkung',
    payments: 'Auszahlungen und Berichte',
    otherApplications: 'Weitere Förderanträge der Maßnahme',
  },
  daect: {
    application: '1. Das Projekt und die Förderung',
    objectives: '2. Die Ziele des Projekts',
    activities: '3. Im Zeitraum durchgeführte Aktivitäten',
    hereAndThere: '4. Wirkungen hier und dort',
    indicators: '5. Monitoring und Evaluierung: gemeinsame Indikatoren',
    budget: '6. Finanzbericht: Plan und Ist',
    cofinancing: '7. Kofinanzierungsplan und Hebelwirkung',
    payments: '8. Erhaltene Auszahlungen und Berichte',
    otherApplications: '9. Weitere beantragte Finanzierungen',
  },
  period: (from, to) => `Zeitraum vom ${from} bis ${to}`,
  answersReport: (dueOn) => `Bericht fällig am ${dueOn}`,
  noReportPlanned: 'Für diese Förderung ist kein Bericht dieser Art vorgesehen.',
  applicationStatus: {
    draft: 'Entwurf',
    submitted: 'Eingereicht, Entscheidung ausstehend',
    granted: 'Bewilligt',
    refused: 'Abgelehnt',
    withdrawn: 'Zurückgezogen',
  },
  logKind: {
    meeting: 'Sitzung',
    training: 'Schulung',
    mission: 'Dienstreise',
    delivery: 'Lieferung',
    other: 'Sonstiges',
  },
  reportKind: { interim: 'Zwischenbericht', final: 'Abschlussbericht' },
  action: 'Maßnahme',
  description: 'Beschreibung',
  objectives: 'Ziele',
  dates: 'Laufzeit der Maßnahme',
  status: 'Status',
  call: 'Förderaufruf',
  funder: 'Geldgeber',
  requested: 'Beantragt',
  granted: 'Bewilligt',
  submittedOn: 'Eingereicht am',
  decidedOn: 'Entschieden am',
  conditions: 'Auflagen des Geldgebers',
  none: 'Keine.',
  visit: 'Dienstreise',
  locatedIn: 'Gebiete der Maßnahme',
  indicator: 'Indikator',
  unit: 'Einheit',
  periodColumn: 'Zeitraum',
  startsOn: 'Beginn',
  endsOn: 'Ende',
  overall: 'Gesamte Maßnahme',
  baseline: 'Ausgangswert',
  target: 'Zielwert',
  actual: 'Istwert',
  progress: 'Fortschritt',
  notMeasured: 'nicht gemessen',
  chartLegend: { target: 'Zielwert', actual: 'Istwert' },
  chartNote:
    'Zielwert: gepunktete Linie und leere Quadrate; Istwert: durchgezogene Linie und gefüllte Kreise; jeder Punkt trägt seinen Wert.',
  line: 'Zeile',
  lineStatus: 'Status der Zeile',
  currency: 'Währung',
  planned: 'Geplant',
  committed: 'Gebunden',
  spent: 'Ausgegeben',
  rate: 'Kurs für 1 €',
  noRate: 'Kurs noch anzugeben',
  inEuros: (column) => `${column} (€)`,
  total: 'Summe in Euro',
  ownBudgetOf: (party) => `Eigenmittel von ${party}`,
  totalGranted: 'Bewilligte Mittel insgesamt',
  share: 'Anteil',
  leverage: 'Hebelwirkung',
  leverageSentence: (value) =>
    `jeder von diesem Geldgeber bewilligte Euro mobilisiert ${value} € weiterer Mittel`,
  grantNotInBudget: 'Keine Budgetzeile nennt diesen Geldgeber: Anteil und Hebelwirkung nicht berechnet.',
  requestedApart: 'Beantragt, Entscheidung ausstehend (nicht gezählt)',
  refusedApart: 'Abgelehnt (nicht gezählt)',
  receivedInTranches: 'In Tranchen erhalten',
  linesWithoutRate: (count) =>
    count === 1
      ? '1 Zeile ohne Kurs wird nicht in Euro gezählt.'
      : `${count} Zeilen ohne Kurs werden nicht in Euro gezählt.`,
  tranche: 'Tranche',
  expectedOn: 'Erwartet am',
  expected: 'Erwarteter Betrag',
  receivedOn: 'Erhalten am',
  received: 'Erhaltener Betrag',
  report: 'Bericht',
  dueOn: 'Fällig am',
  sentOn: 'Gesendet am',
  notSent: 'nicht gesendet',
  thisReport: 'dieser Bericht',
  heading: 'Punkt',
  value: 'Wert',
  date: 'Datum',
  source: 'Quelle',
  kind: 'Art',
  party: 'Partei',
  text: 'Text',
  sheets: {
    summary: 'Bericht',
    activities: 'Aktivitäten',
    indicators: 'Indikatoren',
    lines: 'Budget je Zeile',
    funders: 'Budget je Geldgeber',
    applications: 'Anträge',
    tranches: 'Tranchen',
    reports: 'Berichte',
  },
  footer: (date) => `Mit Passerelle erstellt am ${date}`,
  fileName: { interim: 'zwischenbericht', final: 'abschlussbericht' },
  colon: ': ',
  comma: ', ',
};

const ES: FunderReportWords = {
  title: { interim: 'Informe intermedio al financiador', final: 'Informe final al financiador' },
  daectTitle: {
    interim: 'Informe técnico y financiero intermedio',
    final: 'Informe técnico y financiero final',
  },
  generic: {
    application: 'La subvención',
    objectives: 'Objetivos y descripción de la acción',
    activities: 'Lo realizado durante el periodo',
    hereAndThere: 'Dónde se desarrolla la acción',
    indicators: 'Indicadores por periodo',
    budget: 'Presupuesto: previsto, comprometido, gastado',
    cofinancing: 'Cofinanciación y efecto palanca',
    payments: 'Pagos e informes',
    otherApplications: 'Otras solicitudes de financiación de la acción',
  },
  daect: {
    application: '1. El proyecto y la subvención',
    objectives: '2. Los objetivos del proyecto',
    activities: '3. Actividades realizadas durante el periodo',
    hereAndThere: '4. Efectos aquí y allá',
    indicators: '5. Seguimiento y evaluación: indicadores compartidos',
    budget: '6. Balance financiero: previsto y realizado',
    cofinancing: '7. Plan de cofinanciación y efecto palanca',
    payments: '8. Pagos recibidos e informes',
    otherApplications: '9. Otras financiaciones solicitadas',
  },
  period: (from, to) => `Periodo del ${from} al ${to}`,
  answersReport: (dueOn) => `Informe previsto para el ${dueOn}`,
  noReportPlanned: 'No hay ningún informe de este tipo previsto para esta subvención.',
  applicationStatus: {
    draft: 'Borrador',
    submitted: 'Presentada, decisión pendiente',
    granted: 'Concedida',
    refused: 'Denegada',
    withdrawn: 'Retirada',
  },
  logKind: {
    meeting: 'Reunión',
    training: 'Formación',
    mission: 'Misión',
    delivery: 'Entrega',
    other: 'Otro',
  },
  reportKind: { interim: 'Informe intermedio', final: 'Informe final' },
  action: 'Acción',
  description: 'Descripción',
  objectives: 'Objetivos',
  dates: 'Fechas de la acción',
  status: 'Estado',
  call: 'Convocatoria',
  funder: 'Financiador',
  requested: 'Solicitado',
  granted: 'Concedido',
  submittedOn: 'Presentada el',
  decidedOn: 'Decisión del',
  conditions: 'Condiciones del financiador',
  none: 'Ninguno.',
  visit: 'Misión',
  locatedIn: 'Territorios de la acción',
  indicator: 'Indicador',
  unit: 'Unidad',
  periodColumn: 'Periodo',
  startsOn: 'Inicio',
  endsOn: 'Fin',
  overall: 'Toda la acción',
  baseline: 'Línea de base',
  target: 'Meta',
  actual: 'Logrado',
  progress: 'Avance',
  notMeasured: 'no medido',
  chartLegend: { target: 'Meta', actual: 'Logrado' },
  chartNote:
    'Meta: línea punteada y cuadrados vacíos; logrado: línea continua y círculos llenos; cada punto lleva su valor.',
  line: 'Línea',
  lineStatus: 'Estado de la línea',
  currency: 'Moneda',
  planned: 'Previsto',
  committed: 'Comprometido',
  spent: 'Gastado',
  rate: 'Tipo por 1 €',
  noRate: 'tipo por indicar',
  inEuros: (column) => `${column} (€)`,
  total: 'Total en euros',
  ownBudgetOf: (party) => `Presupuesto propio de ${party}`,
  totalGranted: 'Total de financiación concedida',
  share: 'Parte',
  leverage: 'Efecto palanca',
  leverageSentence: (value) =>
    `cada euro concedido por este financiador moviliza ${value} € de otras financiaciones`,
  grantNotInBudget:
    'Ninguna línea del presupuesto nombra a este financiador: parte y efecto palanca no calculados.',
  requestedApart: 'Solicitado, decisión pendiente (no contado)',
  refusedApart: 'Denegado (no contado)',
  receivedInTranches: 'Recibido en tramos',
  linesWithoutRate: (count) =>
    count === 1
      ? '1 línea sin tipo no se cuenta en euros.'
      : `${count} líneas sin tipo no se cuentan en euros.`,
  tranche: 'Tramo',
  expectedOn: 'Previsto el',
  expected: 'Importe previsto',
  receivedOn: 'Recibido el',
  received: 'Importe recibido',
  report: 'Informe',
  dueOn: 'Previsto para el',
  sentOn: 'Enviado el',
  notSent: 'no enviado',
  thisReport: 'este informe',
  heading: 'Apartado',
  value: 'Valor',
  date: 'Fecha',
  source: 'Fuente',
  kind: 'Tipo',
  party: 'Parte',
  text: 'Texto',
  sheets: {
    summary: 'Informe',
    activities: 'Actividades',
    indicators: 'Indicadores',
    lines: 'Presupuesto por línea',
    funders: 'Presupuesto por financiador',
    applications: 'Solicitudes',
    tranches: 'Tramos',
    reports: 'Informes',
  },
  footer: (date) => `Documento elaborado con Passerelle el ${date}`,
  fileName: { interim: 'informe-intermedio', final: 'informe-final' },
  colon: ': ',
  comma: ', ',
};

const PT: FunderReportWords = {
  title: { interim: 'Relatório intercalar ao financiador', final: 'Relatório final ao financiador' },
  daectTitle: {
    interim: 'Relatório técnico e financeiro intercalar',
    final: 'Relatório técnico e financeiro final',
  },
  generic: {
    application: 'A subvenção',
    objectives: 'Objetivos e descrição da ação',
    activities: 'O que foi feito no período',
    hereAndThere: 'Onde decorre a ação',
    indicators: 'Indicadores por período',
    budget: 'Orçamento: previsto, comprometido, gasto',
    cofinancing: 'Cofinanciamento e efeito de alavanca',
    payments: 'Pagamentos e relatórios',
    otherApplications: 'Outras candidaturas de financiamento da ação',
  },
  daect: {
    application: '1. O projeto e a subvenção',
    objectives: '2. Os objetivos do projeto',
    activities: '3. Atividades realizadas no período',
    hereAndThere: '4. Efeitos cá e lá',
    indicators: '5. Acompanhamento e avaliação: indicadores partilhados',
    budget: '6. Balanço financeiro: previsto e realizado',
    cofinancing: '7. Plano de cofinanciamento e efeito de alavanca',
    payments: '8. Pagamentos recebidos e relatórios',
    otherApplications: '9. Outros financiamentos pedidos',
  },
  period: (from, to) => `Período de ${from} a ${to}`,
  answersReport: (dueOn) => `Relatório esperado em ${dueOn}`,
  noReportPlanned: 'Nenhum relatório deste tipo está previsto para esta subvenção.',
  applicationStatus: {
    draft: 'Rascunho',
    submitted: 'Apresentada, decisão pendente',
    granted: 'Aprovada',
    refused: 'Recusada',
    withdrawn: 'Retirada',
  },
  logKind: {
    meeting: 'Reunião',
    training: 'Formação',
    mission: 'Missão',
    delivery: 'Entrega',
    other: 'Outro',
  },
  reportKind: { interim: 'Relatório intercalar', final: 'Relatório final' },
  action: 'Ação',
  description: 'Descrição',
  objectives: 'Objetivos',
  dates: 'Datas da ação',
  status: 'Estado',
  call: 'Concurso',
  funder: 'Financiador',
  requested: 'Pedido',
  granted: 'Concedido',
  submittedOn: 'Apresentada em',
  decidedOn: 'Decisão de',
  conditions: 'Condições do financiador',
  none: 'Nenhum.',
  visit: 'Missão',
  locatedIn: 'Territórios da ação',
  indicator: 'Indicador',
  unit: 'Unidade',
  periodColumn: 'Período',
  startsOn: 'Início',
  endsOn: 'Fim',
  overall: 'Toda a ação',
  baseline: 'Base',
  target: 'Meta',
  actual: 'Realizado',
  progress: 'Progresso',
  notMeasured: 'não medido',
  chartLegend: { target: 'Meta', actual: 'Realizado' },
  chartNote:
    'Meta: linha pontilhada e quadrados vazios; realizado: linha contínua e círculos cheios; cada ponto indica o seu valor.',
  line: 'Linha',
  lineStatus: 'Estado da linha',
  currency: 'Moeda',
  planned: 'Previsto',
  committed: 'Comprometido',
  spent: 'Gasto',
  rate: 'Taxa para 1 €',
  noRate: 'taxa a indicar',
  inEuros: (column) => `${column} (€)`,
  total: 'Total em euros',
  ownBudgetOf: (party) => `Orçamento próprio de ${party}`,
  totalGranted: 'Total dos financiamentos concedidos',
  share: 'Parte',
  leverage: 'Efeito de alavanca',
  leverageSentence: (value) =>
    `cada euro concedido por este financiador mobiliza ${value} € de outros financiamentos`,
  grantNotInBudget:
    'Nenhuma linha do orçamento indica este financiador: parte e efeito de alavanca não calculados.',
  requestedApart: 'Pedido, decisão pendente (não contado)',
  refusedApart: 'Recusado (não contado)',
  receivedInTranches: 'Recebido em tranches',
  linesWithoutRate: (count) =>
    count === 1
      ? '1 linha sem taxa não é contada em euros.'
      : `${count} linhas sem taxa não são contadas em euros.`,
  tranche: 'Tranche',
  expectedOn: 'Esperada em',
  expected: 'Montante esperado',
  receivedOn: 'Recebida em',
  received: 'Montante recebido',
  report: 'Relatório',
  dueOn: 'Esperado em',
  sentOn: 'Enviado em',
  notSent: 'não enviado',
  thisReport: 'este relatório',
  heading: 'Rubrica',
  value: 'Valor',
  date: 'Data',
  source: 'Fonte',
  kind: 'Tipo',
  party: 'Parte',
  text: 'Texto',
  sheets: {
    summary: 'Relatório',
    activities: 'Atividades',
    indicators: 'Indicadores',
    lines: 'Orçamento por linha',
    funders: 'Orçamento por financiador',
    applications: 'Candidaturas',
    tranches: 'Tranches',
    reports: 'Relatórios',
  },
  footer: (date) => `Documento elaborado com o Passerelle em ${date}`,
  fileName: { interim: 'relatorio-intercalar', final: 'relatorio-final' },
  colon: ': ',
  comma: ', ',
};

const AR: FunderReportWords = {
  title: { interim: 'التقرير المرحلي إلى المموِّل', final: 'التقرير النهائي إلى المموِّل' },
  daectTitle: {
    interim: 'التقرير التقني والمالي المرحلي',
    final: 'التقرير التقني والمالي النهائي',
  },
  generic: {
    application: 'المنحة',
    objectives: 'أهداف النشاط ووصفه',
    activities: 'ما أُنجز خلال الفترة',
    hereAndThere: 'أين يجري النشاط',
    indicators: 'المؤشرات حسب الفترة',
    budget: 'الميزانية: المقرّر والملتزَم به والمصروف',
    cofinancing: 'التمويل المشترك وأثر الرافعة',
    payments: 'الدفعات والتقارير',
    otherApplications: 'طلبات التمويل الأخرى للنشاط',
  },
  daect: {
    application: '1. تعريف المشروع والمنحة',
    objectives: '2. التذكير بأهداف المشروع',
    activities: '3. الأنشطة المنجزة خلال الفترة',
    hereAndThere: '4. الآثار هنا وهناك',
    indicators: '5. المتابعة والتقييم: المؤشرات المشتركة',
    budget: '6. الحصيلة المالية: المتوقَّع والمنجز',
    cofinancing: '7. خطة التمويل المشترك وأثر الرافعة',
    payments: '8. الدفعات المستلَمة والتقارير',
    otherApplications: '9. تمويلات أخرى مطلوبة',
  },
  period: (from, to) => `الفترة من ${from} إلى ${to}`,
  answersReport: (dueOn) => `التقرير منتظر في ${dueOn}`,
  noReportPlanned: 'لا يوجد أي تقرير من هذا النوع مقرّر لهذه المنحة.',
  applicationStatus: {
    draft: 'مسودة',
    submitted: 'مودَع، في انتظار القرار',
    granted: 'مقبول',
    refused: 'مرفوض',
    withdrawn: 'مسحوب',
  },
  logKind: {
    meeting: 'اجتماع',
    training: 'تكوين',
    mission: 'مهمة',
    delivery: 'تسليم',
    other: 'أخرى',
  },
  reportKind: { interim: 'تقرير مرحلي', final: 'تقرير نهائي' },
  action: 'النشاط',
  description: 'الوصف',
  objectives: 'الأهداف',
  dates: 'تواريخ النشاط',
  status: 'الحالة',
  call: 'الدعوة لتقديم المشاريع',
  funder: 'المموِّل',
  requested: 'المطلوب',
  granted: 'الممنوح',
  submittedOn: 'أُودع في',
  decidedOn: 'تاريخ القرار',
  conditions: 'شروط المموِّل',
  none: 'لا شيء.',
  visit: 'زيارة',
  locatedIn: 'مجالات النشاط الترابية',
  indicator: 'المؤشر',
  unit: 'الوحدة',
  periodColumn: 'الفترة',
  startsOn: 'البداية',
  endsOn: 'النهاية',
  overall: 'النشاط بأكمله',
  baseline: 'القيمة المرجعية',
  target: 'الهدف',
  actual: 'المنجز',
  progress: 'التقدّم',
  notMeasured: 'لم يُقَس',
  chartLegend: { target: 'الهدف', actual: 'المنجز' },
  chartNote: 'الهدف: خط منقّط ومربعات فارغة؛ المنجز: خط متصل ودوائر ممتلئة؛ كل نقطة تحمل قيمتها.',
  line: 'البند',
  lineStatus: 'حالة البند',
  currency: 'العملة',
  planned: 'المقرّر',
  committed: 'الملتزَم به',
  spent: 'المصروف',
  rate: 'السعر مقابل 1 €',
  noRate: 'يجب ذكر السعر',
  inEuros: (column) => `${column} (€)`,
  total: 'المجموع باليورو',
  ownBudgetOf: (party) => `الميزانية الذاتية لـ ${party}`,
  totalGranted: 'مجموع التمويلات الممنوحة',
  share: 'الحصة',
  leverage: 'أثر الرافعة',
  leverageSentence: (value) => `كل يورو يمنحه هذا المموِّل يعبّئ ${value} € من تمويلات أخرى`,
  grantNotInBudget: 'لا يذكر أي بند من الميزانية هذا المموِّل: لم تُحسب الحصة ولا أثر الرافعة.',
  requestedApart: 'مطلوب، في انتظار القرار (غير محتسب)',
  refusedApart: 'مرفوض (غير محتسب)',
  receivedInTranches: 'المستلَم على دفعات',
  linesWithoutRate: (count) =>
    count === 1 ? 'بند واحد دون سعر لا يُحتسب باليورو.' : `بنود دون سعر لا تُحتسب باليورو: ${count}`,
  tranche: 'الدفعة',
  expectedOn: 'منتظرة في',
  expected: 'المبلغ المنتظر',
  receivedOn: 'مستلَمة في',
  received: 'المبلغ المستلَم',
  report: 'التقرير',
  dueOn: 'منتظر في',
  sentOn: 'أُرسل في',
  notSent: 'لم يُرسل',
  thisReport: 'هذا التقرير',
  heading: 'العنصر',
  value: 'القيمة',
  date: 'التاريخ',
  source: 'المصدر',
  kind: 'النوع',
  party: 'الطرف',
  text: 'النص',
  sheets: {
    summary: 'التقرير',
    activities: 'الأنشطة',
    indicators: 'المؤشرات',
    lines: 'الميزانية حسب البند',
    funders: 'الميزانية حسب المموِّل',
    applications: 'الطلبات',
    tranches: 'الدفعات',
    reports: 'التقارير',
  },
  footer: (date) => `وثيقة أُعدّت بواسطة Passerelle في ${date}`,
  // Latin file names, which every mail gateway and file system keeps intact (docs/translations.md).
  fileName: { interim: 'interim-report', final: 'final-report' },
  colon: ': ',
  comma: '، ',
};

export const FUNDER_REPORT_WORDS: Record<InterfaceLanguage, FunderReportWords> = {
  fr: FR,
  en: EN,
  de: DE,
  es: ES,
  pt: PT,
  ar: AR,
};

/** The sections of each layout, in order, and their headings. */
export const FUNDER_REPORT_SECTIONS: Record<'generic' | 'daect', readonly FunderReportSection[]> = {
  generic: [
    'application',
    'objectives',
    'activities',
    'indicators',
    'budget',
    'cofinancing',
    'payments',
    'otherApplications',
  ],
  // The ministry's report follows the project from its aims to its money, with the reciprocity it asks for.
  daect: [
    'application',
    'objectives',
    'activities',
    'hereAndThere',
    'indicators',
    'budget',
    'cofinancing',
    'payments',
    'otherApplications',
  ],
};
