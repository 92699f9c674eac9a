import { interfaceLanguageOf } from '@passerelle/domain';
import { statusNoticeMail, type StatusNotice } from './status-notice-mail';

const termination: StatusNotice = {
  kind: 'partnership_terminated',
  partnershipTitle: 'Angers – Bamako',
  decidedBy: 'Claire Martin',
  decidedByOrganisation: "Ville d'Angers",
  reason: 'Fin du mandat',
  since: null,
  noticeGivenOn: '2027-03-01',
  effectiveOn: '2027-06-01',
  deliberation: null,
  link: 'http://passerelle.test/partenariats/p-1',
};

describe('status notice mails', () => {
  it('tells a French reader who ended the partnership, why, when, and where to see the details', () => {
    const mail = statusNoticeMail('awa@bamako.test', 'fr', termination);
    expect(mail.to).toEqual(['awa@bamako.test']);
    expect(mail.subject).toBe('Fin du partenariat « Angers – Bamako »');
    expect(mail.text.split('\n')).toEqual([
      "Ville d'Angers a décidé de mettre fin au partenariat « Angers – Bamako ».",
      '',
      "Décision prise par : Claire Martin (Ville d'Angers)",
      'Motif : Fin du mandat',
      'Préavis donné le : 1 mars 2027',
      'Prend effet le : 1 juin 2027',
      '',
      'Le détail, dont le sort de chaque action en cours, est sur Passerelle :',
      'http://passerelle.test/partenariats/p-1',
    ]);
  });

  it('writes to an English reader in English, with the suspension date instead of notice dates', () => {
    const mail = statusNoticeMail('awa@bamako.test', 'en', {
      ...termination,
      kind: 'convention_suspended',
      since: '2027-03-01',
      noticeGivenOn: null,
      effectiveOn: null,
    });
    expect(mail.subject).toBe('Convention of the partnership "Angers – Bamako" suspended');
    expect(mail.text).toContain("Ville d'Angers has suspended the convention of the partnership");
    expect(mail.text).toContain('Since: 1 March 2027');
    expect(mail.text).not.toContain('Notice given on');
  });

  it('writes to German and Spanish readers in their language, with their dates', () => {
    const de = statusNoticeMail('jonas@freiburg.test', 'de', termination);
    expect(de.subject).toBe('Ende der Partnerschaft „Angers – Bamako“');
    expect(de.text).toContain(
      "Ville d'Angers hat beschlossen, die Partnerschaft „Angers – Bamako“ zu beenden.",
    );
    expect(de.text).toContain('Wirksam ab: 1. Juni 2027');

    const es = statusNoticeMail('lucia@valencia.test', 'es', termination);
    expect(es.subject).toBe('Fin de la alianza «Angers – Bamako»');
    expect(es.text).toContain("Ville d'Angers ha decidido poner fin a la alianza «Angers – Bamako».");
    expect(es.text).toContain('Surte efecto el: 1 de junio de 2027');
  });

  it('tells the partner that the elected body decided the rupture, with its deliberation and the notice', () => {
    const mail = statusNoticeMail('awa@bamako.test', 'fr', {
      ...termination,
      kind: 'rupture_decided',
      deliberation: { body: 'Conseil municipal', reference: 'DEL-2027-114', adoptedOn: '2027-02-25' },
    });
    expect(mail.subject).toBe('Rupture du partenariat « Angers – Bamako » décidée : préavis');
    expect(mail.text).toContain('Délibération : Conseil municipal, DEL-2027-114 (25 février 2027)');
    expect(mail.text).toContain('Pendant le préavis, le partenariat continue');
    expect(mail.text).toContain('Prend effet le : 1 juin 2027');
  });

  it('writes to a Portuguese reader in Portuguese', () => {
    const mail = statusNoticeMail('joao@praia.test', 'pt', termination);
    expect(mail.subject).toBe('Fim da parceria «Angers – Bamako»');
    expect(mail.text.split('\n')).toEqual([
      "Ville d'Angers decidiu pôr termo à parceria «Angers – Bamako».",
      '',
      "Decisão tomada por: Claire Martin (Ville d'Angers)",
      'Motivo: Fin du mandat',
      'Pré-aviso dado em: 1 de março de 2027',
      'Produz efeitos em: 1 de junho de 2027',
      '',
      'O detalhe, incluindo o destino de cada ação em curso, está no Passerelle:',
      'http://passerelle.test/partenariats/p-1',
    ]);
  });

  it('writes to an Arabic reader in Arabic, the authority and the partnership keeping their names', () => {
    const mail = statusNoticeMail('amina@tunis.test', 'ar', termination);
    expect(mail.subject).toBe('إنهاء الشراكة «Angers – Bamako»');
    expect(mail.text.split('\n')).toEqual([
      "قرّرت Ville d'Angers إنهاء الشراكة «Angers – Bamako».",
      '',
      "اتخذ القرار: Claire Martin (Ville d'Angers)",
      'السبب: Fin du mandat',
      'تاريخ الإشعار: 1 مارس 2027',
      'يسري ابتداءً من: 1 يونيو 2027',
      '',
      'التفاصيل، ومنها مصير كل نشاط جارٍ، على Passerelle:',
      'http://passerelle.test/partenariats/p-1',
    ]);
  });

  it('reads English preferences as English and anything else as French', () => {
    expect(['en', 'en-GB', 'fr', 'wo', ''].map(interfaceLanguageOf)).toEqual(['en', 'en', 'fr', 'fr', 'fr']);
  });
});
