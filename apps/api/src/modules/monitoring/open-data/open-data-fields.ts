import type { OpenDataField } from '@opencpi/contracts';
import type { Locale } from '../../../platform/i18n/locale';
import type { CountField } from '../domain/suppression';

type Field = OpenDataField & { whole?: string };
const f = (
  name: string,
  type: 'integer' | 'number',
  unit: string,
  suppression: 'people' | 'derived' | 'none',
  description: Record<Locale, string>,
  sourceTables: string[],
  whole?: string,
): Field => ({ name, type, unit, suppression, description, sourceTables, ...(whole ? { whole } : {}) });
const DIDS = ['patto.kpi_dids_monthly', 'patto.dids'];
const APPTS = ['agenda.kpi_appointments_monthly', 'agenda.appointments'];
const VACANCIES = ['matching.kpi_vacancies_monthly'];
const SURVEYS = ['surveys.daily_aggregates'];

/**
 * The open data's fields per CPI × month (the data dictionary), each defined in every language a person can choose
 * (the citizen SPA's open-data page shows the definition in the reader's). Counts of people are suppressed below the
 * threshold.
 */
export const OPEN_DATA_FIELDS: Field[] = [
  f(
    'dids',
    'integer',
    'count',
    'people',
    {
      it: 'DID rilasciate nel mese',
      en: 'DIDs filed in the month',
      ar: 'إعلانات الاستعداد الفوري للعمل (DID) المقدَّمة خلال الشهر',
      ro: 'Declarații de disponibilitate imediată (DID) depuse în lună',
      uk: 'Декларації про готовність до роботи (DID), подані за місяць',
    },
    DIDS,
  ),
  f(
    'first_contacts_due',
    'integer',
    'count',
    'people',
    {
      it: 'DID del mese contattate o con scadenza del primo contatto passata',
      en: "The month's DIDs contacted or past their first-contact deadline",
      ar: 'إعلانات DID لهذا الشهر التي تم فيها التواصل مع الشخص أو انقضى موعد أول تواصل',
      ro: 'DID-urile din lună pentru care persoana a fost contactată sau termenul primului contact a trecut',
      uk: 'DID цього місяця, за якими з людиною вже зв’язалися або минув термін першого контакту',
    },
    DIDS,
  ),
  f(
    'first_contacts_in_window',
    'integer',
    'count',
    'people',
    {
      it: 'DID del mese con primo contatto entro la scadenza di legge',
      en: "The month's DIDs contacted by the legal deadline",
      ar: 'إعلانات DID لهذا الشهر التي تم فيها أول تواصل قبل الموعد النهائي القانوني',
      ro: 'DID-urile din lună cu primul contact în termenul legal',
      uk: 'DID цього місяця з першим контактом у встановлений законом термін',
    },
    [...DIDS, 'patto.legal_parameters'],
    'first_contacts_due',
  ),
  f(
    'patti_signed',
    'integer',
    'count',
    'people',
    {
      it: 'Patti firmati per la prima volta nel mese',
      en: 'Patti first signed in the month',
      ar: 'اتفاقات الخدمة الموقَّعة لأول مرة خلال الشهر',
      ro: 'Pacte de servicii semnate pentru prima dată în lună',
      uk: 'Угоди про послуги, вперше підписані за місяць',
    },
    ['patto.kpi_patti_monthly', 'patto.patti'],
  ),
  f(
    'median_days_to_patto',
    'number',
    'days',
    'derived',
    {
      it: 'Mediana dei giorni dalla DID al patto (patti firmati nel mese)',
      en: 'Median days from DID to patto (patti signed in the month)',
      ar: 'الوسيط لعدد الأيام من إعلان DID إلى اتفاق الخدمة (الاتفاقات الموقَّعة خلال الشهر)',
      ro: 'Mediana zilelor de la DID la pactul de servicii (pacte semnate în lună)',
      uk: 'Медіана днів від DID до угоди про послуги (угоди, підписані за місяць)',
    },
    ['patto.kpi_time_to_patto'],
  ),
  f(
    'appointments',
    'integer',
    'count',
    'people',
    {
      it: 'Appuntamenti con inizio nel mese',
      en: 'Appointments starting in the month',
      ar: 'المواعيد التي تبدأ خلال الشهر',
      ro: 'Programări care încep în lună',
      uk: 'Зустрічі, що починаються в цьому місяці',
    },
    APPTS,
  ),
  f(
    'appointments_remote',
    'integer',
    'count',
    'people',
    {
      it: 'Appuntamenti a distanza (video, telefono)',
      en: 'Remote appointments (video, phone)',
      ar: 'المواعيد عن بُعد (فيديو، هاتف)',
      ro: 'Programări la distanță (video, telefon)',
      uk: 'Дистанційні зустрічі (відео, телефон)',
    },
    APPTS,
    'appointments',
  ),
  f(
    'attendance_recorded',
    'integer',
    'count',
    'people',
    {
      it: 'Appuntamenti con presenza registrata',
      en: 'Appointments with attendance recorded',
      ar: 'المواعيد التي سُجِّل فيها الحضور',
      ro: 'Programări cu prezența înregistrată',
      uk: 'Зустрічі із зареєстрованою присутністю',
    },
    APPTS,
  ),
  f(
    'no_shows',
    'integer',
    'count',
    'people',
    { it: 'Assenze ingiustificate', en: 'Unjustified absences', ar: 'الغيابات بدون سبب مقبول', ro: 'Absențe nemotivate', uk: 'Відсутності без поважної причини' },
    APPTS,
    'attendance_recorded',
  ),
  f(
    'conditionality_cases',
    'integer',
    'count',
    'people',
    {
      it: 'Casi di condizionalità aperti',
      en: 'Conditionality cases opened',
      ar: 'الحالات المفتوحة بشأن شروط الإعانة',
      ro: 'Cazuri de condiționalitate deschise',
      uk: 'Відкриті справи щодо умов отримання допомоги',
    },
    ['condizionalita.kpi_cases_monthly'],
  ),
  f(
    'vacancies_published',
    'integer',
    'count',
    'none',
    {
      it: 'Offerte di lavoro pubblicate (non persone: non soppresse)',
      en: 'Vacancies published (not people: not suppressed)',
      ar: 'عروض العمل المنشورة (ليست أشخاصًا: لا تُحجب)',
      ro: 'Oferte de muncă publicate (nu sunt persoane: nu se omit)',
      uk: 'Опубліковані вакансії (не люди: не приховуються)',
    },
    VACANCIES,
  ),
  f(
    'vacancies_filled',
    'integer',
    'count',
    'none',
    {
      it: 'Offerte coperte (prima assunzione nel mese)',
      en: 'Vacancies filled (first hire in the month)',
      ar: 'عروض العمل التي شُغلت (أول توظيف خلال الشهر)',
      ro: 'Oferte de muncă ocupate (prima angajare în lună)',
      uk: 'Заповнені вакансії (перше працевлаштування за місяць)',
    },
    VACANCIES,
  ),
  f(
    'median_days_to_fill',
    'number',
    'days',
    'none',
    {
      it: 'Mediana dei giorni dalla pubblicazione alla prima assunzione',
      en: 'Median days from publication to first hire',
      ar: 'الوسيط لعدد الأيام من النشر إلى أول توظيف',
      ro: 'Mediana zilelor de la publicare până la prima angajare',
      uk: 'Медіана днів від публікації до першого працевлаштування',
    },
    VACANCIES,
  ),
  f(
    'satisfaction_answers',
    'integer',
    'count',
    'people',
    {
      it: 'Risposte ai questionari di soddisfazione',
      en: 'Satisfaction survey answers',
      ar: 'الإجابات على استبيانات الرضا',
      ro: 'Răspunsuri la chestionarele de satisfacție',
      uk: 'Відповіді на опитування щодо задоволеності',
    },
    SURVEYS,
  ),
  f(
    'satisfaction_mean',
    'number',
    'rating',
    'derived',
    { it: 'Valutazione media (1-5)', en: 'Mean rating (1-5)', ar: 'متوسط التقييم (1-5)', ro: 'Evaluare medie (1-5)', uk: 'Середня оцінка (1-5)' },
    SURVEYS,
  ),
];

