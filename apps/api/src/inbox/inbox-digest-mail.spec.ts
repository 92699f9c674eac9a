import { inboxDigestMail, type DigestLine } from './inbox-digest-mail';

const lines: DigestLine[] = [
  {
    kind: 'dialogue-exchange-due',
    partnershipTitle: 'Angers – Bamako',
    subjectLabel: 'Échange entre élus',
    dueOn: '2027-03-12',
    link: 'http://passerelle.test/partenariats/p-1/dialogue',
  },
  {
    kind: 'convention-approval',
    partnershipTitle: 'Angers – Bamako',
    subjectLabel: 'Angers – Bamako',
    dueOn: null,
    link: 'http://passerelle.test/partenariats/p-1/convention',
  },
];

describe('inbox digest mails', () => {
  it('tells a French reader what is new, each with its due date and link', () => {
    const mail = inboxDigestMail(
      'claire@angers.test',
      'Claire Martin',
      'fr',
      lines,
      'http://passerelle.test/a-faire',
    );
    expect(mail.subject).toBe('Passerelle : 2 nouveautés à faire');
    expect(mail.text).toContain('- Échange du dialogue à tenir (échéance 12 mars 2027)');
  });

  it('writes to a German reader in German', () => {
    const mail = inboxDigestMail(
      'jonas@freiburg.test',
      'Jonas Weber',
      'de',
      lines,
      'http://passerelle.test/a-faire',
    );
    expect(mail.subject).toBe('Passerelle: 2 neue Aufgaben');
    expect(mail.text.split('\n')[0]).toBe('Guten Tag Jonas Weber,');
    expect(mail.text).toContain('- Austausch laut Dialogplan fällig (fällig am 12. März 2027)');
    expect(mail.text).toContain('- Fassung der Partnerschaftsvereinbarung genehmigen (Ratsbeschluss)');
  });

  it('writes to a Spanish reader in Spanish, singular for a single item', () => {
    const mail = inboxDigestMail(
      'lucia@valencia.test',
      'Lucía Pérez',
      'es',
      lines.slice(0, 1),
      'http://x.test',
    );
    expect(mail.subject).toBe('Passerelle: 1 novedad pendiente');
    expect(mail.text).toContain('- Intercambio del diálogo por celebrar (plazo: 12 de marzo de 2027)');
  });
});

const reportAndReview: DigestLine[] = [
  {
    kind: 'visit-report-due',
    partnershipTitle: 'Angers – Bamako',
    subjectLabel: 'Rencontre des services de l’eau',
    dueOn: '2027-03-12',
    link: 'http://passerelle.test/partenariats/p-1/missions/v-1',
  },
  {
    kind: 'motivation-review',
    partnershipTitle: 'Angers – Bamako',
    subjectLabel: 'Angers – Bamako',
    dueOn: null,
    link: 'http://passerelle.test/partenariats/p-1/engagement',
  },
];
const inbox = 'http://passerelle.test/a-faire';

describe('inbox digest mails: a visit report and a motivation, in French, Portuguese and Arabic', () => {
  it('lists a French reader’s new items, each with its due date and link', () => {
    const mail = inboxDigestMail('claire@angers.test', 'Claire Martin', 'fr', reportAndReview, inbox);
    expect(mail.subject).toBe('Passerelle : 2 nouveautés à faire');
    expect(mail.text.split('\n').slice(0, 9)).toEqual([
      'Bonjour Claire Martin,',
      '',
      'Voici ce qui vous attend depuis le dernier récapitulatif :',
      '',
      '- Compte rendu de mission à rédiger (échéance 12 mars 2027)',
      '  Angers – Bamako',
      '  Rencontre des services de l’eau',
      '  http://passerelle.test/partenariats/p-1/missions/v-1',
      '- Motivation à relire',
    ]);
  });

  it('writes to a Portuguese reader in Portuguese', () => {
    const mail = inboxDigestMail('joao@praia.test', 'João Tavares', 'pt', reportAndReview, inbox);
    expect(mail.subject).toBe('Passerelle: 2 novidades por fazer');
    expect(mail.text.split('\n').slice(0, 5)).toEqual([
      'Bom dia, João Tavares,',
      '',
      'Eis o que o espera desde o último resumo:',
      '',
      '- Relatório de missão por redigir (prazo 12 de março de 2027)',
    ]);
    expect(mail.text).toContain('Os lembretes que desativou (Conta → Lembretes) não figuram nele.');
  });

  it('writes to an Arabic reader in Arabic, the count agreeing with its noun', () => {
    const mail = inboxDigestMail('amina@tunis.test', 'Amina Ben Salah', 'ar', reportAndReview, inbox);
    expect(mail.subject).toBe('Passerelle: مستجدان للإنجاز');
    expect(mail.text.split('\n').slice(0, 5)).toEqual([
      'مرحبًا Amina Ben Salah،',
      '',
      'إليكم ما ينتظركم منذ آخر ملخص:',
      '',
      '- تقرير زيارة يجب تحريره (الأجل 12 مارس 2027)',
    ]);
    const subject = (count: number) =>
      inboxDigestMail(
        'x@test',
        'X',
        'ar',
        Array.from({ length: count }, () => reportAndReview[1]!),
        inbox,
      ).subject;
    expect([1, 3, 11].map(subject)).toEqual([
      'Passerelle: مستجد واحد للإنجاز',
      'Passerelle: 3 مستجدات للإنجاز',
      'Passerelle: 11 مستجدًا للإنجاز',
    ]);
  });
});
