import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { invitationAcceptanceFr } from './fr';

export const invitationAcceptanceAr: Catalogue<typeof invitationAcceptanceFr> = {
  invitation: {
    title: 'دعوة إلى Passerelle',
    colleague:
      'يدعوكم {{invitedBy}} ({{invitingOrganisation}}) إلى الانضمام إلى {{organisation}} في Passerelle.',
    partner:
      'يدعو {{invitedBy}} ({{invitingOrganisation}}) {{organisation}} إلى الانضمام إلى شراكة في Passerelle.',
    details: 'تفاصيل الدعوة',
    email: 'البريد الإلكتروني',
    organisation: 'الجماعة',
    role: 'الدور',
    partnership: 'الشراكة',
    expiresAt: 'صالحة حتى',
    formTitle: 'أنشئوا حسابكم',
    displayName: 'اسمكم',
    password: 'كلمة المرور',
    confirm: 'تأكيد كلمة المرور',
    submit: 'إنشاء حسابي',
    signIn: 'تسجيل الدخول',
  },
};
