import type { Catalogue } from '../../catalogue';
import type { itCitizenOpenData } from '../it/citizen-open-data';

export const arCitizenOpenData: Catalogue<typeof itCitizenOpenData> = {
  title: "البيانات المفتوحة لمراكز التوظيف (Centri per l'Impiego)",
  intro:
    'المؤشرات الشهرية لكل مركز التوظيف وللإقليم: إعلانات DID، وأول تواصل في الوقت المحدد، والاتفاقات، والمواعيد، وعروض العمل، والرضا. يمكنك الاطلاع عليها هنا أو تنزيلها وإعادة استخدامها بحرية.',
  figures: 'مؤشرات الشهر',
  month: 'الشهر',
  empty: 'لا توجد بيانات لهذا الشهر.',
  suppressed: 'قيمة محجوبة',
  notAvailable: 'غ.م.',
  suppressionRule:
    'لحماية الأشخاص، لا تُنشر القيمة التي تعدّ أقل من {{threshold}} أشخاص (< {{threshold}})؛ ولا تُنشر أيضًا القيم التي يمكن استنتاجها منها بالطرح من مجموع الإقليم. «غ.م.» تعني قيمة لم تُجمع بعد.',
  table: {
    caption: 'المؤشرات حسب CPI، {{month}}',
    office: 'مركز التوظيف',
    region: 'مجموع {{region}}',
  },
  fields: {
    dids: 'إعلانات DID المقدَّمة',
    first_contacts_due: 'أول تواصل مطلوب',
    first_contacts_in_window: 'أول تواصل في الوقت المحدد',
    patti_signed: 'الاتفاقات الموقَّعة',
    median_days_to_patto: 'الأيام من DID إلى الاتفاق (الوسيط)',
    appointments: 'المواعيد',
    appointments_remote: 'المواعيد عن بُعد',
    no_shows: 'الغيابات',
    attendance_recorded: 'الحضور المسجَّل',
    conditionality_cases: 'إجراءات شروط الإعانة',
    vacancies_published: 'عروض العمل المنشورة',
    vacancies_filled: 'عروض العمل التي تم شغلها',
    median_days_to_fill: 'الأيام لشغل عرض العمل (الوسيط)',
    satisfaction_answers: 'الإجابات على الاستبيانات',
    satisfaction_mean: 'متوسط الرضا (1–5)',
  },
  downloads: {
    title: 'نزّل البيانات',
    csv: 'المؤشرات بصيغة CSV',
    json: 'المؤشرات بصيغة JSON',
    dictionary: 'قاموس البيانات (JSON)',
    catalog: 'البيانات الوصفية DCAT-AP_IT (JSON-LD)',
    licence: 'الترخيص: {{licence}}.',
  },
  dictionary: {
    title: 'قاموس البيانات',
    sources: '(الجداول المصدر: {{tables}}.)',
  },
};
