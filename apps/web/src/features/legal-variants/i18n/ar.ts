import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { legalVariantsFr } from './fr';

export const legalVariantsAr: Catalogue<typeof legalVariantsFr> = {
  legalVariants: {
    title: 'الشكل والإطار القانوني',
    intro:
      'يحدّد شكلُ الشراكة المراحلَ والمعاييرَ التي تقيسها: لا تُقيَّم مساعدة استعجالية أو عمل دون اتفاقية بمعايير الاتفاقية.',
    form: 'الشكل',
    legalBasis: 'الإطار القانوني',
    bases: {
      convention: 'تعاون بموجب اتفاقية (قانون 1992): تنطبق مراحل المنهجية الست.',
      emergency_aid:
        'مساعدة إنسانية واستعجالية، جائزة دون اتفاقية (قانون 2007): مستفيد محدّد بوضوح، ومساعدة أُطلقت ومُوِّلت وأُنجزت.',
      without_convention:
        'عمل خارجي دون اتفاقية (ترويج اقتصادي، إشعاع ثقافي، مشروع ظرفي): التزام الجماعة المحلية، وشريك، والتعريف بالذات، وأنشطة محدّدة بشكل مشترك.',
    },
    criteriaTitle: 'المعايير المطبّقة على هذا الشكل',
    stepsApplying: 'المراحل المتّبعة: {{steps}}.',
    changeForm: 'تغيير الشكل',
    changeFormHint: 'يُقيَّد التغيير في السجل. ما دامت اتفاقية موقّعة تُلزم الأطراف، تبقى الشراكة بموجب اتفاقية.',
    submitForm: 'حفظ الشكل',
    formSaved: 'حُفظ الشكل.',
    governanceTitle: 'حكامة الأطراف',
    governanceIntro:
      'يمكن أن يسيّر الجماعةَ المحلية منتخَبون أو جهازٌ تنفيذي تعيّنه الدولة (عامل، والٍ، محافظ). في هذه الحالة، يُبدي آراءها (الدوافع، التوافق، الأولويات، الزيارة إلى منطقة برتقالية) الشخصُ الذي يسيّرها أو ينوب عنها.',
    governance: 'حكامة \u2068{{party}}\u2069',
    editGovernance: 'تعديل الحكامة',
    editGovernanceOf: 'تعديل الحكامة: \u2068{{party}}\u2069',
    governances: {
      elected_executive: 'جهاز تنفيذي منتخَب',
      appointed_executive: 'جهاز تنفيذي تعيّنه الدولة',
    },
    submitGovernance: 'حفظ',
    governanceSaved: 'حُفظت الحكامة.',
  },
};
