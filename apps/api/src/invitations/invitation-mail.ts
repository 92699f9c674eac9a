import type { CalendarDate, InterfaceLanguage } from '@passerelle/domain';
import type { OutgoingMail } from '../mail/mail.service';
import { speltDate } from '../common/i18n/spelt-date';

/** A colleague is invited into the inviter's own authority. */
export interface ColleagueInvitation {
  inviterName: string;
  organisationName: string;
  link: string;
  /** The last day the link works, in the authority's time zone. */
  expiresOn: CalendarDate;
}

/** A partner authority is invited into a partnership; an existing one accepts inside Passerelle. */
export interface PartnerInvitation {
  inviterName: string;
  inviterOrganisation: string;
  partnershipTitle: string;
  link: string;
  /** The last day the invitation stands, in the invited authority's time zone. */
  expiresOn: CalendarDate;
  existingAuthority: boolean;
}

/** One mail, in its readers' language: the invitee's account's, or the language chosen for them. */
export function colleagueInvitationMail(
  to: string,
  language: InterfaceLanguage,
  invitation: ColleagueInvitation,
): OutgoingMail {
  const text = TEXTS[language].colleague;
  const until = speltDate(invitation.expiresOn, language);
  return {
    to: [to],
    subject: text.subject(invitation.organisationName),
    text: [
      text.invites(invitation.inviterName, invitation.organisationName),
      text.choosePassword(until),
      invitation.link,
    ].join('\n'),
  };
}

/** One mail to the invited authority's readers of one language (its admins, or the person invited). */
export function partnerInvitationMail(
  to: string[],
  language: InterfaceLanguage,
  invitation: PartnerInvitation,
): OutgoingMail {
  const text = TEXTS[language].partner;
  const until = speltDate(invitation.expiresOn, language);
  return {
    to,
    subject: text.subject(invitation.inviterOrganisation),
    text: [
      text.invites(invitation.inviterName, invitation.inviterOrganisation, invitation.partnershipTitle),
      invitation.existingAuthority ? text.signIn(until) : text.createAccount(until),
      invitation.link,
    ].join('\n'),
  };
}

interface InvitationTexts {
  colleague: {
    subject: (organisation: string) => string;
    invites: (inviter: string, organisation: string) => string;
    choosePassword: (until: string) => string;
  };
  partner: {
    subject: (inviterOrganisation: string) => string;
    invites: (inviter: string, inviterOrganisation: string, title: string) => string;
    /** The authority has an account: its admins accept inside Passerelle. */
    signIn: (until: string) => string;
    /** It has none: the link creates it, with the invitee as its admin. */
    createAccount: (until: string) => string;
  };
}

