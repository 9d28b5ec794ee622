import { inLocale, type Locale } from '../../../platform/i18n/locale';

type OtherLocale = Exclude<Locale, 'it' | 'en'>;

/**
 * Names of the standard service types in the languages the database does not hold (it has `name_it` and `name_en`),
 * by service code (see serviceTypeNames for a code without an entry).
 */
export const SERVICE_TYPE_NAMES: Record<string, Record<OtherLocale, string>> = {
  'prima-accoglienza': { ar: 'الاستقبال الأول والمعلومات', ro: 'Prima primire și informații', uk: 'Перший прийом та інформація' },
  'patto-servizio': { ar: 'اتفاق الخدمة الشخصي', ro: 'Pactul de servicii personalizat', uk: 'Персональна угода про послуги' },
  orientamento: { ar: 'التوجيه المهني الأساسي', ro: 'Orientare profesională de bază', uk: 'Базова профорієнтація' },
  'colloquio-specialistico': { ar: 'مقابلة توجيه متخصصة', ro: 'Interviu de orientare de specialitate', uk: 'Спеціалізована профорієнтаційна співбесіда' },
  'laboratorio-cv': { ar: 'ورشة جماعية: كتابة السيرة الذاتية', ro: 'Atelier de grup: scrie-ți CV-ul', uk: 'Групове заняття: як написати резюме' },
};

/**
 * The cancellation reason the API writes when the person answers the recall "not coming" (stored in Italian, as the
 * office reads it; shown to the person in their language).
 */
export const RECALL_CANCEL_REASON: Record<Locale, string> = {
  it: 'Risposta al promemoria: non può venire',
  en: 'Answer to the reminder: cannot come',
  ar: 'الرد على التذكير: تعذّر الحضور',
  ro: 'Răspuns la memento: nu poate veni',
  uk: 'Відповідь на нагадування: не зможе прийти',
};

/** Where a remote appointment takes place, in an appointment's calendar file. */
export const ICS_PLACES: Record<'video' | 'phone', Record<Locale, string>> = {
  video: { it: 'Videochiamata', en: 'Video call', ar: 'مكالمة فيديو', ro: 'Apel video', uk: 'Відеодзвінок' },
  phone: { it: 'Telefono', en: 'Phone', ar: 'الهاتف', ro: 'Telefon', uk: 'Телефон' },
};

/**
 * A service type's name in every language (for a message variable rendered in the recipient's). Arabic, Romanian and
 * Ukrainian come from SERVICE_TYPE_NAMES by code (chosen over name columns per language: the service types are the
 * region's configuration, few and stable). A type a region adds without an entry there reads in English in those
 * languages until its entry is added (no-italian-literals.spec.ts checks every type of the demo data has one).
 */
export function serviceTypeNames(code: string, nameIt: string, nameEn: string): Record<Locale, string> {
  return { it: nameIt, en: nameEn, ...(SERVICE_TYPE_NAMES[code] ?? { ar: nameEn, ro: nameEn, uk: nameEn }) };
}

/** A service type's name in `locale`. */
export function serviceTypeName(code: string, nameIt: string, nameEn: string, locale: Locale): string {
  return inLocale(serviceTypeNames(code, nameIt, nameEn), locale);
}
