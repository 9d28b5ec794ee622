import type { Catalogue } from '../../catalogue';
import type { itCommonTimeline } from '../it/common-timeline';

export const arCommonTimeline: Catalogue<typeof itCommonTimeline> = {
  did: { filed: 'تم تقديم DID', revoked: 'تم إلغاء DID' },
  profiling: { computed: 'تقييم الملف الكمي (profilazione)', assessed: 'التقييم النوعي: مسار GOL {{pathway}}' },
  patto: {
    proposed: 'تم اقتراح اتفاق الخدمة (الإصدار {{version}})',
    signed: 'وقّعت جميع الأطراف اتفاق الخدمة (الإصدار {{version}})',
    signature: 'توقيع الاتفاق (الإصدار {{version}}): {{signerName}}',
  },
  plan: {
    activity: 'تم تسجيل نشاط: {{title}}',
    action_done: 'إجراء من الاتفاق تم تنفيذه: {{title}}',
    action_not_done: 'إجراء من الاتفاق لم يُنفَّذ: {{title}}',
  },
  appointment: {
    booked_booked: 'موعد "{{serviceAr}}" يوم {{date}} الساعة {{time}}',
    booked_cancelled: 'موعد "{{serviceAr}}" يوم {{date}} الساعة {{time}} (ملغى)',
    booked_attended: 'موعد "{{serviceAr}}" يوم {{date}} الساعة {{time}} (حاضر)',
    booked_absent: 'موعد "{{serviceAr}}" يوم {{date}} الساعة {{time}} (غائب)',
    booked_absent_justified: 'موعد "{{serviceAr}}" يوم {{date}} الساعة {{time}} (غياب بعذر)',
    booked_late_cancelled: 'موعد "{{serviceAr}}" يوم {{date}} الساعة {{time}} (ألغي متأخرًا)',
  },
  document: { uploaded: 'تم رفع مستند: {{fileName}}' },
  message: { sent: 'رسالة من {{senderName}}' },
  delegation: { granted: 'تفويض إلى {{organisationName}}', revoked: 'تم إلغاء التفويض إلى {{organisationName}}' },
  intermediary: {
    did_filed: 'قدّم {{delegateName}} ({{organisationName}}) إعلان DID نيابةً عنك',
    appointment_booked: 'حجز {{delegateName}} ({{organisationName}}) موعدًا نيابةً عنك',
    appointment_moved: 'غيّر {{delegateName}} ({{organisationName}}) موعدًا نيابةً عنك',
    document_uploaded: 'رفع {{delegateName}} ({{organisationName}}) مستندًا نيابةً عنك',
  },
};
