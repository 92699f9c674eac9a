import { type Messages } from './message-keys';

/**
 * النصوص العربية (العربية الفصحى المعاصرة، بمفردات الإدارة المحلية في بلدان المغرب العربي). Arabic, Modern
 * Standard, in the vocabulary of Maghreb local administration (see docs/translations.md).
 */
export const AR_MESSAGES = {
  'steps.COMMITMENT': 'بناء الالتزام',
  'steps.PARTNER_SEARCH': 'البحث عن شركاء محتملين',
  'steps.PRESENTATION': 'التعريف بالذات',
  'steps.INITIATION': 'إطلاق العلاقة',
  'steps.CONVENTION': 'إبرام الاتفاقية والحوار',
  'steps.ACTIONS': 'الانتقال إلى العمل',

  'stepStatus.done': 'منجزة',
  'stepStatus.current': 'جارية',
  'stepStatus.todo': 'قادمة',
  'stepStatus.blocked': 'متوقفة',

  'blocking.PARTNERSHIP.SUSPENDED': 'الشراكة معلّقة.',
  'blocking.PARTNERSHIP.TERMINATED': 'الشراكة مفسوخة.',

  'criteria.COMMITMENT.MOTIVATIONS_STATED': 'دوافع التعاون مصاغة كتابيًا.',
  'criteria.COMMITMENT.MOTIVATIONS_REVIEWED': 'درس منتخَب(ة) كل دافع وصادق عليه.',
  'criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED': 'استُشير الفاعلون المحليون في المسعى.',
  'criteria.COMMITMENT.STAKES_IDENTIFIED': 'حُدّدت رهانات المجال التي يمكن أن يكون التعاون رافعة لها.',
  'criteria.COMMITMENT.CONTRIBUTIONS_IDENTIFIED': 'حُدّد ما يمكن أن يقدّمه مجالكم لشريك.',
  'criteria.PARTNER_SEARCH.CANDIDATE_ACCEPTED': 'قبلت جماعة محلية شريكة الالتزام.',
  'criteria.PRESENTATION.COMPLETE': 'يعرض تقديمكم دوافعكم ومجالكم وفاعليه ورهاناتكم وإسهاماتكم.',
  'criteria.INITIATION.VISIT_TO_PARTNER': 'زار وفدٌ مجالَ الشريك.',
  'criteria.INITIATION.VISIT_FROM_PARTNER': 'استُقبل وفدٌ شريك في مجالكم.',
  'criteria.CONVENTION.MOTIVATIONS_SHARED_BY_ALL': 'وضع كل طرف دوافعه على الطاولة.',
  'criteria.CONVENTION.COMPATIBILITY_REVIEWED': 'تحقّق منتخَب(ة) من كل طرف من توافق الدوافع.',
  'criteria.CONVENTION.PRIORITIES_SET': 'حدّدت الأطراف معًا أولوية واحدة على الأقل.',
  'criteria.CONVENTION.SIGNED': 'وُقّعت اتفاقية الشراكة.',
  'criteria.CONVENTION.DIALOGUE_PLAN_AGREED':
    'صادقت جميع الأطراف على صيغ الحوار بين المنتخبين والتقنيين والفاعلين المحليين.',
  'criteria.ACTIONS.FIRST_ACTION_STARTED': 'انطلق أول نشاط ملموس.',
  'criteria.ACTIONS.FUNDING_IDENTIFIED': 'حُدّدت تمويلات لنشاط واحد على الأقل.',
  'criteria.ACTIONS.INDICATORS_CO_VALIDATED': 'صادقت جميع الأطراف على مؤشر واحد على الأقل.',

  'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED':
    'قبل البحث عن شركاء، تنظر الجماعة في ذاتها: ماذا نريد، ولماذا نتعاون؟',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_REVIEWED':
    'الدوافع شأن سياسي: يتحمّل المنتخبون مسؤوليتها، وغالبًا ما يكون ذلك بمداولة.',
  'criteriaWhy.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'التعاون الذي يحمله فاعلون محليون متنوعون أقوى، ويصمد أمام تغيّر الأغلبيات.',
  'criteriaWhy.COMMITMENT.STAKES_IDENTIFIED': 'يجب أن يخدم التعاون رهانات المجال، لا أن يكون غاية في ذاته.',
  'criteriaWhy.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'علاقة المصلحة المتبادلة تفترض معرفة ما يمكن تقديمه، لا ما يُنتظر فقط.',
  'criteriaWhy.PARTNER_SEARCH.CANDIDATE_ACCEPTED':
    'يفضي البحث عبر شبكات الفاعلين وشبكات الجماعات المحلية وصدف اللقاءات إلى شريك يلتزم.',
  'criteriaWhy.PRESENTATION.COMPLETE':
    'وثيقة جذابة وحجة واضحة تتيحان للشركاء المحتملين فهم من أنتم وما الذي تبحثون عنه.',
  'criteriaWhy.INITIATION.VISIT_TO_PARTNER':
    'زيارة الشريك تكشف مجاله ورهاناته؛ ويجب أن تكون الزيارات متبادلة.',
  'criteriaWhy.INITIATION.VISIT_FROM_PARTNER':
    'استقبال الشريك يعرّفه بمجالكم ويوازن العلاقة؛ ويجب أن تكون الزيارات متبادلة.',
  'criteriaWhy.CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
    'الدوافع الضمنية تغذّي سوء الفهم: يعرض كل طرف دوافعه قبل أي توقيع.',
  'criteriaWhy.CONVENTION.COMPATIBILITY_REVIEWED':
    'تختتم الاتفاقية حوارًا سياسيًا يتحقق فيه المنتخبون من توافق الدوافع.',
  'criteriaWhy.CONVENTION.PRIORITIES_SET': 'لا معنى للاتفاقية عند كل طرف إلا إذا حُدّدت الأولويات معًا.',
  'criteriaWhy.CONVENTION.SIGNED': 'تُضفي الاتفاقية الموقّعة طابعًا رسميًا على التزام طويل الأمد بين الجماعات.',
  'criteriaWhy.CONVENTION.DIALOGUE_PLAN_AGREED':
    'تبادلات منتظمة، ملائمة لظروف كل مكان، تحول دون خمود التعاون بين زيارتين.',
  'criteriaWhy.ACTIONS.FIRST_ACTION_STARTED':
    'أنشطة صغيرة ملموسة تختبر العمل المشترك وتُظهر للمواطنين أن التعاون ليس شأن «منتخبين يسافرون».',
  'criteriaWhy.ACTIONS.FUNDING_IDENTIFIED':
    'التمويلات التكميلية تجعل الأنشطة ممكنة وتضاعف أثر كل يورو تلتزم به الجماعة.',
  'criteriaWhy.ACTIONS.INDICATORS_CO_VALIDATED':
    'الشراكة التي تُقاس بأهداف ومؤشرات محددة معًا تحدّ من عدم التكافؤ.',

  'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED': 'طلب منتخَب(ة) تعديلات على أحد الدوافع.',
  'warnings.PARTNER_SEARCH.NEXT_STEP_OVERDUE': 'الخطوة التالية المقررة مع شريك محتمل متأخرة.',
  'warnings.INITIATION.DELEGATION_TOO_LARGE': 'هذا الوفد أكبر عددًا مما يوصى به.',
  'warnings.INITIATION.DELEGATION_NOT_DIVERSE': 'لا يضم هذا الوفد إلا صنفًا واحدًا من الأعضاء.',
  'warnings.INITIATION.RELATION_CARRIED_BY_ONE_PERSON': 'من أحد الجانبين، تقوم العلاقة على شخص واحد.',
  'warnings.INITIATION.VISITS_NOT_RECIPROCAL': 'لم تتم الزيارات مع هذا الشريك إلا في اتجاه واحد.',
  'warnings.INITIATION.TRAVEL_ADVISORY_OUTDATED': 'يجب التحقق مجددًا من نصائح السفر لزيارة قادمة.',
  'warnings.INITIATION.VISIT_REPORT_MISSING': 'لزيارة ما لم يُحرَّر تقرير بعد.',
  'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'زيارة إلى منطقة لا يُنصح بالسفر إليها إلا لسبب قاهر ما زالت تنتظر موافقة منتخَب.',
  'warnings.CONVENTION.EXPIRING_SOON': 'الاتفاقية تقترب من أجل انتهائها.',
  'warnings.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'الاتفاقية قيد الإعداد ولم تتم بعد أي زيارة في الاتجاهين مع هذا الشريك.',
  'warnings.CONVENTION.PARTNER_STAKES_MISSING':
    'لم يسجّل الشريك بعد رهاناته وإسهاماته، التي يجب أن تعكسها الاتفاقية.',
  'warnings.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON': 'يقترب آخر أجل للاعتراض على التجديد الضمني.',
  'warnings.DIALOGUE.EXCHANGE_OVERDUE': 'لقاء مقرّر في صيغ الحوار متأخر.',
  'warnings.DIALOGUE.FALLING_ASLEEP': 'العلاقة تخمد: لا لقاء منذ آخر زيارة.',
  'warnings.DIALOGUE.CHANNEL_NOT_USUAL': 'قناة مقرّرة ليست من عادات الشريك.',
  'warnings.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'تجري كل الأنشطة في مجال واحد.',
  'warnings.ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'اقترح الطرفُ نفسه كل الأنشطة.',
  'warnings.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'مؤشر لم تصادق عليه جميع الأطراف.',
  'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION': 'نشاط جارٍ لم يخضع لتقييم مشترك منذ سنة.',

  'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED': 'يبقى الدافع خارج الطاولة ما لم يُراجَع ويُصادَق عليه.',
  'warningsWhy.PARTNER_SEARCH.NEXT_STEP_OVERDUE': 'كل اتصال يحتاج إلى رعاية، وإلا ضاعت الفرصة.',
  'warningsWhy.INITIATION.DELEGATION_TOO_LARGE':
    'الوفود المحدودة تيسّر الاتصال المباشر الذي يبني علاقة متينة ودائمة.',
  'warningsWhy.INITIATION.DELEGATION_NOT_DIVERSE':
    'العلاقة المقتصرة على الهيئات التنفيذية هشّة: أشركوا المنتخبين والتقنيين والفاعلين المحليين.',
  'warningsWhy.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'العلاقة المنسوجة بين أشخاص عدة بصفات مختلفة تصمد أمام تغيّر الأغلبيات وتمنع الاستئثار الشخصي.',
  'warningsWhy.INITIATION.VISITS_NOT_RECIPROCAL': 'الزيارات المتبادلة في المجالين علامة على علاقة متوازنة.',
  'warningsWhy.INITIATION.TRAVEL_ADVISORY_OUTDATED': 'المنتخبون مسؤولون عن سلامة الوفود؛ ونصائح السفر تتغير.',
  'warningsWhy.INITIATION.VISIT_REPORT_MISSING': 'يحفظ التقرير أثر ما أنتجته الزيارة ويتقاسمه مع الشريك.',
  'warningsWhy.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'المنتخبون مسؤولون عن سلامة الوفود: لا يمكن أن تتم الزيارة دون موافقتهم ولا دون السبب القاهر الذي يقدّمونه.',
  'warningsWhy.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'تختتم الاتفاقية حوار تعارف متبادل (المنهجية، المرحلة 5): لا تُحرَّر دون رؤية مجال الآخر. ليس هذا رفضًا: قد تكون الزيارة مستحيلة (منطقة حمراء، ميزانية)؛ فاذكروا السبب عندئذ، وفكّروا في لقاء في مكان ثالث.',
  'warningsWhy.CONVENTION.PARTNER_STAKES_MISSING':
    'ينطلق التعاون القائم على المصلحة المتبادلة من رهانات كل مجال وإسهاماته، لا من رهانات المبادر وحده. يسجّلها الشريك بنفسه، من رابط «بناء الالتزام» في صفحة الشراكة.',
  'warningsWhy.CONVENTION.EXPIRING_SOON': 'التجديد أو الإنهاء وفق القواعد: الشريك يستحق إشعارًا مسبقًا وقرارًا.',
  'warningsWhy.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON': 'إن لم يُعترض قبل آخر أجل، تُجدَّد الاتفاقية تلقائيًا.',
  'warningsWhy.DIALOGUE.EXCHANGE_OVERDUE': 'وتيرة اللقاءات وجودتها هي ما يُبقي العلاقة حيّة.',
  'warningsWhy.DIALOGUE.FALLING_ASLEEP': 'يخمد التعاون بين زيارتَي وفد حين يتوقف الحوار المنتظم.',
  'warningsWhy.DIALOGUE.CHANNEL_NOT_USUAL':
    'راعوا عادات التواصل في كل مكان: قد تبقى قناة غير مألوفة دون جواب.',
  'warningsWhy.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY':
    'يجب أن يستفيد كل شريك: الأثر «هنا» و«هناك» هو اختبار التبادلية.',
  'warningsWhy.ACTIONS.ALL_INITIATED_BY_ONE_PARTY':
    'حين يقترح طرف واحد كل المحاور، تصبح العلاقة غير متكافئة.',
  'warningsWhy.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'المؤشرات المحددة معًا علاج لعدم التكافؤ.',
  'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'التقييمات المشتركة الدورية تُبقي أساليب العمل المشترك حيّة.',

  'errors.RECORD.NOT_FOUND': 'هذا العنصر غير موجود.',
  'errors.RECORD.DUPLICATE_ID': 'يوجد عنصر بهذا المعرّف.',
  'errors.RECORD.TEXT_REQUIRED': 'هذا الحقل إلزامي.',
  'errors.RECORD.INVALID_VALUE': 'هذه القيمة غير صالحة.',
  'errors.ORGANISATION.INVALID_COUNTRY': 'يجب أن يكون البلد رمز ISO من حرفين.',
  'errors.ORGANISATION.INVALID_LANGUAGE': 'يجب أن تكون اللغات رموز لغات صالحة.',
  'errors.ORGANISATION.INVALID_TIME_ZONE': 'المنطقة الزمنية غير معروفة.',
  'errors.ORGANISATION.INVALID_POPULATION': 'يجب أن يكون عدد السكان عددًا صحيحًا.',
  'errors.PARTNERSHIP.DUPLICATE_PARTY': 'هذه الجماعة طرف في الشراكة أصلًا.',
  'errors.PARTNERSHIP.UNKNOWN_PARTY': 'هذه الجماعة ليست طرفًا في الشراكة.',
  'errors.PARTNERSHIP.NEEDS_PARTNER': 'يتطلب ذلك جماعة محلية شريكة.',
  'errors.PARTNERSHIP.SUSPENDED': 'الشراكة معلّقة: استأنفوها أولًا.',
  'errors.PARTNERSHIP.TERMINATED': 'الشراكة مفسوخة: لم يعد ممكنًا تعديلها.',
  'errors.PARTNERSHIP.NOT_SUSPENDED': 'الشراكة ليست معلّقة.',
  'errors.PARTNERSHIP.SUSPENSION_NEEDS_REASON': 'اذكروا سبب التعليق.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_REASON': 'اذكروا سبب إنهاء الشراكة.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_NOTICE': 'احترموا مهلة الإشعار المستحقة للشريك قبل إنهاء الشراكة.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': 'قرّروا مصير كل نشاط جارٍ.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH':
    'تربط اتفاقيةٌ الأطراف (أو أُرجئ الإنهاء): اقترحوا الإنهاء على الشريك، واعرضوه على مجلسكم التداولي ليقرّره، ثم وجّهوا الإشعار.',
  'errors.PARTNERSHIP.RUPTURE_ALREADY_OPEN': 'إجراء إنهاء جارٍ أصلًا لهذه الشراكة.',
  'errors.PARTNERSHIP.NO_OPEN_RUPTURE': 'لا يوجد إجراء إنهاء جارٍ لهذه الشراكة.',
  'errors.PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER': 'الرد على الإنهاء يأتي من الشريك.',
  'errors.PARTNERSHIP.RUPTURE_NOT_NEGOTIATED':
    'استمعوا إلى الشريك أولًا: يمكن تسجيل القرار فور رده، أو عند انقضاء فترة التفاوض.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION':
    'اذكروا المجلس التداولي ومرجع مداولته وتاريخها (بين الاقتراح واليوم).',
  'errors.PARTNERSHIP.NOTICE_NOT_OVER': 'لم تنقضِ مهلة الإشعار بعد.',
  'errors.PARTNERSHIP.IN_NOTICE':
    'الشراكة في مهلة الإشعار: تستمر حتى أجلها (لقاءات، تقارير، أنشطة يجب إتمامها)، لكن لا يبدأ أي جديد.',
  'errors.REVIEW.REVIEWER_NOT_ELECTED': 'لا يُصدر هذا الرأي إلا منتخَب(ة).',
  'errors.REVIEW.REVIEWER_OTHER_PARTY': 'يُبدي منتخبو كل طرف رأيهم في طرفهم.',
  'errors.COMMITMENT.MOTIVATION_NOT_APPROVED': 'يجب أن يصادق منتخَب(ة) على الدافع قبل مشاركته.',
  'errors.COMMITMENT.MOTIVATION_ALREADY_SHARED': 'هذا الدافع مُشارَك أصلًا.',
  'errors.PARTNER_SEARCH.INVALID_TRANSITION': 'لا يمكن للشريك المحتمل الانتقال إلى هذه الخطوة.',
  'errors.PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED': 'سجّلوا الجماعة المرشحة قبل قبولها.',
  'errors.PARTNER_SEARCH.COMMITMENT_NOT_BUILT': 'لا تقبلوا شريكًا إلا بعد مصادقة منتخَب(ة) على دوافعكم.',
  'errors.PARTNER_SEARCH.CANDIDATE_IS_PARTY': 'هذه الجماعة طرف في الشراكة أصلًا: لا يمكن أن تكون مرشحة.',
  'errors.PARTNER_SEARCH.DUPLICATE_CANDIDATE': 'هذه الجماعة مرشحة لهذه الشراكة أصلًا.',
  'errors.VISIT.END_BEFORE_START': 'لا يمكن أن تنتهي زيارة قبل أن تبدأ.',
  'errors.VISIT.EMPTY_DELEGATION': 'تضم الزيارة عضوًا واحدًا على الأقل في الوفد.',
  'errors.VISIT.MEMBER_OTHER_PARTY': 'أحد أعضاء الوفد لا ينتمي إلى الطرف الصحيح.',
  'errors.VISIT.TRAVEL_ADVISORY_REQUIRED': 'أدخلوا نصائح السفر الخاصة بالوجهة.',
  'errors.VISIT.RED_ZONE_REFUSED':
    'لا يتوجه أي وفد إلى منطقة لا يُنصح بالسفر إليها إطلاقًا (حمراء): التقوا في مكان ثالث أو تواصلوا عن بعد.',
  'errors.VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL':
    'تستلزم الزيارة إلى منطقة لا يُنصح بالسفر إليها إلا لسبب قاهر (برتقالية) موافقة صريحة من منتخَب(ة)، مع ذكر هذا السبب.',
  'errors.VISIT.NOT_YET_ENDED': 'لم تتم الزيارة بعد.',
  'errors.VISIT.ALREADY_TAKEN_PLACE': 'بدأت هذه الزيارة.',
  'errors.VISIT.CANCELLED': 'أُلغيت هذه الزيارة.',
  'errors.VISIT.APPROVAL_NOT_NEEDED':
    'لا تحتاج هذه الموافقة إلا زيارة إلى منطقة لا يُنصح بالسفر إليها إلا لسبب قاهر.',
  'errors.CONVENTION.ALREADY_EXISTS': 'توجد اتفاقية جارية أصلًا.',
  'errors.CONVENTION.INVALID_TERMS': 'بنود الاتفاقية ناقصة أو غير صالحة.',
  'errors.CONVENTION.INVALID_TRANSITION': 'لا يمكن للاتفاقية القيام بذلك في وضعها الحالي.',
  'errors.CONVENTION.NOT_APPROVABLE':
    'لا يمكن المصادقة على الاتفاقية بعد: يجب أولًا أن تتقاسم كل الأطراف دوافعها، وأن يُتحقَّق من التوافق، وأن تُحدَّد الأولويات.',
  'errors.CONVENTION.VERSION_MISMATCH': 'ليست هذه الصيغة السارية من مشروع الاتفاقية.',
  'errors.CONVENTION.ALREADY_APPROVED': 'صادق هذا الطرف على هذه الصيغة أصلًا.',
  'errors.CONVENTION.NOT_SIGNABLE': 'لا تُوقَّع الاتفاقية إلا بعد مصادقة جميع الأطراف على الصيغة نفسها.',
  'errors.CONVENTION.SIGNATORY_MISSING': 'يجب أن يكون لكل طرف موقِّع(ة).',
  'errors.CONVENTION.SIGNED_BEFORE_APPROVAL': 'لا يمكن أن يسبق تاريخُ التوقيع المداولات.',
  'errors.CONVENTION.EFFECTIVE_BEFORE_SIGNATURE': 'لا يمكن أن تدخل الاتفاقية حيز التنفيذ قبل توقيعها.',
  'errors.CONVENTION.NOT_YET_EXPIRED': 'لم تبلغ الاتفاقية أجلها بعد.',
  'errors.CONVENTION.TACIT_RENEWAL_APPLIES': 'لم يعترض أي طرف: تُجدَّد الاتفاقية ضمنيًا.',
  'errors.CONVENTION.TACIT_RENEWAL_NOT_PROVIDED': 'لا تنص هذه الاتفاقية على تجديد ضمني.',
  'errors.CONVENTION.RENEWAL_OBJECTED': 'اعترض أحد الأطراف على التجديد الضمني.',
  'errors.CONVENTION.RENEWAL_NEEDS_DECISION': 'يستلزم التجديد الصريح مداولات المجالس.',
  'errors.CONVENTION.OBJECTION_TOO_LATE': 'انقضى آخر أجل للاعتراض على التجديد الضمني.',
  'errors.CONVENTION.SUSPENSION_NEEDS_REASON': 'اذكروا سبب تعليق الاتفاقية.',
  'errors.CONVENTION.TERMINATION_NEEDS_REASON': 'اذكروا سبب فسخ الاتفاقية.',
  'errors.CONVENTION.TERMINATION_NEEDS_NOTICE': 'احترموا مهلة الإشعار المنصوص عليها في الاتفاقية.',
  'errors.CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'قرّروا مصير كل نشاط جارٍ.',
  'errors.CONVENTION.PRIORITY_ALREADY_AGREED': 'صادقت جماعتكم على هذه الأولوية أصلًا.',
  'errors.DIALOGUE.NO_PLAN': 'لم تُقترح بعد أي صيغة للحوار.',
  'errors.DIALOGUE.DUPLICATE_AUDIENCE': 'لا تظهر كل فئة إلا مرة واحدة في صيغ الحوار.',
  'errors.DIALOGUE.INVALID_CADENCE': 'يجب أن يكون التواتر عددًا صحيحًا من الأيام أو الأسابيع أو الأشهر.',
  'errors.DIALOGUE.INVALID_TOLERANCE': 'يجب أن يكون هامش التسامح عددًا صحيحًا من الأيام.',
  'errors.DIALOGUE.CHANNEL_REQUIRED': 'اختاروا قناة واحدة على الأقل لكل فئة.',
  'errors.DIALOGUE.CHANNEL_NOT_USABLE': 'هذه القناة لا تلائم ظروف أحد الشركاء.',
  'errors.DIALOGUE.PARTICIPANTS_MISSING': 'يجب أن يعيّن كل طرف مشاركين لكل فئة.',
  'errors.DIALOGUE.ALREADY_APPROVED': 'صادق هذا الطرف على صيغ الحوار أصلًا.',
  'errors.DIALOGUE.EVENT_IN_FUTURE': 'لا تُسجَّل إلا اللقاءات التي جرت.',
  'errors.ACTION.THEME_REQUIRED': 'اختاروا محورًا واحدًا على الأقل.',
  'errors.ACTION.LOCATION_REQUIRED': 'اذكروا أين يجري النشاط.',
  'errors.ACTION.INVALID_SDG': 'أهداف التنمية المستدامة مرقّمة من 1 إلى 17.',
  'errors.ACTION.END_BEFORE_START': 'لا يمكن أن ينتهي نشاط قبل أن يبدأ.',
  'errors.ACTION.INVALID_AMOUNT': 'يجب أن يكون المبلغ عددًا موجبًا.',
  'errors.ACTION.INVALID_CURRENCY': 'يجب أن تكون العملة رمز ISO من ثلاثة أحرف.',
  'errors.ACTION.INVALID_TRANSITION': 'لا يمكن للنشاط الانتقال إلى هذه الحالة.',
  'errors.ACTION.STATUS_BY_INITIATOR_ONLY':
    'لا يغيّر حالة هذا النشاط إلا الجماعة التي أطلقته؛ ويمكنكم دائمًا توثيقه وقياسه وتقييمه.',
  'errors.ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE':
    'يؤكّد الطرفُ الآخر من اقترح هذا النشاط، لا الطرفُ الذي أشار إليه.',
  'errors.ACTION.PROPOSER_UNCHANGED':
    'هذا الطرف مذكور أصلًا على أنه صاحب اقتراح النشاط؛ على الطرف الآخر أن يؤكّد ذلك بدلًا من تصحيحه.',
  'errors.ACTION.INDICATOR_ALREADY_VALIDATED': 'صادق هذا الطرف على هذا المؤشر أصلًا.',
  'errors.ACTION.INDICATOR_NOT_CO_VALIDATED': 'يجب أن تصادق جميع الأطراف على المؤشر قبل أي قياس.',
  'errors.ACTION.EVALUATION_NOT_JOINT': 'يُشرك التقييم المشترك طرفين على الأقل.',

  'errors.ACTION.MEASUREMENT_BEFORE_START': 'لا يمكن أن يسبق القياسُ بداية النشاط.',
  'errors.ACTION.MEASUREMENT_WRONG_UNIT': 'يُعبَّر عن القياس بوحدة مؤشره.',
  'errors.ODA.UNKNOWN_SECTOR': 'اختاروا القطاعات من قائمة رموز الأغراض للجنة المساعدة الإنمائية.',
  'errors.ODA.SECTORS_NOT_100': 'يظهر كل قطاع مرة واحدة ومجموع النسب 100.',
  'errors.ODA.INVALID_MARKER': 'قيمة المؤشر الواسم 0 أو 1 أو 2.',
  'errors.ODA.INVALID_RATE': 'اذكروا السعر بوحدات العملة مقابل يورو واحد (1 لليورو).',
  'errors.ODA.AMOUNT_WITHOUT_DATE': 'للمبلغ الملتزم به أو المدفوع تاريخه، وللتاريخ مبلغه.',
  'health.METHOD_PROGRESS': 'معايير المراحل المبلوغة مستوفاة.',
  'health.DIALOGUE_REGULARITY': 'تجري اللقاءات بالتواتر المتفق عليه لكل فئة.',
  'health.VISIT_RECIPROCITY': 'تتم الزيارات في الاتجاهين.',
  'health.ACTION_BALANCE': 'يقترح كل طرف أنشطة، وهي موزّعة على كل مجال.',
  'health.INDICATORS_CO_VALIDATED': 'صادقت جميع الأطراف على المؤشرات.',
  'health.CONVENTION_IN_FORCE': 'اتفاقية شراكة سارية المفعول.',
  'criteria.ACTIONS.AID_COMPLETED': 'قُدِّمت المساعدة الاستعجالية: اكتمل نشاط واحد على الأقل.',
  'criteriaWhy.ACTIONS.AID_COMPLETED':
    'المساعدة الاستعجالية، الجائزة دون اتفاقية (قانون 2007)، محدودة في الزمن: بعد تقديمها، تقدّم الجماعة المحلية حسابًا عنها لمجلسها التداولي وللجنة الوطنية التي يجب إعلامها بكل نشاط.',
  'warnings.PARTNER_SEARCH.BEFORE_COMMITMENT': 'يجري تتبّع شركاء محتملين في حين لم يُبنَ الالتزام بعد.',
  'warningsWhy.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'لا يكون البحث عن شركاء مجديًا إلا بعد بناء الالتزام: دوافع صادق عليها المنتخَبون، وفاعلون محليون يحملون المبادرة، ورهانات وإسهامات محدّدة. وإلا التقى الشريك بمؤسسة وحيدة بلا مشروع.',
  'warnings.RELATION.RUPTURE_SIGNAL':
    'علامة إنذار مبكر بالقطيعة تثقل العلاقة (انتخابات، خفض الميزانية، تغيير التوجه…).',
  'warningsWhy.RELATION.RUPTURE_SIGNAL':
    'قطعت جهات تعاونها بعد انتخابات وخفض في الميزانيات وانكفاء على مصالحها الخاصة، وغالبًا دون تفاوض: إذا رُصدت مثل هذه العلامة مبكرًا أتاحت الوقت للحوار مع الشريك وإطلاع المنتخَبين الجدد وتأمين الأنشطة الجارية.',
  'errors.ACTION.INDICATOR_DISAGGREGATION_INVALID':
    'للتفصيل ثلاثة أبعاد على الأكثر، لكل منها فئتان متمايزتان على الأقل.',
  'errors.ACTION.INDICATOR_PERIODS_INVALID':
    'تتعاقب الفترات دون تداخل، ولكل منها نهاية بعد بدايتها وقيمة مستهدفة.',
  'errors.ACTION.MEASUREMENT_BREAKDOWN_MISMATCH': 'يجب أن يساوي مجموعُ تفصيل كل بُعد القيمةَ المقيسة.',
  'errors.ACTION.MEASUREMENT_UNKNOWN_CATEGORY': 'لا يتضمن التفصيل إلا فئات المؤشر، كل منها مرة واحدة.',
  'errors.FUNDING.CALL_DATES': 'تُغلق الدعوة لتقديم المشاريع يوم افتتاحها أو بعده.',
  'errors.FUNDING.CALL_NOT_OPEN': 'يُودَع الترشح ما دامت الدعوة لتقديم المشاريع مفتوحة.',
  'errors.FUNDING.DECISION_BEFORE_SUBMISSION': 'يؤرَّخ القرار بيوم الإيداع أو بعده.',
  'errors.FUNDING.GRANT_ABOVE_REQUEST': 'لا تتجاوز المنحة المبلغ المطلوب.',
  'errors.FUNDING.INVALID_AMOUNT': 'اذكروا مبلغًا موجبًا (يمكن أن يكون وقت الموظفين صفرًا).',
  'errors.FUNDING.INVALID_DATE': 'اذكروا تاريخًا (اليوم، الشهر، السنة).',
  'errors.FUNDING.INVALID_RULE': 'ترد كل قاعدة مرة واحدة؛ تكون الحصة بين 0 و100 % ويكون المبلغ موجبًا.',
  'errors.FUNDING.NOT_A_DRAFT': 'لا يُعدَّل إلا ترشح في طور المسودة.',
  'errors.FUNDING.NOT_GRANTED': 'تأتي الدفعات والتقارير بعد ترشح مقبول.',
  'errors.FUNDING.REPORT_ALREADY_SUBMITTED': 'أُرسل هذا التقرير من قبل.',
  'errors.FUNDING.TRANCHES_ABOVE_GRANT': 'لا يتجاوز مجموع الدفعات المبلغ الممنوح.',
  'errors.FUNDING.TRANSITION_NOT_ALLOWED': 'لا يمكن لهذا الترشح اجتياز هذه المرحلة انطلاقًا من حالته الحالية.',
  'errors.PARTNERSHIP.FORM_BOUND_BY_CONVENTION':
    'تُلزم الاتفاقية الموقّعة الطرفين: تبقى الشراكة تعاونًا بموجب اتفاقية ما دامت سارية. أنهوا الاتفاقية أولًا.',
  'errors.PARTNERSHIP.FORM_UNCHANGED': 'للشراكة هذا الشكل أصلًا.',
  'errors.PARTNERSHIP.GOVERNANCE_UNCHANGED': 'هذا الطرف مُدار على هذا النحو أصلًا.',
  'errors.SIGNAL.NOT_OWN_SIDE': 'لا تسجّل الجماعة الشريكة علامات الإنذار المبكر إلا من جانبها.',
  'health.RELATION_STABILITY':
    'لا تثقل العلاقةَ أيُّ علامة إنذار مبكر بالقطيعة (لا يُحتسب إلا عند وجود إحداها؛ كل واحدة تنقص منه 40 %).',
} as const satisfies Messages;
