import type { OutgoingMail } from '../mail/mail.service';

/**
 * Invitation mails are written in French and English: the invitee has no account, hence no language
 * preference yet, and a partner authority abroad may read either.
 */
export function colleagueInvitationMail(input: {
  to: string;
  inviterName: string;
  organisationName: string;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const until = input.expiresAt.toISOString().slice(0, 10);
  return {
    to: [input.to],
    subject: `Invitation à rejoindre ${input.organisationName} sur Passerelle / Invitation to join ${input.organisationName} on Passerelle`,
    text: [
      `${input.inviterName} vous invite à rejoindre ${input.organisationName} sur Passerelle.`,
      `Choisissez votre mot de passe ici (lien valable une fois, jusqu'au ${until}) :`,
      input.link,
      '',
      '---',
      '',
      `${input.inviterName} invites you to join ${input.organisationName} on Passerelle.`,
      `Choose your password here (single-use link, valid until ${until}):`,
      input.link,
    ].join('\n'),
  };
}

export function partnerInvitationMail(input: {
  to: string[];
  inviterName: string;
  inviterOrganisation: string;
  partnershipTitle: string;
  link: string;
  expiresAt: Date;
  existingAuthority: boolean;
}): OutgoingMail {
  const until = input.expiresAt.toISOString().slice(0, 10);
  const frAction = input.existingAuthority
    ? `Connectez-vous à Passerelle pour accepter (jusqu'au ${until}) :`
    : `Créez le compte de votre collectivité ici (lien valable une fois, jusqu'au ${until}) :`;
  const enAction = input.existingAuthority
    ? `Sign in to Passerelle to accept (until ${until}):`
    : `Create your authority's account here (single-use link, valid until ${until}):`;
  return {
    to: input.to,
    subject: `${input.inviterOrganisation} vous invite dans un partenariat / invites you into a partnership`,
    text: [
      `${input.inviterName} (${input.inviterOrganisation}) invite votre collectivité dans le partenariat « ${input.partnershipTitle} ».`,
      frAction,
      input.link,
      '',
      '---',
      '',
      `${input.inviterName} (${input.inviterOrganisation}) invites your authority into the partnership "${input.partnershipTitle}".`,
      enAction,
      input.link,
    ].join('\n'),
  };
}
