import type { Catalogue } from '../../catalogue';
import type { itCommonForms } from '../it/common-forms';

export const arCommonForms: Catalogue<typeof itCommonForms> = {
  errors: {
    date: 'أدخل تاريخًا صحيحًا (اليوم والشهر والسنة).',
    notPast: 'لا يمكن أن يكون التاريخ في الماضي.',
    choose: 'اختر أحد الخيارات من القائمة.',
    length: 'النص قصير جدًا أو طويل جدًا.',
    required: 'هذا الحقل إلزامي.',
    number: 'أدخل رقمًا.',
    range: 'القيمة خارج النطاق المسموح به.',
    format: 'الصيغة غير صحيحة.',
    tooMany: 'أدخلت أسطرًا كثيرة جدًا.',
    accept: 'للمتابعة يجب أن تضع علامة في هذا المربع.',
    invalid: 'القيمة المُدخلة غير صحيحة.',
  },
  optional: 'اختياري',
  autocomplete: {
    suggestions: 'اقتراحات',
    hint: 'اكتب حرفين على الأقل، ثم اختر من القائمة.',
    searching: 'جارٍ البحث…',
    failed: 'لم ينجح البحث: حاول مرة أخرى بعد قليل.',
    none: 'لا توجد نتائج لـ «{{query}}».',
    count_zero: 'لا توجد نتائج لـ «{{query}}».',
    count_one: 'نتيجة واحدة لـ «{{query}}»: استخدم الأسهم لتصفحها.',
    count_two: 'نتيجتان لـ «{{query}}»: استخدم الأسهم لتصفحهما.',
    count_few: '{{count}} نتائج لـ «{{query}}»: استخدم الأسهم لتصفحها.',
    count_many: '{{count}} نتيجة لـ «{{query}}»: استخدم الأسهم لتصفحها.',
    count_other: '{{count}} نتيجة لـ «{{query}}»: استخدم الأسهم لتصفحها.',
    comune: '{{name}} ({{province}})',
  },
  rows: {
    add: 'إضافة',
    remove: 'حذف',
  },
};
