import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { authFr } from './fr';

export const authAr: Catalogue<typeof authFr> = {
  signIn: {
    title: 'تسجيل الدخول',
    intro: 'سجّلوا الدخول بعنوان البريد الإلكتروني الذي دعتكم به جماعتكم.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    invalidCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    tooMany: 'محاولات دخول كثيرة جدًا. أعيدوا المحاولة لاحقًا.',
    tooManyWithDelay: 'محاولات دخول كثيرة جدًا. أعيدوا المحاولة بعد {{minutes}} دقيقة.',
    required: 'سجّلوا الدخول للوصول إلى هذه الصفحة.',
  },
  changePassword: {
    title: 'تغيير كلمة المرور',
    intro: 'ستُغلق جلساتكم الأخرى؛ وتبقى هذه الجلسة مفتوحة.',
    current: 'كلمة المرور الحالية',
    new: 'كلمة المرور الجديدة',
    confirm: 'تأكيد كلمة المرور الجديدة',
    submit: 'تغيير كلمة المرور',
    done: 'تم تغيير كلمة المرور.',
  },
  password: {
    hint: '{{min}} حرفًا على الأقل، دون عنوان بريدكم الإلكتروني ولا اسم جماعتكم.',
    mismatch: 'كلمتا المرور غير متطابقتين.',
  },
};
