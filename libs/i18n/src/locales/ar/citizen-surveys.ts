import type { Catalogue } from '../../catalogue';
import type { itCitizenSurveys } from '../it/citizen-surveys';

export const arCitizenSurveys: Catalogue<typeof itCitizenSurveys> = {
  nav: 'قيّم الخدمة',
  title: 'قيّم الخدمة',
  intro: 'بعد كل خدمة يمكنك أن تخبرنا كيف كانت. الإجابة ليست إلزامية، وفي النتائج لا ترتبط إجابتك باسمك.',
  kinds: { appointment: 'موعد', patto: 'اتفاق الخدمة', certificate: 'شهادة', vacancy: 'عرض العمل' },
  statuses: { open: 'بانتظار التقييم', answered: 'تم التقييم', expired: 'مغلق' },
  list: {
    open: 'بانتظار التقييم',
    done: 'تم تقييمها أو مغلقة',
    empty: 'ليس لديك خدمات لتقييمها.',
    emptyDone: 'لا يوجد.',
    item: '{{service}} · {{office}} · {{date}}',
    answer: 'قيّم',
    view: 'شاهد إجابتك',
  },
  page: {
    title: 'كيف كانت الخدمة؟',
    service: 'الخدمة: {{name}}',
    office: 'المكتب: {{name}}',
    date: 'التاريخ: {{date}}',
    optional: 'الإجابة ليست إلزامية. تحتاج إلى دقيقة واحدة.',
  },
  rating: {
    legend: 'ما مدى رضاك عن الخدمة؟',
    questionHint: 'من 1 (غير راضٍ أبدًا) إلى 5 (راضٍ جدًا جدًا)',
    levels: { '1': '1 – غير راضٍ أبدًا', '2': '2 – قليلًا', '3': '3 – إلى حد ما', '4': '4 – كثيرًا', '5': '5 – كثيرًا جدًا' },
    required: 'اختر درجة من 1 إلى 5.',
  },
  form: {
    questions: 'بعض الأسئلة الإضافية (اختيارية)',
    comment: 'تعليق (اختياري)',
    commentHint: 'لا تكتب بيانات شخصية: يصل التعليق إلى المسؤولين بدون اسمك. يمكنك سحبه متى شئت.',
    commentTooLong: '1000 حرف على الأكثر.',
    submit: 'أرسل التقييم',
    submitting: 'جارٍ الإرسال…',
  },
  answered: {
    thanks: 'شكرًا: تم تسجيل تقييمك.',
    already: 'لقد أجبت بالفعل على هذا التقييم: نحتفظ بالإجابة الأولى.',
    yourRating: 'درجتك: {{rating}} من 5',
    yourComment: 'تعليقك: «{{comment}}»',
    withdrawn: 'لقد سحبت التعليق.',
    withdraw: 'اسحب التعليق',
    withdrawing: 'جارٍ السحب…',
  },
  invalid: {
    title: 'الرابط غير صالح',
    body: 'رابط التقييم هذا غير موجود أو لم يعد صالحًا. إذا كنت قد دخلت، تجد التقييمات المفتوحة في «قيّم الخدمة».',
    expired: 'هذا التقييم مغلق: لم يعد ممكنًا الإجابة.',
  },
};
