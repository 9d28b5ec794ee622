import type { Catalogue } from '../../catalogue';
import type { itCitizenCallback } from '../it/citizen-callback';

export const arCitizenCallback: Catalogue<typeof itCitizenCallback> = {
  title: 'أفضّل أن تتصلوا بي',
  intro: 'اترك لنا رقم هاتفك: سيتصل بك موظف من مركز التوظيف (Centro per l’Impiego) الخاص بك في ساعات العمل، عادةً خلال يومَي عمل.',
  loginPrompt: 'لتطلب أن نتصل بك ادخل بـ SPID أو CIE، أو اتصل أنت بمركزك.',
  phone: 'رقم الهاتف',
  phoneHint: 'مثلًا 333 123 4567. يمكنك أيضًا كتابة رقم أجنبي مع رمز البلد، مثلًا +40.',
  phoneInvalid: 'اكتب رقم هاتف: أرقام فقط، من 6 إلى 15 رقمًا، مع + في البداية إذا كان رقمًا أجنبيًا.',
  window: {
    legend: 'متى تفضّل أن نتصل بك',
    morning: 'صباحًا (9–13)',
    afternoon: 'بعد الظهر (14–17)',
    any: 'في أي وقت، ضمن ساعات العمل',
  },
  topic: 'عن ماذا تريد أن تتحدث؟ (اختياري)',
  topicHint: 'تكفي كلمات قليلة. يمكنك الكتابة بلغتك أيضًا. 500 حرف على الأكثر.',
  submit: 'اطلب أن نتصل بك',
  submitting: 'جارٍ إرسال الطلب…',
  open: 'سنتصل بك على الرقم {{phone}} ({{window}}). قدّمت الطلب في {{date}}.',
  done: 'اتصلنا بك في {{date}}. إذا كنت ما زلت تحتاج إلى ذلك، يمكنك الطلب مرة أخرى.',
  noAnswer: 'حاولنا الاتصال بك في {{date}}، لكنك لم تُجب. يمكنك الطلب مرة أخرى.',
};