/** The suppression rule of the dictionary, in every language. */
export const SUPPRESSION_RULE: Record<Locale, string> = {
  it: 'Ogni cella che conta da 1 a 9 persone è omessa (null), e con essa ogni cella che permetterebbe di ricavarla per differenza dal totale regionale o dal totale della stessa riga; le mediane e le medie sono omesse quando lo è il conteggio su cui si basano o quando contano meno di 10 casi.',
  en: 'Every cell counting 1 to 9 people is left out (null), and with it every cell that would let it be recovered by difference from the regional total or from the total in the same row; medians and means are left out when the count they rest on is, or when they count fewer than 10 cases.',
  ar: 'تُحذف كل خانة تعدّ من 1 إلى 9 أشخاص (null)، ومعها كل خانة قد تسمح باستنتاجها بالفرق من المجموع الإقليمي أو من مجموع الصف نفسه؛ ويُحذف الوسيط والمتوسط عندما يُحذف العدد الذي يستندان إليه أو عندما تقلّ الحالات التي يشملانها عن 10.',
  ro: 'Orice celulă care numără între 1 și 9 persoane este omisă (null), împreună cu orice celulă care ar permite aflarea ei prin diferență față de totalul regional sau de totalul aceluiași rând; medianele și mediile sunt omise când este omis numărul pe care se bazează sau când au mai puțin de 10 cazuri.',
  uk: 'Кожну клітинку, що рахує від 1 до 9 осіб, пропущено (null), а разом із нею — кожну клітинку, з якої її можна було б обчислити як різницю від регіонального підсумку або від підсумку того самого рядка; медіани та середні значення пропущено, коли пропущено кількість, на якій вони ґрунтуються, або коли вони охоплюють менше ніж 10 випадків.',
};
/** derived value → the count it is null with */
export const DERIVED_FROM: Record<string, string> = { median_days_to_patto: 'patti_signed', satisfaction_mean: 'satisfaction_answers' };
export const COUNT_FIELDS: CountField[] = OPEN_DATA_FIELDS.filter((x) => x.suppression === 'people').map((x) => ({ name: x.name, ...(x.whole ? { whole: x.whole } : {}) }));
export const dictionaryFields = (): OpenDataField[] => OPEN_DATA_FIELDS.map(({ whole: _whole, ...rest }) => rest);
