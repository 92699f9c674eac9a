import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { systemStatusFr } from './fr';

export const systemStatusAr: Catalogue<typeof systemStatusFr> = {
  status: {
    title: 'حالة النظام',
    loading: 'جارٍ التحقق من الخدمات…',
    unreachable: 'الخادم لا يستجيب.',
    allUp: 'كل الخدمات تعمل.',
    someDown: 'إحدى الخدمات غير متاحة: قد تفشل بعض الوظائف.',
    database: 'قاعدة البيانات PostgreSQL',
    redis: 'طابور المهام Redis',
    up: 'تعمل',
    down: 'متوقفة',
    latency: '{{ms}} م.ث',
  },
};
