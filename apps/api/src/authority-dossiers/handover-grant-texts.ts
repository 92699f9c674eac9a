import type { FunderReportKind, HandoverGrantStatus, InterfaceLanguage } from '@passerelle/domain';

/** The words of the handover dossier's obligations to funders: grants, tranches and reports due. */
export interface HandoverGrantTexts {
  heading: string;
  /** A call's or a tranche's name quoted as the language quotes. */
  quote: (text: string) => string;
  status: Record<HandoverGrantStatus, string>;
  appliedBy: string;
  requested: string;
  submitBy: string;
  decidedOn: string;
  conditions: string;
  tranche: string;
  expectedOn: string;
  receivedOn: string;
  notReceived: string;
  report: Record<FunderReportKind, string>;
  dueOn: string;
  sentOn: string;
  notSent: string;
}

export const HANDOVER_GRANT_TEXTS: Record<InterfaceLanguage, HandoverGrantTexts> = {
  fr: {
    quote: (text) => `« ${text} »`,
    heading: 'Obligations envers les financeurs',
    status: { draft: 'brouillon', submitted: 'déposée, en attente de décision', granted: 'accordée' },
    appliedBy: 'demande de',
    requested: 'demandé',
    submitBy: 'à déposer au plus tard le',
    decidedOn: 'décidée le',
    conditions: 'Conditions',
    tranche: 'Tranche',
    expectedOn: 'attendue le',
    receivedOn: 'reçue le',
    notReceived: 'pas encore reçue',
    report: { interim: 'Rapport intermédiaire', final: 'Rapport final' },
    dueOn: 'dû le',
    sentOn: 'envoyé le',
    notSent: 'pas encore envoyé',
  },
  en: {
    quote: (text) => `“${text}”`,
    heading: 'Obligations to funders',
    status: { draft: 'draft', submitted: 'submitted, awaiting decision', granted: 'granted' },
    appliedBy: 'applied for by',
    requested: 'requested',
    submitBy: 'to submit by',
    decidedOn: 'decided on',
    conditions: 'Conditions',
    tranche: 'Tranche',
    expectedOn: 'expected on',
    receivedOn: 'received on',
    notReceived: 'not received yet',
    report: { interim: 'Interim report', final: 'Final report' },
    dueOn: 'due on',
    sentOn: 'sent on',
    notSent: 'not sent yet',
  },
  de: {
    quote: (text) => `„${text}“`,
    heading: 'Pflichten gegenüber Geldgebern',
    status: { draft: 'Entwurf', submitted: 'eingereicht, Entscheidung ausstehend', granted: 'bewilligt' },
    appliedBy: 'beantragt von',
    requested: 'beantragt',
    submitBy: 'einzureichen bis',
    decidedOn: 'entschieden am',
    conditions: 'Auflagen',
    tranche: 'Tranche',
    expectedOn: 'erwartet am',
    receivedOn: 'eingegangen am',
    notReceived: 'noch nicht eingegangen',
    report: { interim: 'Zwischenbericht', final: 'Schlussbericht' },
    dueOn: 'fällig am',
    sentOn: 'eingereicht am',
    notSent: 'noch nicht eingereicht',
  },
  es: {
    quote: (text) => `«${text}»`,
    heading: 'Obligaciones con los financiadores',
    status: { draft: 'borrador', submitted: 'presentada, pendiente de decisión', granted: 'concedida' },
    appliedBy: 'solicitud de',
    requested: 'solicitado',
    submitBy: 'a presentar a más tardar el',
    decidedOn: 'decidida el',
    conditions: 'Condiciones',
    tranche: 'Tramo',
    expectedOn: 'previsto para el',
    receivedOn: 'recibido el',
    notReceived: 'aún no recibido',
    report: { interim: 'Informe intermedio', final: 'Informe final' },
    dueOn: 'con vencimiento el',
    sentOn: 'enviado el',
    notSent: 'aún no enviado',
  },
  pt: {
    quote: (text) => `«${text}»`,
    heading: 'Obrigações para com os financiadores',
    status: { draft: 'rascunho', submitted: 'apresentada, a aguardar decisão', granted: 'concedida' },
    appliedBy: 'candidatura de',
    requested: 'solicitado',
    submitBy: 'a apresentar até',
    decidedOn: 'decidida em',
    conditions: 'Condições',
    tranche: 'Tranche',
    expectedOn: 'prevista para',
    receivedOn: 'recebida em',
    notReceived: 'ainda não recebida',
    report: { interim: 'Relatório intercalar', final: 'Relatório final' },
    dueOn: 'devido em',
    sentOn: 'enviado em',
    notSent: 'ainda não enviado',
  },
  ar: {
    quote: (text) => `«${text}»`,
    heading: 'الالتزامات تجاه الممولين',
    status: { draft: 'مسودة', submitted: 'مقدَّم، في انتظار القرار', granted: 'ممنوح' },
    appliedBy: 'طلب من',
    requested: 'المطلوب',
    submitBy: 'يُقدَّم في موعد أقصاه',
    decidedOn: 'تقرر في',
    conditions: 'الشروط',
    tranche: 'الدفعة',
    expectedOn: 'متوقعة في',
    receivedOn: 'وردت في',
    notReceived: 'لم ترد بعد',
    report: { interim: 'التقرير المرحلي', final: 'التقرير النهائي' },
    dueOn: 'مستحق في',
    sentOn: 'أُرسل في',
    notSent: 'لم يُرسل بعد',
  },
};
