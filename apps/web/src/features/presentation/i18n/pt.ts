import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { presentationFr } from './fr';

export const presentationPt: Catalogue<typeof presentationFr> = {
  presentation: {
    open: 'Saber apresentar-se: a apresentação da sua autarquia, em francês e em inglês, para imprimir ou partilhar',
    readOnly: 'A sua função permite consultar a apresentação, mas não alterá-la.',
    completenessTitle: 'Completude',
    completenessList: 'Secções do texto francês',
    complete: 'As quatro secções do texto francês guardado estão redigidas.',
    incomplete: '{{written}} secções redigidas de {{total}} no texto francês guardado.',
    sectionState: '{{section}}: {{state}}',
    sectionWritten: 'redigida',
    sectionMissing: 'por redigir',
    textTitle: 'Texto da apresentação',
    textIntro:
      'Este texto apresenta a sua autarquia aos parceiros possíveis: as suas motivações, o seu território e os seus atores, os seus desafios e o que pode trazer.',
    language: 'Língua da apresentação',
    languageHint:
      'O francês é o texto principal: a completude mede-se sobre ele. O inglês é a sua tradução, para os parceiros no estrangeiro.',
    languages: {
      fr: 'Francês',
      en: 'Inglês',
    },
    fillFromDraft: 'Retomar o rascunho',
    fillFromDraftHint:
      'Preenche os campos vazios com um rascunho redigido em francês a partir do seu processo da etapa 1.',
    draftApplied: 'Rascunho retomado nos campos vazios: {{sections}}. Reveja-os e depois guarde.',
    draftNothing: 'Nenhum campo vazio a preencher a partir do rascunho.',
    save: 'Guardar a apresentação',
    saved: 'Apresentação guardada ({{language}}).',
    conflict:
      'Alguém alterou a apresentação entretanto. O texto guardado foi recarregado: verifique-o e introduza de novo as suas alterações.',
    documentsTitle: 'Documentos',
    documentsIntro: 'O PDF e a versão para impressão retomam o texto guardado.',
    pdfFr: 'Descarregar o PDF (francês)',
    pdfEn: 'Descarregar o PDF (inglês)',
    noTextYet:
      'Ainda não há PDF: a apresentação não tem texto em nenhuma língua. É proposto um PDF em cada língua em que estiver redigida.',
    printView: 'Versão para impressão',
    printViewLanguage: '(língua: {{language}})',
    backToEditor: 'Voltar à apresentação',
    print: 'Imprimir',
  },
  presentationSections: {
    motivations: 'As nossas motivações',
    territory_and_actors: 'O nosso território e os seus atores',
    stakes: 'Os nossos desafios',
    contributions: 'O que podemos trazer',
  },
  presentationHints: {
    motivations: 'Porque quer a sua autarquia cooperar, e o que espera disso.',
    territory_and_actors: 'O seu território, os seus habitantes e os atores que sustentam o processo.',
    stakes: 'Os desafios do seu território para os quais a cooperação pode ser uma alavanca.',
    contributions: 'Os saberes, serviços ou experiências que pode partilhar.',
  },
  presentationDocument: {
    subtitle: 'Apresentação da autarquia',
    empty: 'Secção não preenchida.',
  },
  shareLinks: {
    title: 'Ligações de partilha',
    noTextYet:
      'Redija a apresentação antes de a partilhar: é proposta uma ligação em cada língua em que tiver texto.',
    intro:
      'Envie a uma autarquia candidata uma ligação para a sua apresentação: lê-a sem conta, sem ver mais nada da parceria. A ligação expira ao fim do número de dias escolhido; pode retirá-la a qualquer momento.',
    language: 'Língua da ligação',
    days: 'Validade (dias)',
    daysHint: 'De 1 a {{max}} dias.',
    create: 'Criar uma ligação de partilha',
    created: 'Ligação criada ({{language}}), válida até {{date}}. Copie-a agora: não voltará a ser mostrada.',
    url: 'Ligação a enviar',
    urlHint: 'Mostrada uma única vez: o Passerelle só guarda uma impressão digital dela.',
    copy: 'Copiar a ligação',
    copied: 'Ligação copiada.',
    copyFailed: 'A cópia falhou: selecione a ligação e copie-a.',
    listTitle: 'Ligações enviadas',
    empty: 'Ainda não há ligações.',
    summary: 'Ligação de {{created}} · {{language}}',
    states: {
      active: 'Ativa',
      expired: 'Expirada',
      revoked: 'Retirada',
    },
    expiresOn: 'Expira em {{date}}.',
    expiredOn: 'Expirou em {{date}}.',
    revokedOn: 'Retirada em {{date}}.',
    revoke: 'Retirar a ligação de {{date}}',
    revoked: 'A ligação de {{date}} foi retirada: já não funciona.',
  },
};
