import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { iatiFr } from './fr';

export const iatiAr: Catalogue<typeof iatiFr> = {
  iati: {
    title: 'ملف أنشطة IATI',
    intro:
      'ينشر ملف IATI (المعيار 2.03) أنشطة التعاون الممولة من ميزانيتكم الذاتية: نشاط IATI لكل نشاط، مع شركائه وقطاعاته وبلدانه وميزانيته والتزاماته ودفعاته ومؤشراته.',
    identifierIs: 'معرّف IATI لجماعتكم:',
    missingIdentifier: {
      title: 'ليس لجماعتكم معرّف IATI بعد.',
      why: 'يحمل كل نشاط منشور معرّفًا يبدأ بمعرّف الجماعة الناشرة: دونه لا يمكن إنتاج أي ملف.',
      how: 'يجمع هذا المعرّف بين بادئة سجلّ تعترف به IATI والرقم الذي يمنحه لكم، مثل FR-SIRET- متبوعًا برقم SIRET للجماعة. يُدخله مسؤول جماعتكم في هذه الصفحة أو في صفحة الملف التعريفي في الدليل.',
    },
    identifier: {
      title: 'معرّف IATI للجماعة',
      label: 'معرّف المنظمة في IATI',
      hint: 'بادئة السجل، شرطة، الرقم: مثلًا FR-SIRET-21490007800012. دون فراغات ولا / & | ?. اتركوه فارغًا لمحوه.',
      submit: 'حفظ المعرّف',
      saved: 'حُفظ معرّف IATI.',
      cleared: 'مُحي معرّف IATI.',
      askAdministrator: 'يُدخل مسؤول الجماعة معرّف IATI الخاص بها.',
    },
    issues: {
      title_zero: 'ما ينقص ({{count}})',
      title_one: 'ما ينقص ({{count}})',
      title_two: 'ما ينقص ({{count}})',
      title_few: 'ما ينقص ({{count}})',
      title_many: 'ما ينقص ({{count}})',
      title_other: 'ما ينقص ({{count}})',
      none: 'لا ينقص شيء: كل أنشطتكم الممولة منشورة كاملة.',
      leftOut: 'نشاط غير منشور ما لم يُستكمل ذلك',
      codes: {
        organisation_identifier_missing: 'معرّف IATI للجماعة غير موجود',
        action_description_missing: 'وصف النشاط غير موجود',
        action_sectors_missing: 'قطاعات لجنة المساعدة الإنمائية للنشاط غير موجودة',
        action_start_missing: 'تاريخ بداية النشاط غير موجود',
        line_period_missing: 'بند ميزانية دون فترة: لا تُنشر له ميزانية',
        line_period_over_a_year: 'بند ميزانية يتجاوز سنة: تطلب IATI ميزانية لكل فترة لا تتجاوز سنة',
        line_currency_unknown: 'بند ميزانية بعملة غير معروفة',
        transaction_in_future: 'التزام أو دفعة بتاريخ مستقبلي: يُنشر بعد حلول التاريخ',
      },
    },
    download: {
      title: 'تنزيل الملف',
      summary: 'الأنشطة المنشورة: {{published}} من أصل {{funded}} ممولة من الميزانية الذاتية.',
      counts: 'الميزانيات: {{budgets}}، المعاملات: {{transactions}}، المؤشرات: {{indicators}}',
      xml: 'تنزيل ملف IATI (XML)',
      needsIdentifier: 'يصبح التنزيل ممكنًا بعد إدخال معرّف IATI.',
      nothing: 'لا يمكن نشر أي نشاط بعد: استكملوا ما ينقص أعلاه.',
      version: 'معيار IATI {{version}}، قوائم الرموز بتاريخ {{codeLists}}.',
    },
  },
};
