import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { reminderSettingsFr } from './fr';

export const reminderSettingsAr: Catalogue<typeof reminderSettingsFr> = {
  reminderSettings: {
    title: 'التذكيرات والمفكرة',
    intro:
      'اختاروا التذكيرات التي تصلكم بالبريد الإلكتروني وفي إشعاراتكم، واشتركوا في مفكرتكم بزياراتكم ولقاءاتكم القادمة.',
    preferencesTitle: 'التذكيرات الواردة',
    preferencesIntro:
      'التذكير الذي يُلغى تحديده لا يُرسَل إليكم بعد ذلك، لا بالبريد ولا في الإشعارات. لا تُرسل الرسائل أبدًا بين {{quietStart}} و{{quietEnd}} بتوقيت جماعتكم: تنتظر الصباح.',
    preferencesLegend: 'أتلقى التذكيرات التالية',
    mandatory: 'يُرسَل دائمًا: انتهاء الاتفاقية يُلزم جماعتكم، ولا يمكن تعطيل هذا التذكير.',
    save: 'حفظ تفضيلاتي',
    saved: 'حُفظت تفضيلات التذكير الخاصة بكم.',
    days_zero: '{{count}} يوم',
    days_one: 'يوم واحد',
    days_two: 'يومين',
    days_few: '{{count}} أيام',
    days_many: '{{count}} يومًا',
    days_other: '{{count}} يوم',
    kinds: {
      'dialogue-due': {
        label: 'لقاء حوار يجب عقده',
        hint: 'قبل {{days}} من التاريخ المرتقب للقاء مع المنتخبين أو التقنيين أو الفاعلين المحليين، حسب الوتيرة المتفق عليها مع الشريك.',
      },
      'dialogue-overdue': {
        label: 'العلاقة تخمد',
        hint: 'حين لا يُعقد لقاء منتظر في التاريخ المحدد.',
      },
      'visit-upcoming': {
        label: 'زيارة قادمة',
        hint: 'قبل {{days}} من بداية زيارة أو استقبال وفد.',
      },
      'visit-report-missing': {
        label: 'تقرير زيارة منتظر',
        hint: 'بعد {{days}} من نهاية زيارة لم يُحرَّر تقريرها بعد.',
      },
      'convention-expiring': {
        label: 'أجل الاتفاقية',
        hint: 'قبل {{days}} من تاريخ انتهاء الاتفاقية.',
      },
      'convention-tacit-renewal': {
        label: 'التجديد الضمني للاتفاقية',
        hint: 'قبل {{days}} من آخر يوم للاعتراض على التجديد الضمني للاتفاقية.',
      },
      'funding-call-closing': {
        label: 'إغلاق دعوة لتقديم المشاريع',
        hint: 'قبل {{days}} من إغلاق دعوة ما زال ترشح لها في طور المسودة.',
      },
      'funding-report-due': {
        label: 'تقرير ينتظره مموِّل',
        hint: 'قبل {{days}} من تاريخ تقرير مستحق عن منحة ممنوحة.',
      },
    },
    calendarTitle: 'المفكرة الشخصية',
    calendarIntro:
      'عنوان اشتراك (iCalendar) لتجدوا في مفكرتكم الزيارات القادمة ولقاءات الحوار المقبلة لشراكاتكم. احتفظوا به لأنفسكم: كل من يعرفه يستطيع قراءة هذه الأحداث.',
    calendarNone: 'ليس لديكم عنوان مفكرة نشط.',
    calendarActive: 'عنوان مفكرة نشط منذ {{date}}.',
    calendarCreate: 'إنشاء عنوان مفكرة',
    calendarReplace: 'استبدال العنوان',
    calendarReplaceHint: 'يُنشأ عنوان جديد ويتوقف العنوان الحالي فورًا: مفيد إن كان قد أُبلغ لشخص ما.',
    calendarRevoke: 'إلغاء العنوان',
    calendarRevokeHint: 'يتوقف العنوان فورًا؛ ولن تُحدَّث مفكرتكم بعد ذلك.',
    calendarCreated: 'أُنشئ عنوان مفكرتكم.',
    calendarReplaced: 'أُنشئ عنوان مفكرة جديد: العنوان القديم لم يعد يعمل.',
    calendarRevoked: 'أُلغي عنوان مفكرتكم: لم يعد يعمل.',
    calendarUrl: 'عنوان مفكرتكم',
    calendarUrlHint: 'انسخوه الآن: لن يُعرض مجددًا. إن فقدتموه، استبدلوه بعنوان جديد.',
    calendarCopy: 'نسخ العنوان',
    calendarCopied: 'نُسخ العنوان.',
    calendarCopyFailed: 'فشل النسخ: حدّدوا العنوان وانسخوه بأنفسكم.',
    calendarOpen: 'الفتح في تطبيق المفكرة',
    subscribeTitle: 'الاشتراك من مفكرتكم',
    subscribeOutlook: 'Outlook: إضافة تقويم، ثم «الاشتراك من الويب» (أو «من الإنترنت»)، والصقوا العنوان.',
    subscribeThunderbird:
      'Thunderbird: تقويم جديد، «على الشبكة»، الصقوا العنوان واختاروا صيغة iCalendar (ICS).',
    subscribeGoogle:
      'تقويم Google: بجانب «تقويمات أخرى»، «+» ثم «من عنوان URL»، والصقوا العنوان. لا يعيد Google قراءة المفكرة إلا كل بضع ساعات.',
  },
};
