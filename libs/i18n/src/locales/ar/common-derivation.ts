import type { Catalogue } from '../../catalogue';
import type { itCommonDerivation } from '../it/common-derivation';

export const arCommonDerivation: Catalogue<typeof itCommonDerivation> = {
  no_did: { fact: 'لا يوجد DID', rule: 'حالة البطالة تتطلب إعلان الاستعداد الفوري للعمل (DID) ساريًا' },
  did_revoked: { fact: 'تم إلغاء DID في {{date}}', rule: 'عند إلغاء DID تنتهي حالة البطالة' },
  did_active: { fact: 'DID سارٍ، صادر في {{date}}', rule: 'من ليس لديه عمل ويعلن استعداده الفوري للعمل يُعتبر عاطلًا عن العمل' },
  notice_running: {
    fact: 'علاقة عمل في فترة الإشعار حتى {{date}}',
    rule: 'إعلان DID أثناء فترة الإشعار يعطي حالة "معرّض لخطر البطالة" حتى نهاية علاقة العمل',
  },
  notice_ended: { fact: 'انتهت فترة الإشعار في {{date}}', rule: 'من اليوم التالي لنهاية علاقة العمل يُعتبر الشخص عاطلًا عن العمل' },
  low_income: { fact: 'عمل بدخل سنوي أقل من الحد، مُعلن في DID', rule: 'من يعمل بدخل أقل من الحد يحتفظ بحالة البطالة' },
  last_job_ended: { fact: 'انتهى آخر عمل في {{date}}', rule: 'تُحسب مدة البطالة من تاريخ DID' },
};