const TEXTS: Record<InterfaceLanguage, InvitationTexts> = {
  fr: {
    colleague: {
      subject: (organisation) => `Invitation à rejoindre ${organisation} sur Passerelle`,
      invites: (inviter, organisation) =>
        `${inviter} vous invite à rejoindre ${organisation} sur Passerelle.`,
      choosePassword: (until) =>
        `Choisissez votre mot de passe ici (lien valable une fois, jusqu’au ${until}) :`,
    },
    partner: {
      subject: (inviterOrganisation) => `${inviterOrganisation} vous invite dans un partenariat`,
      invites: (inviter, inviterOrganisation, title) =>
        `${inviter} (${inviterOrganisation}) invite votre collectivité dans le partenariat « ${title} ».`,
      signIn: (until) => `Connectez-vous à Passerelle pour accepter (jusqu’au ${until}) :`,
      createAccount: (until) =>
        `Créez le compte de votre collectivité ici (lien valable une fois, jusqu’au ${until}) :`,
    },
  },
  en: {
    colleague: {
      subject: (organisation) => `Invitation to join ${organisation} on Passerelle`,
      invites: (inviter, organisation) => `${inviter} invites you to join ${organisation} on Passerelle.`,
      choosePassword: (until) => `Choose your password here (single-use link, valid until ${until}):`,
    },
    partner: {
      subject: (inviterOrganisation) => `${inviterOrganisation} invites you into a partnership`,
      invites: (inviter, inviterOrganisation, title) =>
        `${inviter} (${inviterOrganisation}) invites your authority into the partnership "${title}".`,
      signIn: (until) => `Sign in to Passerelle to accept (until ${until}):`,
      createAccount: (until) =>
        `Create your authority’s account here (single-use link, valid until ${until}):`,
    },
  },
  de: {
    colleague: {
      subject: (organisation) => `Einladung zu ${organisation} bei Passerelle`,
      invites: (inviter, organisation) =>
        `${inviter} lädt Sie ein, ${organisation} bei Passerelle beizutreten.`,
      choosePassword: (until) =>
        `Wählen Sie hier Ihr Passwort (Link zur einmaligen Verwendung, gültig bis zum ${until}):`,
    },
    partner: {
      subject: (inviterOrganisation) => `${inviterOrganisation} lädt Sie zu einer Partnerschaft ein`,
      invites: (inviter, inviterOrganisation, title) =>
        `${inviter} (${inviterOrganisation}) lädt Ihre Kommune zur Partnerschaft „${title}“ ein.`,
      signIn: (until) => `Melden Sie sich bei Passerelle an, um die Einladung anzunehmen (bis zum ${until}):`,
      createAccount: (until) =>
        `Legen Sie hier das Konto Ihrer Kommune an (Link zur einmaligen Verwendung, gültig bis zum ${until}):`,
    },
  },
  es: {
    colleague: {
      subject: (organisation) => `Invitación a unirse a ${organisation} en Passerelle`,
      invites: (inviter, organisation) => `${inviter} le invita a unirse a ${organisation} en Passerelle.`,
      choosePassword: (until) =>
        `Elija aquí su contraseña (enlace de un solo uso, válido hasta el ${until}):`,
    },
    partner: {
      subject: (inviterOrganisation) => `${inviterOrganisation} le invita a una alianza`,
      invites: (inviter, inviterOrganisation, title) =>
        `${inviter} (${inviterOrganisation}) invita a su gobierno local a la alianza «${title}».`,
      signIn: (until) => `Inicie sesión en Passerelle para aceptar (hasta el ${until}):`,
      createAccount: (until) =>
        `Cree aquí la cuenta de su gobierno local (enlace de un solo uso, válido hasta el ${until}):`,
    },
  },
  pt: {
    colleague: {
      subject: (organisation) => `Convite para se juntar a ${organisation} no Passerelle`,
      invites: (inviter, organisation) => `${inviter} convida-o a juntar-se a ${organisation} no Passerelle.`,
      choosePassword: (until) =>
        `Escolha aqui a sua palavra-passe (ligação de utilização única, válida até ${until}):`,
    },
    partner: {
      subject: (inviterOrganisation) => `${inviterOrganisation} convida-o para uma parceria`,
      invites: (inviter, inviterOrganisation, title) =>
        `${inviter} (${inviterOrganisation}) convida a sua autarquia para a parceria «${title}».`,
      signIn: (until) => `Inicie sessão no Passerelle para aceitar (até ${until}):`,
      createAccount: (until) =>
        `Crie aqui a conta da sua autarquia (ligação de utilização única, válida até ${until}):`,
    },
  },
  // Arabic: the sentences are Arabic; people, authorities and the partnership keep their names as written.
  ar: {
    colleague: {
      subject: (organisation) => `دعوة للانضمام إلى ${organisation} في Passerelle`,
      invites: (inviter, organisation) => `يدعوكم ${inviter} إلى الانضمام إلى ${organisation} في Passerelle.`,
      choosePassword: (until) => `اختاروا كلمة المرور من هنا (رابط صالح لمرة واحدة، حتى ${until}):`,
    },
    partner: {
      subject: (inviterOrganisation) => `${inviterOrganisation} تدعوكم إلى شراكة`,
      invites: (inviter, inviterOrganisation, title) =>
        `يدعو ${inviter} (${inviterOrganisation}) جماعتكم إلى الشراكة «${title}».`,
      signIn: (until) => `سجّلوا الدخول إلى Passerelle لقبول الدعوة (حتى ${until}):`,
      createAccount: (until) => `أنشئوا حساب جماعتكم من هنا (رابط صالح لمرة واحدة، حتى ${until}):`,
    },
  },
};
