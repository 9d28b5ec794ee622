import type { Catalogue } from '../../catalogue';
import type { itCitizenPortability } from '../it/citizen-portability';

export const arCitizenPortability: Catalogue<typeof itCitizenPortability> = {
  nav: 'نزّل بياناتك',
  title: 'نزّل بياناتك',
  intro:
    "يمكنك الحصول على نسخة كاملة من البيانات التي لدى مراكز التوظيف (Centri per l'Impiego) عنك (المادتان 15 و20 من GDPR)، لتحتفظ بها أو لتأخذها إلى إقليم آخر إذا انتقلت. نُعدّها وأنت تنتظر: عادةً تكفي بضع ثوانٍ.",
  locales: { it: 'الإيطالية', en: 'الإنجليزية', ar: 'العربية', ro: 'الرومانية', uk: 'الأوكرانية' },
  form: {
    title: 'حضّر بياناتك',
    text: 'ستحصل على ملف ZIP موقَّع من الإقليم فيه كل بياناتك بصيغة يقرؤها الحاسوب، ومستنداتك، وشهاداتك، وملخص بصيغة PDF.',
    locale: 'لغة الملخص بصيغة PDF',
    submit: 'حضّر بياناتي',
    submitting: 'جارٍ إرسال الطلب…',
  },
  status: {
    title: 'طلبك الأخير',
    requestedAt: 'طُلب في {{when}}',
    progress: 'جارٍ التحضير: الخطوة {{done}} من {{total}} ({{step}}).',
    progressLabel: 'تقدّم التحضير',
    ready: 'بياناتك جاهزة.',
    download: 'نزّل بياناتك (ZIP)',
    expiresAt: 'يبقى الملف متاحًا حتى {{when}}، ثم يُحذف: يمكنك دائمًا طلب ملف جديد.',
    sha256: 'بصمة SHA-256 للملف:',
    failed: 'لم نتمكن من تحضير بياناتك. حاول مرة أخرى لاحقًا أو اطلب المساعدة من مركز التوظيف الخاص بك.',
    expired: 'تم حذف ملف هذا الطلب لأن صلاحيته انتهت. يمكنك طلب ملف جديد.',
  },
  steps: {
    queued: 'في قائمة الانتظار',
    registry: 'البيانات الشخصية',
    did: 'DID والأوضاع الوظيفية',
    profiling: 'تقييم الملف (profilazione)',
    matchingProfile: 'الملف المهني',
    patti: 'اتفاقات الخدمة',
    plan: 'خطة العمل',
    appointments: 'المواعيد',
    conditionality: 'شروط الإعانة',
    documents: 'المستندات',
    certificates: 'الشهادات',
    credentials: 'البطاقات الرقمية',
    messages: 'الرسائل',
    auditTrail: 'من قرأ بياناتك',
    summary: 'الملخص بصيغة PDF',
    signature: 'توقيع الإقليم',
  },
  what: {
    title: 'ماذا يوجد في الملف',
    text: 'dossier.json فيه كل بياناتك (موصوف بمخطط JSON عام)، وملفات مستنداتك وشهاداتك، وsummary.pdf (ملخص يمكن قراءته، مختوم)، وmanifest.json فيه بصمة كل ملف، وsignature.jws، وهو توقيع الإقليم: هكذا يستطيع إقليم آخر التحقق من أنه لم يتم تعديل أي شيء.',
  },
  help: {
    title: 'أحتاج إلى مساعدة',
    text: 'إذا لم تستطع تنزيل الملف أو لا تعرف كيف تستخدمه، يساعدك مركز التوظيف الخاص بك.',
    link: 'كيف تحصل على المساعدة',
  },
};
