import { inLocale, type Locale } from '../../../platform/i18n/locale';

type OtherLocale = Exclude<Locale, 'it' | 'en'>;

/**
 * Names of the standard service types in the languages the database does not hold (it has `name_it` and `name_en`),
 * by service code. A service a region adds without an entry here reads in English for those languages.
 */
export const SERVICE_TYPE_NAMES: Record<string, Record<OtherLocale, string>> = {
  'prima-accoglienza': { ar: 'الاستقبال الأول والمعلومات', ro: 'Prima primire și informații', uk: 'Перший прийом та інформація' },
  'patto-servizio': { ar: 'اتفاق الخدمة الشخصي', ro: 'Pactul de servicii personalizat', uk: 'Персональна угода про послуги' },
  orientamento: { ar: 'التوجيه المهني الأساسي', ro: 'Orientare profesională de bază', uk: 'Базова профорієнтація' },
  'colloquio-specialistico': { ar: 'مقابلة توجيه متخصصة', ro: 'Interviu de orientare de specialitate', uk: 'Спеціалізована профорієнтаційна співбесіда' },
  'laboratorio-cv': { ar: 'ورشة جماعية: كتابة السيرة الذاتية', ro: 'Atelier de grup: scrie-ți CV-ul', uk: 'Групове заняття: як написати резюме' },
};

/** A service type's name in every language (for a message variable rendered in the recipient's). */
export function serviceTypeNames(code: string, nameIt: string, nameEn: string): { it: string; en: string } & Partial<Record<Locale, string>> {
  return { it: nameIt, en: nameEn, ...SERVICE_TYPE_NAMES[code] };
}

/** A service type's name in `locale`. */
export function serviceTypeName(code: string, nameIt: string, nameEn: string, locale: Locale): string {
  return inLocale(serviceTypeNames(code, nameIt, nameEn), locale);
}
