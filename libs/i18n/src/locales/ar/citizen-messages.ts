import type { Catalogue } from '../../catalogue';
import type { itCitizenMessages } from '../it/citizen-messages';

export const arCitizenMessages: Catalogue<typeof itCitizenMessages> = {
  nav: 'كيف تصلك الرسائل',
  title: 'كيف تريد أن تصلك الرسائل',
  intro: 'اختر أين نكتب لك وبأي لغة. يمكنك تغيير رأيك متى شئت.',
  channels: {
    legend: 'أين تريد أن تصلك الرسائل',
    hint: 'اختر طريقة واحدة على الأقل: يجب أن تصلك الاستدعاءات والمواعيد النهائية.',
    required: 'اختر طريقة واحدة على الأقل لاستلام الرسائل.',
    email: 'البريد الإلكتروني',
    sms: 'رسالة نصية (SMS)',
    io: 'تطبيق IO',
  },
  locale: {
    legend: 'بأي لغة تريد الرسائل',
    it: 'Italiano',
    en: 'English',
    ar: 'العربية',
    ro: 'Română',
    uk: 'Українська',
  },
  optOut: {
    legend: 'الرسائل غير الإلزامية',
    label: 'لا أريد استلام رسائل إعلامية (حملات مركز التوظيف (Centro per l’Impiego)، استبيانات الرضا)',
    hint: 'ستصلك في كل الأحوال الرسائل الإلزامية: الاستدعاءات، والمواعيد، والمواعيد النهائية، والقرارات التي تخصك.',
  },
  quietHours: 'لا نكتب لك في الليل: الرسائل غير العاجلة تصل بعد الساعة {{end}} (ساعات الهدوء {{start}}–{{end}}).',
  submit: 'احفظ اختياراتي',
  submitting: 'جارٍ الحفظ…',
  saved: 'تم حفظ الاختيارات.',
  notSavedYet: 'لم تختر بعد: نكتب لك بالبريد الإلكتروني والرسائل النصية (SMS)، باللغة الإيطالية.',
};
