import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { devMailFr } from './fr';

export const devMailAr: Catalogue<typeof devMailFr> = {
  devMail: {
    title: 'الرسائل الملتقطة (بيئة التطوير)',
    intro: 'في بيئة التطوير، لا تغادر أي رسالة الجهاز: هذه الرسائل التي أرسلها التطبيق.',
    empty: 'لا رسائل حاليًا.',
    unavailable: 'لا يوجد صندوق التقاط الرسائل إلا في بيئة التطوير.',
    restricted: 'تُقرأ الرسائل الملتقطة من جهاز الخادم، أو بعد الدخول بصفة مسؤول النظام.',
    from: 'من',
    to: 'إلى',
    subject: 'الموضوع',
    receivedAt: 'تاريخ الاستلام',
    back: 'العودة إلى القائمة',
  },
};
