import type { Catalogue } from '../../catalogue';
import type { itCommonPattoSummary } from '../it/common-patto-summary';

export const arCommonPattoSummary: Catalogue<typeof itCommonPattoSummary> = {
  contact: 'الشخص المسؤول عنك في {{office}} هو {{responsible}}: ستتواصلان كل {{days}} يومًا.',
  pathway: 'مسارك: {{pathway}}.',
  pathways: {
    '1': 'المسار 1 – العودة إلى العمل',
    '2': 'المسار 2 – تحديث المهارات (upskilling)',
    '3': 'المسار 3 – إعادة التأهيل المهني (reskilling)',
    '4': 'المسار 4 – العمل والإدماج الاجتماعي',
  },
  commitment: 'ما تلتزم بفعله: {{text}}',
  proof: 'كيف تثبت ذلك: {{text}}',
  deadlines: 'المواعيد النهائية القادمة: {{list}}.',
  deadline: '{{title}} قبل {{date}}',
  sanctions: 'إذا كنت تحصل على NASpI أو DIS-COLL أو ADI أو SFL: إذا لم تشارك دون سبب مقبول، يمكن أن تُخفَّض الإعانة أو تفقدها.',
  help: "هل تحتاج إلى مساعدة أو تفضّل التوقيع في المكتب؟ يمكنك ذلك في مركز التوظيف (Centro per l'Impiego) الخاص بك.",
};
