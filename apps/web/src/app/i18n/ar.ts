import type { Catalogue } from '../../lib/i18n/catalogue';
import type { shellFr } from './fr';

/**
 * A name quoted in an Arabic sentence is wrapped in first-strong isolates (U+2068 … U+2069): a French title keeps
 * its own direction and its punctuation stays where it belongs in the right-to-left sentence.
 */
export const shellAr: Catalogue<typeof shellFr> = {
  app: {
    name: 'Passerelle',
    tagline: 'الشراكات الدولية للجماعات المحلية',
    skipToContent: 'الانتقال إلى المحتوى',
    mainNavigation: 'مراحل المنهجية الست',
    partnershipSteps: 'المراحل الست لهذه الشراكة',
    menu: 'القائمة',
  },
  language: {
    label: 'اللغة',
  },
  steps: {
    COMMITMENT: {
      title: 'بناء الالتزام',
      summary:
        'توضيح الدوافع، وإشراك الفاعلين المحليين، وتحديد الرهانات وما يمكن أن يقدّمه المجال، ثم عرض ذلك على المنتخبين للمصادقة.',
    },
    PARTNER_SEARCH: {
      title: 'البحث عن شركاء محتملين',
      summary:
        'الاستناد إلى شبكات الفاعلين المحليين، وشبكات الجماعات المحلية، وبورصة الشراكات، واللقاءات العرضية.',
    },
    PRESENTATION: {
      title: 'التعريف بالذات',
      summary:
        'وثيقة تعرض الدوافع، والمجال وفاعليه، والرهانات التي يفيد فيها التعاون، وما يمكن أن تقدّمه الجماعة.',
    },
    INITIATION: {
      title: 'إطلاق العلاقة',
      summary: 'زيارات متبادلة في المجالين، بوفود محدودة العدد لكن متنوعة: منتخبون وتقنيون وفاعلون محليون.',
    },
    CONVENTION: {
      title: 'إبرام الاتفاقية والحوار',
      summary:
        'وضع دوافع الطرفين على الطاولة، وتحديد الأولويات، وتوقيع الاتفاقية، والتخطيط لحوار منتظم حتى لا تخمد العلاقة.',
    },
    ACTIONS: {
      title: 'الانتقال إلى العمل',
      summary:
        'ترتيب الأنشطة حسب الأولوية، وإعداد المشاريع، والبحث عن تمويل مشترك، وإطلاق أنشطة صغيرة ملموسة مبكرًا يراها السكان.',
    },
    conventionTabs: {
      label: 'صفحات المرحلة 5',
      motivations: 'الدوافع المتقابلة',
      convention: 'الاتفاقية',
      dialogue: 'خطة الحوار',
    },
    asksTitle: 'ما تطلبه المنهجية قبل المرحلة التالية',
    watchTitle: 'نقاط تستوجب الانتباه',
    previous: '→ المرحلة السابقة: {{title}}',
    next: 'المرحلة التالية: {{title}} ←',
    stepLabel: 'المرحلة {{number}}',
    backToPartnership: 'العودة إلى الشراكة «\u2068{{title}}\u2069»',
    comingTitle: 'في Passerelle',
    coming: 'تُفتح شاشات هذه المرحلة مع شراكات جماعتكم.',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    body: 'لا يطابق هذا العنوان أي صفحة.',
    backHome: 'العودة إلى الصفحة الرئيسية',
  },
  routeError: {
    title: 'الصفحة غير متاحة',
    body: 'تعذّر تحميل هذه الصفحة. تحقّقوا من الاتصال، ثم أعيدوا تحميل الصفحة.',
    reload: 'إعادة تحميل الصفحة',
  },
  errors: {
    generic: 'حدث خطأ. أعيدوا المحاولة بعد لحظات.',
  },
  common: {
    loading: 'جارٍ التحميل…',
    noValue: '—',
    cancel: 'إلغاء',
    close: 'إغلاق',
  },
  dateEntry: {
    day: 'يوم',
    month: 'شهر',
    year: 'سنة',
    format: 'الصيغة: {{format}}',
    unreadable: 'تاريخ غير مفهوم: اكتبه بالصيغة {{format}}.',
    calendar: 'اختيار التاريخ من التقويم',
    timeFormat: 'الصيغة: ساعة:دقيقة (hh:mm)، بنظام 24 ساعة',
    timeUnreadable: 'وقت غير مفهوم: اكتبه بالصيغة hh:mm، مثلاً 14:30.',
  },
  formDialog: {
    discard: {
      title: 'إغلاق دون حفظ؟',
      body: 'ستضيع البيانات التي أدخلتموها في هذه الاستمارة.',
      keep: 'مواصلة الإدخال',
      discard: 'إغلاق دون حفظ',
    },
  },
  nav: {
    label: 'القائمة الرئيسية',
    odaDeclaration: 'التصريح بالمساعدة الإنمائية',
    portfolio: 'لوحة القيادة',
    partnerships: 'الشراكات',
    motivationReviews: 'للمراجعة',
    users: 'المستخدمون',
    audit: 'سجل التدقيق',
    directory: 'الدليل',
    directoryProfile: 'الملف في الدليل',
    territoryActors: 'الفاعلون المحليون',
    receivedInvitations: 'الدعوات الواردة',
    changePassword: 'كلمة المرور',
  },
  session: {
    label: 'جلستكم',
    organisation: 'الجماعة',
    role: 'الدور',
    signIn: 'تسجيل الدخول',
    signOut: 'تسجيل الخروج',
    signOutWaiting: {
      title: 'تسجيلات في انتظار الإرسال',
      body_zero: 'لا يوجد تسجيل في انتظار الإرسال على هذا الجهاز.',
      body_one:
        'تسجيل واحد على هذا الجهاز لم يُرسل بعد. سيبقى هنا ويُرسل عند تسجيل دخولك مجددًا على هذا الجهاز.',
      body_two:
        'تسجيلان على هذا الجهاز لم يُرسلا بعد. سيبقيان هنا ويُرسلان عند تسجيل دخولك مجددًا على هذا الجهاز.',
      body_few:
        '{{count}} تسجيلات على هذا الجهاز لم تُرسل بعد. ستبقى هنا وتُرسل عند تسجيل دخولك مجددًا على هذا الجهاز.',
      body_many:
        '{{count}} تسجيلًا على هذا الجهاز لم تُرسل بعد. ستبقى هنا وتُرسل عند تسجيل دخولك مجددًا على هذا الجهاز.',
      body_other:
        '{{count}} تسجيل على هذا الجهاز لم تُرسل بعد. ستبقى هنا وتُرسل عند تسجيل دخولك مجددًا على هذا الجهاز.',
      stay: 'البقاء متصلًا',
      see: 'عرض ما ينتظر',
      confirm: 'تسجيل الخروج على أي حال',
    },
  },
  roles: {
    admin: 'مسؤول النظام',
    officer: 'مكلّف بمهمة',
    elected: 'منتخَب',
    contributor: 'مساهم',
    viewer: 'قارئ',
  },
  home: {
    title: 'مرحبًا بكم في Passerelle',
    intro:
      'يرافق Passerelle جماعتكم في كل مرحلة من مراحل التعاون اللامركزي أو التوأمة: من إرادة الالتزام إلى الأنشطة المشتركة مع شركائكم.',
    methodTitle: 'المنهجية في ست مراحل',
    signedOut: 'سجّلوا الدخول للاطلاع على شراكات جماعتكم.',
    yourPartnerships: 'شراكاتكم',
    seeAll: 'كل الشراكات',
    dashboard: 'فتح لوحة القيادة',
    signInLink: 'الانتقال إلى صفحة تسجيل الدخول',
  },
  forbidden: {
    title: 'وصول مقيّد',
    body: 'لا يتيح لكم دوركم الوصول إلى هذه الصفحة.',
  },
  organisationKinds: {
    commune: 'جماعة (بلدية)',
    inter_municipal_body: 'مجموعة جماعات',
    department: 'عمالة / ولاية',
    region: 'جهة',
    province: 'إقليم',
    state_level: 'مستوى الدولة أو الولاية الاتحادية',
    other: 'أخرى',
  },
  stepper: {
    title: 'تقدّم الشراكة',
    stepPrefix: 'المرحلة {{number}}:',
    statuses: {
      done: 'منجزة',
      current: 'جارية',
      todo: 'للإنجاز',
      blocked: 'متوقفة',
    },
    criteriaOf: 'معايير المرحلة «\u2068{{title}}\u2069»',
    met: 'مستوفى',
    missing: 'ناقص',
    why: 'لماذا؟',
    requires: 'يجب استيفاؤه أولًا:',
    blockedBy: 'المرحلة متوقفة:',
    warnings: 'نقاط تستدعي الانتباه',
    warningsIntro: 'لا توقف أي شيء، لكن المنهجية توصي بمراعاتها.',
    noWarnings: 'لا نقاط تستدعي الانتباه حاليًا.',
    warningStep: 'المرحلة {{number}} · {{title}}',
    subject: {
      visit: {
        to_partner: 'زيارة إلى الشريك، {{dates}}',
        from_partner: 'استقبال وفد شريك، {{dates}}',
      },
      channel: 'القناة: {{channel}} ({{audience}})',
      audience: 'لقاءات مع: {{audience}}',
      dueOn: 'مرتقب في {{date}}',
    },
    fix: {
      dialogue: 'الاتفاق على صيغ الحوار',
      motivations: 'صياغة دوافعكم',
      review: 'عرض دوافعكم على منتخَب(ة) للمراجعة',
      share: 'مشاركة دوافعكم مع الشركاء',
      stakes: 'تحديد رهانات المجال',
      contributions: 'بيان ما يمكن أن يقدّمه المجال',
      territoryActors: 'استشارة الفاعلين المحليين',
      candidates: 'البحث عن جماعات مرشحة وتتبّعها',
      presentation: 'تحرير التعريف بجماعتكم',
      visits: 'التخطيط لزيارة وفد أو تسجيلها',
      compatibility: 'عرض توافق الدوافع على المنتخبين للتحقق منه',
      priorities: 'تحديد أولويات الشراكة معًا',
      convention: 'التفاوض على الاتفاقية والمصادقة عليها وتوقيعها',
      actions: 'إطلاق أول نشاط ملموس',
      budget: 'تحديد تمويلات نشاط ما',
      indicators: 'عرض المؤشرات على كل طرف للمصادقة',
    },
    pageLinks: {
      convention: 'إبرام الاتفاقية والحوار: الدوافع المتقابلة والاتفاقية وخطة الحوار',
      actions: 'الانتقال إلى العمل: الأنشطة المشتركة وميزانيتها ومؤشراتها ومتابعتها',
    },
  },
  actorKinds: {
    association: 'جمعية',
    ngo: 'منظمة غير حكومية',
    school: 'مؤسسة تعليمية',
    university: 'جامعة',
    hospital: 'مستشفى',
    religious_body: 'هيئة دينية',
    diaspora_group: 'جالية',
    company: 'مقاولة',
    other: 'أخرى',
  },
  themes: {
    governance: 'الحكامة المحلية',
    water_sanitation: 'الماء والتطهير',
    heritage: 'التراث',
    culture: 'الثقافة',
    health: 'الصحة',
    education: 'التعليم',
    urban_planning: 'التعمير',
    waste: 'النفايات',
    tourism: 'السياحة',
    economic_development: 'التنمية الاقتصادية',
    youth_mobility: 'تنقّل الشباب',
    climate: 'المناخ',
  },
  timeZoneAreas: {
    Africa: 'أفريقيا',
    America: 'الأمريكتان',
    Antarctica: 'أنتاركتيكا',
    Arctic: 'القطب الشمالي',
    Asia: 'آسيا',
    Atlantic: 'المحيط الأطلسي',
    Australia: 'أستراليا',
    Europe: 'أوروبا',
    Indian: 'المحيط الهندي',
    Pacific: 'المحيط الهادئ',
    other: 'التوقيت العالمي وغيره',
  },
  validation: {
    summary: 'بعض الحقول تحتاج إلى تصحيح.',
    required: 'هذا الحقل إلزامي.',
    email: 'أدخلوا عنوان بريد إلكتروني صالحًا.',
    minLength: 'قصير جدًا: {{min}} حرفًا على الأقل.',
    maxLength: 'طويل جدًا: {{max}} حرفًا على الأكثر.',
    choice: 'اختاروا قيمة من القائمة.',
    countryCode: 'اختاروا بلدًا من القائمة.',
    timeZone: 'منطقة زمنية غير معروفة: استعملوا منطقة IANA (مثلًا Africa/Casablanca).',
    languages: 'أدخلوا رموز لغات BCP 47 مفصولة بفواصل (مثلًا ar, fr).',
    atLeastOne: 'أدخلوا قيمة واحدة على الأقل.',
    tooMany: 'قيم كثيرة جدًا.',
    date: 'أدخلوا تاريخًا صالحًا.',
    min: 'صغير جدًا: {{min}} على الأقل.',
    max: 'كبير جدًا: {{max}} على الأكثر.',
    invalid: 'قيمة غير صالحة.',
  },
  problems: {
    AUTH: {
      UNAUTHENTICATED: 'انتهت جلستكم. سجّلوا الدخول من جديد.',
      INVALID_CREDENTIALS: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
      WRONG_CURRENT_PASSWORD: 'كلمة المرور الحالية غير صحيحة.',
      PASSWORD_TOO_COMMON: 'كلمة المرور هذه من الأكثر استعمالًا، أو متكررة أكثر من اللازم: اختاروا غيرها.',
      PASSWORD_CONTAINS_IDENTITY:
        'كلمة المرور هذه تتضمن عنوان بريدكم الإلكتروني أو اسم جماعتكم: اختاروا غيرها.',
      FORBIDDEN: 'لا يتيح لكم دوركم هذا الإجراء.',
      CSRF_INVALID: 'تغيّرت جلستكم. أعيدوا تحميل الصفحة ثم حاولوا من جديد.',
    },
    REQUEST: {
      VALIDATION_FAILED: 'بعض الحقول تحتاج إلى تصحيح.',
      TOO_MANY: 'طلبات كثيرة جدًا. أعيدوا المحاولة لاحقًا.',
    },
    RESOURCE: {
      NOT_FOUND: 'تعذّر العثور على هذا العنصر.',
      CONFLICT: 'عدّل شخص آخر هذا العنصر في الأثناء. أُعيد تحميل البيانات: تحقّقوا منها ثم أعيدوا العملية.',
    },
    INVITATION: {
      NOT_FOUND: 'هذه الدعوة غير موجودة. تحقّقوا من الرابط الوارد في البريد الإلكتروني.',
      EXPIRED: 'انتهت صلاحية هذه الدعوة. اطلبوا من الشخص الذي دعاكم إرسال دعوة جديدة.',
      ALREADY_USED: 'استُعملت هذه الدعوة من قبل. سجّلوا الدخول بحسابكم.',
      REVOKED: 'سحبت الجماعة التي أرسلت هذه الدعوة دعوتها.',
      EMAIL_ALREADY_REGISTERED: 'لهذا العنوان الإلكتروني حساب في Passerelle.',
      ALREADY_PENDING: 'توجد دعوة معلّقة لهذا العنوان.',
    },
    USER: {
      LAST_ADMIN: 'يجب أن تحتفظ الجماعة بمسؤول نظام نشط واحد على الأقل.',
      CANNOT_CHANGE_SELF: 'لا يمكنكم تغيير دوركم ولا تعطيل حسابكم بأنفسكم.',
    },
    PARTNERSHIP: {
      ALREADY_PARTY: 'هذه الجماعة طرف في هذه الشراكة أصلًا.',
    },
    TERRITORY_ACTOR: {
      DUPLICATE_NAME: 'يوجد فاعل بهذا الاسم في الدليل.',
    },
    FILE: {
      MISSING: 'اختاروا ملفًا لإرساله.',
      TOO_LARGE: 'هذا الملف كبير جدًا.',
      TYPE_NOT_ALLOWED: 'لا تُقبل إلا ملفات PDF وPNG وJPEG وWebP.',
      TYPE_MISMATCH: 'محتوى هذا الملف لا يطابق اسمه أو نوعه: رُفض احتياطًا.',
      NOT_ATTACHABLE: 'هذا الملف لا يخص هذه الشراكة.',
    },
    REMINDER: {
      OPT_OUT_NOT_ALLOWED: 'لا يمكن تعطيل تذكيرات انتهاء الاتفاقية: تبقى مفعّلة.',
      NOT_FAILED: 'هذا التذكير لم يفشل: إنه قيد الإرسال أو أُرسل.',
    },
    CALENDAR_FEED: {
      NOT_FOUND: 'عنوان المفكرة هذا غير موجود أو لم يعد يعمل.',
    },
    SHARE_LINK: {
      NOT_FOUND: 'رابط التعريف هذا غير موجود. تحقّقوا من العنوان الذي وصلكم.',
      EXPIRED: 'انتهت صلاحية رابط التعريف هذا. اطلبوا من الجماعة التي أرسلته رابطًا جديدًا.',
      REVOKED: 'سحبت الجماعة التي أرسلت رابط التعريف هذا رابطها.',
    },
    PRESENTATION: {
      NO_TEXT_IN_LANGUAGE: 'ليس للتعريف نص بهذه اللغة بعد: حرّروه قبل طباعته أو مشاركته.',
    },
  },
};
