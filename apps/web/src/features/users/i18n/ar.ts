import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { usersFr } from './fr';

export const usersAr: Catalogue<typeof usersFr> = {
  users: {
    title: 'المستخدمون',
    intro: 'أشخاص جماعتكم الذين لهم حساب، وأدوارهم، والدعوات المرسلة.',
    caption: 'مستخدمو جماعتكم',
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    role: 'الدور',
    disabled: 'معطَّل',
    roleOf: 'دور {{name}}',
    disabledOf: 'تعطيل حساب {{name}}',
    you: '(أنتم)',
    saved: 'حُفظ التعديل الخاص بـ {{name}}.',
    empty: 'لا مستخدمين.',
  },
  inviteColleague: {
    title: 'دعوة زميل',
    intro: 'يتلقى الشخص رابطًا بالبريد الإلكتروني لاختيار كلمة مروره.',
    email: 'البريد الإلكتروني',
    role: 'الدور',
    submit: 'إرسال الدعوة',
    sent: 'أُرسلت الدعوة إلى {{email}}.',
  },
  sentInvitations: {
    title: 'الدعوات المرسلة',
    caption: 'الدعوات التي أرسلتها جماعتكم',
    empty: 'لم تُرسَل أي دعوة.',
    email: 'البريد الإلكتروني',
    role: 'الدور',
    status: 'الحالة',
    expiresAt: 'تنتهي في',
    actions: 'الإجراءات',
    revoke: 'سحب',
    revokeLabel: 'سحب دعوة {{email}}',
    revoked: 'سُحبت دعوة {{email}}.',
  },
  invitationStatuses: {
    pending: 'معلّقة',
    accepted: 'مقبولة',
    revoked: 'مسحوبة',
    expired: 'منتهية الصلاحية',
  },
};
