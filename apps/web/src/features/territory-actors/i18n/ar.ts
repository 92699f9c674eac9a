import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { territoryActorsFr } from './fr';

export const territoryActorsAr: Catalogue<typeof territoryActorsFr> = {
  territoryActorDirectory: {
    title: 'الفاعلون المحليون',
    intro:
      'الجمعيات والمؤسسات والجاليات والمقاولات… في مجالكم، التي تشركها شراكاتكم في مسعاها. الفاعل المرتبط باسمه بشراكة ما يُصنَّف هنا أيضًا.',
    filters: 'مرشّحات الفاعلين',
    search: 'البحث عن فاعل',
    searchHint: 'كلمات من الاسم.',
    kindFilter: 'التصفية حسب النوع',
    anyKind: 'كل الأنواع',
    reset: 'مسح المرشّحات',
    listTitle: 'دليل الفاعلين',
    empty: 'لا فاعلين حاليًا.',
    noMatch: 'لا فاعل مطابق.',
    more: 'عرض المزيد',
    contactOf: 'جهة الاتصال: {{contact}}',
    edit: 'تعديل',
    editLabel: 'تعديل {{name}}',
    save: 'حفظ',
    saved: 'حُفظ الفاعل «\u2068{{name}}\u2069».',
    addTitle: 'إضافة فاعل',
    name: 'الاسم',
    kind: 'نوع الفاعل',
    contact: 'جهة الاتصال',
    contactHint: 'شخص، بريد إلكتروني، هاتف… (300 حرف على الأكثر).',
    notes: 'ملاحظات',
    add: 'إضافة الفاعل',
    added: 'أُضيف الفاعل «\u2068{{name}}\u2069».',
  },
};
