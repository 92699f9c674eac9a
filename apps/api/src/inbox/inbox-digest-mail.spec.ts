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
