import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { presentationFr } from './fr';

export const presentationEs: Catalogue<typeof presentationFr> = {
  presentation: {
    open: 'Saber presentarse: la presentación de su gobierno local, en francés y en inglés, para imprimir o compartir',
    readOnly: 'Su rol permite consultar la presentación, no modificarla.',
    completenessTitle: 'Grado de compleción',
    completenessList: 'Secciones del texto en francés',
    complete: 'Las cuatro secciones del texto en francés guardado están redactadas.',
    incomplete: '{{written}} de {{total}} secciones redactadas en el texto en francés guardado.',
    sectionState: '{{section}}: {{state}}',
    sectionWritten: 'redactada',
    sectionMissing: 'por redactar',
    textTitle: 'Texto de la presentación',
    textIntro:
      'Este texto presenta su gobierno local a posibles socios: sus motivaciones, su territorio y sus actores, sus retos y lo que puede aportar.',
    language: 'Idioma de la presentación',
    languageHint:
      'El francés es el texto principal: la compleción se mide sobre él. El inglés es su traducción, para los socios en el extranjero.',
    languages: {
      fr: 'Francés',
      en: 'Inglés',
    },
    fillFromDraft: 'Retomar el borrador',
    fillFromDraftHint:
      'Rellena los campos vacíos con un borrador redactado en francés a partir de su expediente de la etapa 1.',
    draftApplied: 'Borrador incorporado en los campos vacíos: {{sections}}. Reléalos y después guarde.',
    draftNothing: 'No hay ningún campo vacío que rellenar con el borrador.',
    save: 'Guardar la presentación',
    saved: 'Presentación guardada ({{language}}).',
    conflict:
      'Alguien ha modificado la presentación mientras tanto. El texto guardado se ha vuelto a cargar: revíselo y vuelva a introducir sus cambios.',
    documentsTitle: 'Documentos',
    documentsIntro: 'El PDF y la versión para imprimir recogen el texto guardado.',
    pdfFr: 'Descargar el PDF (francés)',
    pdfEn: 'Descargar el PDF (inglés)',
    noTextYet:
      'Aún no hay PDF: la presentación no tiene texto en ningún idioma. Se ofrece un PDF en cada idioma en que esté redactada.',
    printView: 'Versión para imprimir',
    printViewLanguage: '(idioma: {{language}})',
    backToEditor: 'Volver a la presentación',
    print: 'Imprimir',
  },
  presentationSections: {
    motivations: 'Nuestras motivaciones',
    territory_and_actors: 'Nuestro territorio y sus actores',
    stakes: 'Nuestros retos',
    contributions: 'Lo que podemos aportar',
  },
  presentationHints: {
    motivations: 'Por qué su gobierno local quiere cooperar y qué espera de ello.',
    territory_and_actors: 'Su territorio, sus habitantes y los actores que impulsan el proceso.',
    stakes: 'Los retos de su territorio para los que la cooperación puede ser una palanca.',
    contributions: 'Los conocimientos, servicios o experiencias que puede compartir.',
  },
  presentationDocument: {
    subtitle: 'Presentación del gobierno local',
    empty: 'Sección sin completar.',
  },
  shareLinks: {
    title: 'Enlaces para compartir',
    noTextYet:
      'Redacte la presentación antes de compartirla: se ofrece un enlace en cada idioma en que tenga texto.',
    intro:
      'Envíe a un gobierno local candidato un enlace a su presentación: la lee sin cuenta, sin ver nada más de la alianza. El enlace caduca al cabo del número de días elegido; puede retirarlo en cualquier momento.',
    language: 'Idioma del enlace',
    days: 'Validez (días)',
    daysHint: 'De 1 a {{max}} días.',
    create: 'Crear un enlace para compartir',
    created: 'Enlace creado ({{language}}), válido hasta el {{date}}. Cópielo ahora: no volverá a mostrarse.',
    url: 'Enlace que enviar',
    urlHint: 'Se muestra una sola vez: Passerelle solo guarda una huella.',
    copy: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se ha podido copiar: seleccione el enlace y cópielo.',
    listTitle: 'Enlaces enviados',
    empty: 'Ningún enlace por ahora.',
    summary: 'Enlace del {{created}} · {{language}}',
    states: {
      active: 'Activo',
      expired: 'Caducado',
      revoked: 'Retirado',
    },
    expiresOn: 'Caduca el {{date}}.',
    expiredOn: 'Caducó el {{date}}.',
    revokedOn: 'Retirado el {{date}}.',
    revoke: 'Retirar el enlace del {{date}}',
    revoked: 'El enlace del {{date}} está retirado: ya no funciona.',
  },
};
