import { INTERFACE_LANGUAGES, REMINDER_KINDS, interfaceLanguageOf } from '@passerelle/domain';
import { reminderMail, type ReminderMailContent } from './reminder-mail';

const due: ReminderMailContent = {
  kind: 'dialogue-due',
  recipientName: 'Claire Martin',
  partnershipTitle: 'Angers – Bamako',
  otherParties: ['District de Bamako'],
  audience: 'elected_officials',
  visit: null,
  conventionExpiresOn: null,
  fundingCall: null,
  subjectDate: '2027-03-12',
  today: '2027-03-05',
  link: 'http://passerelle.test/partenariats/p-1/dialogue',
};

const visit = {
  purpose: 'Rencontre des services de l’eau',
  startsOn: '2027-04-10',
  endsOn: '2027-04-14',
  travellingParty: "Ville d'Angers",
  hostParty: 'District de Bamako',
};

describe('reminder mails', () => {
  it('tells a French reader which exchange is due with whom, by when, and links to the dialogue page', () => {
    const mail = reminderMail('claire@angers.test', 'fr', due);
    expect(mail.to).toEqual(['claire@angers.test']);
    expect(mail.subject).toBe('Échange entre élus à tenir d’ici le 12 mars 2027 — « Angers – Bamako »');
    expect(mail.text.split('\n')).toEqual([
      'Bonjour Claire Martin,',
      '',
      'Un échange entre élus est attendu avec District de Bamako au plus tard le 12 mars 2027 (dans 7 jours). Une fois l’échange tenu, consignez-le dans le journal du dialogue.',
      '',
      'Partenariat : Angers – Bamako',
      'Avec : District de Bamako',
      '',
      'Pour voir et agir sur Passerelle :',
      'http://passerelle.test/partenariats/p-1/dialogue',
      '',
      'Vous recevez ce rappel parce que vous suivez ce partenariat. Vous pouvez choisir les rappels que vous recevez dans votre compte Passerelle.',
    ]);
  });

  it('writes to an English reader in English, counting the days from the day it is delivered', () => {
    const mail = reminderMail('awa@bamako.test', 'en', {
      ...due,
      today: '2027-03-11',
      audience: 'technicians',
    });
    expect(mail.subject).toBe('Exchange between technical staff due by 12 March 2027 — "Angers – Bamako"');
    expect(mail.text).toContain('Hello Claire Martin,');
    expect(mail.text).toContain(
      'An exchange between technical staff with District de Bamako is due by 12 March 2027 (tomorrow).',
    );
    expect(mail.text).toContain('Partnership: Angers – Bamako');
    expect(mail.text).not.toMatch(/[àéèçœ]/);
  });

  it('writes to a German reader in German, formally, with German dates and quotation marks', () => {
    const mail = reminderMail('jonas@freiburg.test', 'de', due);
    expect(mail.subject).toBe(
      'Austausch zwischen Mandatsträger:innen fällig bis zum 12. März 2027 — „Angers – Bamako“',
    );
    expect(mail.text).toContain('Guten Tag Claire Martin,');
    expect(mail.text).toContain(
      'Ein Austausch zwischen Mandatsträger:innen mit District de Bamako ist spätestens am 12. März 2027 fällig (in 7 Tagen).',
    );
    expect(mail.text).toContain('Partnerschaft: Angers – Bamako');
  });

  it('writes to a Spanish reader in Spanish, with Spanish dates and quotation marks', () => {
    const mail = reminderMail('lucia@valencia.test', 'es', { ...due, today: '2027-03-11' });
    expect(mail.subject).toBe(
      'Intercambio entre cargos electos previsto a más tardar el 12 de marzo de 2027 — «Angers – Bamako»',
    );
    expect(mail.text).toContain('Buenos días, Claire Martin:');
    expect(mail.text).toContain('a más tardar el 12 de marzo de 2027 (mañana).');
    expect(mail.text).toContain('Alianza: Angers – Bamako');
  });

  it('says the relation is falling asleep when the exchange is overdue', () => {
    const mail = reminderMail('claire@angers.test', 'fr', {
      ...due,
      kind: 'dialogue-overdue',
      audience: 'technicians',
      today: '2027-03-20',
    });
    expect(mail.subject).toBe(
      'La relation s’endort : échange entre techniciens en retard — « Angers – Bamako »',
    );
    expect(mail.text).toContain('était attendu le 12 mars 2027 et n’a pas été consigné');
  });

  it('names the visit, who travels where and its dates', () => {
    const fr = reminderMail('claire@angers.test', 'fr', {
      ...due,
      kind: 'visit-upcoming',
      audience: null,
      visit,
      subjectDate: visit.startsOn,
      today: '2027-03-11',
      link: 'http://passerelle.test/partenariats/p-1/missions',
    });
    expect(fr.subject).toBe(
      'Visite dans 30 jours : « Rencontre des services de l’eau » — « Angers – Bamako »',
    );
    expect(fr.text).toContain(
      "La visite « Rencontre des services de l’eau » (Ville d'Angers chez District de Bamako) a lieu du 10 avril 2027 au 14 avril 2027, dans 30 jours.",
    );
    const en = reminderMail('awa@bamako.test', 'en', {
      ...due,
      kind: 'visit-report-missing',
      audience: null,
      visit,
      subjectDate: visit.endsOn,
      today: '2027-04-28',
    });
    expect(en.subject).toBe('Report to write: visit "Rencontre des services de l’eau" — "Angers – Bamako"');
    expect(en.text).toContain("(Ville d'Angers visiting District de Bamako) ended on 14 April 2027");
  });

  it('says when the convention ends or renews, and that this reminder cannot be turned off', () => {
    const expiring = reminderMail('claire@angers.test', 'fr', {
      ...due,
      kind: 'convention-expiring',
      audience: null,
      subjectDate: '2027-06-10',
      today: '2027-03-12',
    });
    expect(expiring.subject).toBe('La convention expire le 10 juin 2027 — « Angers – Bamako »');
    expect(expiring.text).toContain('expire le 10 juin 2027 (dans 90 jours)');
    expect(expiring.text.split('\n').at(-1)).toBe(
      'Ce rappel ne peut pas être désactivé : l’échéance d’une convention engage votre collectivité.',
    );
    const renewal = reminderMail('awa@bamako.test', 'en', {
      ...due,
      kind: 'convention-tacit-renewal',
      audience: null,
      conventionExpiresOn: '2027-09-08',
      subjectDate: '2027-06-10',
      today: '2027-06-03',
    });
    expect(renewal.text).toContain(
      'will be renewed tacitly on 8 September 2027, unless an objection is notified by 10 June 2027 (in 7 days).',
    );
    expect(renewal.text.split('\n').at(-1)).toBe(
      'This reminder cannot be turned off: the end of a convention commits your local authority.',
    );
  });

  it('writes to a Portuguese reader in Portuguese', () => {
    const mail = reminderMail('joao@praia.test', 'pt', { ...due, recipientName: 'João Tavares' });
    expect(mail.subject).toBe('Troca entre eleitos a realizar até 12 de março de 2027 — «Angers – Bamako»');
    expect(mail.text.split('\n').slice(0, 6)).toEqual([
      'Bom dia, João Tavares,',
      '',
      'É esperada uma troca entre eleitos com District de Bamako até 12 de março de 2027 (dentro de 7 dias). Depois de realizada, registe-a no diário do diálogo.',
      '',
      'Parceria: Angers – Bamako',
      'Com: District de Bamako',
    ]);
    expect(mail.text).toContain('Pode escolher os lembretes que recebe na sua conta Passerelle.');
  });

  it('writes to an Arabic reader in Arabic, the names as their authors wrote them', () => {
    const mail = reminderMail('amina@tunis.test', 'ar', { ...due, recipientName: 'Amina Ben Salah' });
    expect(mail.subject).toBe('لقاء بين المنتخَبين مقرّر في أجل أقصاه 12 مارس 2027 — «Angers – Bamako»');
    expect(mail.text.split('\n').slice(0, 6)).toEqual([
      'مرحبًا Amina Ben Salah،',
      '',
      'يُنتظر لقاء بين المنتخَبين مع District de Bamako في أجل أقصاه 12 مارس 2027 (بعد 7 أيام). بعد انعقاده، سجّلوه في سجل الحوار.',
      '',
      'الشراكة: Angers – Bamako',
      'مع: District de Bamako',
    ]);
    const days = (today: string) => reminderMail('x@test', 'ar', { ...due, today }).text;
    expect(days('2027-03-10')).toContain('(بعد يومين)');
    expect(days('2027-02-27')).toContain('(بعد 13 يومًا)');
    expect(days('2027-03-14')).toContain('(منذ يومين)');
  });

  it('has a subject and a body for every kind in every interface language', () => {
    for (const kind of REMINDER_KINDS) {
      for (const language of INTERFACE_LANGUAGES) {
        const mail = reminderMail('x@test', language, { ...due, kind, visit });
        expect(mail.subject).not.toContain('undefined');
        expect(mail.text).not.toContain('undefined');
        expect(mail.subject.length).toBeGreaterThan(10);
      }
    }
  });

  it('writes in English only to those who prefer English', () => {
    expect(interfaceLanguageOf('en')).toBe('en');
    expect(interfaceLanguageOf('en-GB')).toBe('en');
    expect(interfaceLanguageOf('fr')).toBe('fr');
    expect(interfaceLanguageOf('wo')).toBe('fr');
  });
});
