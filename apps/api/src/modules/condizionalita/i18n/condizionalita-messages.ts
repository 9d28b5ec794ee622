import { toLocale, type Locale } from '../../../platform/i18n/locale';
import { COND_CATALOGUE } from './condizionalita-catalogue';

/**
 * The parts of the condizionalità messages (the {{what}}, {{consequence}}, {{decision}} and {{appeal}} of the
 * notification templates) in every language a person can choose. The measure letter (a PDF with legal weight) stays
 * Italian/English: COND_CATALOGUE.letter.
 */
export interface CondMessageParts {
  benefit: Record<string, string>;
  breach: Record<string, string>;
  sanction: Record<string, string>;
  what: string;
  consequence: string;
  decided: string;
  justified: string;
  reversed: string;
  appeal: string;
}

const ar: CondMessageParts = {
  benefit: { NASPI: 'NASpI', DISCOLL: 'DIS-COLL', ADI: 'إعانة الإدماج (Assegno di Inclusione، ADI)', SFL: 'دعم التدريب والعمل (Supporto per la Formazione e il Lavoro، SFL)' },
  breach: {
    missed_appointment: 'لم تحضر إلى الاستدعاء أو الموعد بتاريخ {date} في مركز التوظيف',
    missed_orientation: 'لم تشارك في نشاط التوجيه المقرر بتاريخ {date}',
    missed_training: 'لم تشارك في نشاط التدريب أو إعادة التأهيل المقرر بتاريخ {date}',
    offer_refused: 'رفضت بتاريخ {date} عرض عمل مناسبًا',
    psp_not_signed: 'لم توقّع اتفاق الخدمة قبل {date}',
  },
  sanction: {
    cut_quarter_month: 'خصم ربع مبلغ شهر واحد',
    cut_month: 'خصم مبلغ شهر واحد',
    loss: 'فقدان الإعانة (وبالنسبة إلى NASpI وDIS-COLL فقدان حالة البطالة أيضًا)',
    annulled: 'إلغاء القرار السابق',
  },
  what: 'يتبيّن أنك {breach}.',
  consequence: 'بدون سبب مقبول، سيكون على مركز التوظيف تطبيق {sanction} ({source}).',
  decided: 'قرّر مركز التوظيف: {sanction} ({source}).',
  justified: 'قبل مركز التوظيف تبريرك: لا يوجد أي إجراء.',
  reversed: 'تم قبول الطعن: القرار الصادر بتاريخ {date} ملغى ({reference}).',
  appeal: 'يمكنك تقديم طعن في هذا القرار إلى لجنة ANPAL خلال 30 يومًا من تاريخ الإبلاغ (D.Lgs. 150/2015 art. 21 c.12).',
};

const ro: CondMessageParts = {
  benefit: {
    NASPI: 'NASpI',
    DISCOLL: 'DIS-COLL',
    ADI: 'Alocația de incluziune (Assegno di Inclusione, ADI)',
    SFL: 'Sprijin pentru formare și muncă (Supporto per la Formazione e il Lavoro, SFL)',
  },
  breach: {
    missed_appointment: 'nu te-ai prezentat la convocarea sau la programarea din {date} la Centrul pentru Ocuparea Forței de Muncă',
    missed_orientation: 'nu ai participat la activitatea de orientare prevăzută pentru {date}',
    missed_training: 'nu ai participat la activitatea de formare sau recalificare prevăzută pentru {date}',
    offer_refused: 'ai refuzat, pe {date}, o ofertă de muncă potrivită',
    psp_not_signed: 'nu ai semnat pactul de servicii până la {date}',
  },
  sanction: {
    cut_quarter_month: 'reducerea cu un sfert dintr-o lună de indemnizație',
    cut_month: 'reducerea cu o lună de indemnizație',
    loss: 'pierderea prestației (pentru NASpI și DIS-COLL și a statutului de șomer)',
    annulled: 'anularea deciziei anterioare',
  },
  what: 'Din datele noastre reiese că {breach}.',
  consequence: 'Fără un motiv întemeiat, Centrul pentru Ocuparea Forței de Muncă va trebui să aplice {sanction} ({source}).',
  decided: 'Centrul pentru Ocuparea Forței de Muncă a decis: {sanction} ({source}).',
  justified: 'Centrul pentru Ocuparea Forței de Muncă a acceptat justificarea ta: nicio sancțiune.',
  reversed: 'Contestația a fost admisă: decizia din {date} este anulată ({reference}).',
  appeal: 'Poți contesta această decizie la comitetul ANPAL în termen de 30 de zile de la comunicare (D.Lgs. 150/2015 art. 21 c.12).',
};

const uk: CondMessageParts = {
  benefit: {
    NASPI: 'NASpI',
    DISCOLL: 'DIS-COLL',
    ADI: 'Допомога на інтеграцію (Assegno di Inclusione, ADI)',
    SFL: 'Підтримка навчання та роботи (Supporto per la Formazione e il Lavoro, SFL)',
  },
  breach: {
    missed_appointment: 'ви не з’явилися на виклик або зустріч {date} у центрі зайнятості',
    missed_orientation: 'ви не взяли участь у заході з профорієнтації, запланованому на {date}',
    missed_training: 'ви не взяли участь у навчанні або перекваліфікації, запланованих на {date}',
    offer_refused: 'ви {date} відмовилися від відповідної вакансії',
    psp_not_signed: 'ви не підписали угоду про послуги до {date}',
  },
  sanction: {
    cut_quarter_month: 'зменшення допомоги на чверть місячної виплати',
    cut_month: 'зменшення допомоги на одну місячну виплату',
    loss: 'втрату допомоги (для NASpI та DIS-COLL — також статусу безробітного)',
    annulled: 'скасування попереднього рішення',
  },
  what: 'За нашими даними, {breach}.',
  consequence: 'Без поважної причини центр зайнятості буде змушений застосувати {sanction} ({source}).',
  decided: 'Центр зайнятості вирішив: {sanction} ({source}).',
  justified: 'Центр зайнятості прийняв ваше пояснення: жодних санкцій.',
  reversed: 'Скаргу задоволено: рішення від {date} скасовано ({reference}).',
  appeal: 'Ви можете оскаржити це рішення в комітеті ANPAL протягом 30 днів із дня повідомлення (D.Lgs. 150/2015 art. 21 c.12).',
};

const OTHER: Record<Exclude<Locale, 'it' | 'en'>, CondMessageParts> = { ar, ro, uk };

/** The message parts in `locale`. */
export function condMessages(locale: Locale): CondMessageParts {
  return locale === 'it' || locale === 'en' ? COND_CATALOGUE[locale] : OTHER[locale];
}

/** A person's message locale (their notification preference), any supported language. */
export const messageLocale = (l: string | null | undefined): Locale => toLocale(l);

/** A calendar date (YYYY-MM-DD) in a message: day/month/year except in English (ISO, as before). */
export const messageDate = (date: string, locale: Locale): string => (locale === 'en' ? date : date.split('-').reverse().join('/'));
