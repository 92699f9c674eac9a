import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { filesFr } from './fr';

export const filesAr: Catalogue<typeof filesFr> = {
  files: {
    hint: 'PDF أو PNG أو JPEG أو WebP. يُرسَل الملف فور اختياره.',
    choose: 'اختيار ملف…',
    uploading: 'جارٍ إرسال الملف…',
    uploaded: 'الملف المرفق: {{name}}',
    download: 'تنزيل {{name}}',
  },
};
