import type { Locale } from '../../../platform/i18n/locale';
import { COND_CATALOGUE } from './condizionalita-catalogue';
import { condMessages, type CondMessageParts } from './condizionalita-messages';

/** The measure letter's own texts (headings, sentences, justification reasons). */
export type LetterTexts = Pick<(typeof COND_CATALOGUE)['it'], 'letter' | 'reason'>;

const ro: LetterTexts = {
  letter: {
    title: 'Măsură de condiționalitate',
    office: 'Centrul pentru Ocuparea Forței de Muncă: {office}',
    to: 'Destinatar: {name} ({fiscalCode})',
    benefit: 'Prestație: {benefit} (identificator INPS {benefitId})',
    facts: 'Faptele',
    factsText: 'Din evidențe reiese că {breach}. Termenul pentru a comunica și a dovedi un motiv întemeiat era {deadline}.',
    justification: 'Justificare primită la {at}: {reason}. {text}',
    noJustification: 'Nu a fost primită nicio justificare în termen.',
    reasons: 'Motivarea deciziei: {text}',
    rule: 'Norma',
    ruleText: 'Regula {ruleCode}, versiunea {version}, pasul {step} din scara sancțiunilor: {sanction}.',
    source: 'Sursa: {source}{unverified}',
    unverified: ' (referință de verificat)',
    decision: 'Decizia din {decidedOn}: {decidedBy}; confirmată de {confirmedBy}.',
    appealTitle: 'Cum faci contestație',
    inps: 'Măsura este comunicată la INPS, care aplică reducerea sau pierderea prestației (D.Lgs. 150/2015 art. 21 c.10).',
    reversal: 'Această măsură anulează măsura {measureId} (contestație admisă: {reference}, {date}).',
  },
  reason: {
    illness_injury: 'boală sau accident documentat',
    civil_military_service: 'serviciu civil sau militar, ori rechemare sub arme',
    pregnancy: 'sarcină, în perioadele de concediu prevăzute de lege',
    court_summons: 'citație din partea autorității judiciare',
    serious_family_reasons: 'motive familiale grave documentate',
    mobility_restriction: 'restricții legale ale libertății de deplasare',
    force_majeure: 'impediment obiectiv sau caz de forță majoră documentat',
  },
};

const uk: LetterTexts = {
  letter: {
    title: 'Рішення щодо умов отримання допомоги',
    office: 'Центр зайнятості: {office}',
    to: 'Отримувач: {name} ({fiscalCode})',
    benefit: 'Допомога: {benefit} (ідентифікатор INPS {benefitId})',
    facts: 'Факти',
    factsText: 'За нашими даними, ви {breach}. Останній день, щоб повідомити й підтвердити поважну причину: {deadline}.',
    justification: 'Пояснення отримано {at}: {reason}. {text}',
    noJustification: 'У встановлений строк пояснень не надійшло.',
    reasons: 'Обґрунтування рішення: {text}',
    rule: 'Норма',
    ruleText: 'Правило {ruleCode}, версія {version}, крок {step} шкали санкцій: {sanction}.',
    source: 'Джерело: {source}{unverified}',
    unverified: ' (посилання потребує перевірки)',
    decision: 'Рішення від {decidedOn}: {decidedBy}; підтвердив {confirmedBy}.',
    appealTitle: 'Як оскаржити',
    inps: 'Рішення передається до INPS, яке застосовує зменшення або припинення допомоги (D.Lgs. 150/2015 art. 21 c.10).',
    reversal: 'Це рішення скасовує рішення {measureId} (скаргу задоволено: {reference}, {date}).',
  },
  reason: {
    illness_injury: 'підтверджена документами хвороба або травма',
    civil_military_service: 'цивільна чи військова служба або призов',
    pregnancy: 'вагітність, у періоди відпустки, передбачені законом',
    court_summons: 'виклик до суду',
    serious_family_reasons: 'підтверджені документами серйозні сімейні обставини',
    mobility_restriction: 'законні обмеження свободи пересування',
    force_majeure: "підтверджена документами об'єктивна перешкода або форс-мажор",
  },
};

const ar: LetterTexts = {
  letter: {
    title: 'قرار بشأن شروط الإعانة',
    office: 'مركز التوظيف: {office}',
    to: 'إلى: {name} ({fiscalCode})',
    benefit: 'الإعانة: {benefit} (رقم التعريف لدى INPS ‏{benefitId})',
    facts: 'الوقائع',
    factsText: 'يتبيّن أنك {breach}. كان آخر موعد للإبلاغ عن سبب مقبول وتقديم ما يثبته هو {deadline}.',
    justification: 'تبرير تم استلامه بتاريخ {at}: {reason}. {text}',
    noJustification: 'لم يصل أي تبرير ضمن الموعد النهائي.',
    reasons: 'أسباب القرار: {text}',
    rule: 'القاعدة',
    ruleText: 'القاعدة {ruleCode}، الإصدار {version}، الدرجة {step} من سلّم العقوبات: {sanction}.',
    source: 'المصدر: {source}{unverified}',
    unverified: ' (مرجع يحتاج إلى تحقق)',
    decision: 'قرار بتاريخ {decidedOn}: {decidedBy}؛ أكّده {confirmedBy}.',
    appealTitle: 'كيف تقدّم طعنًا',
    inps: 'يُبلَّغ القرار إلى INPS الذي يطبّق الخصم أو فقدان الإعانة (D.Lgs. 150/2015 art. 21 c.10).',
    reversal: 'هذا القرار يلغي القرار {measureId} (تم قبول الطعن: {reference}، {date}).',
  },
  reason: {
    illness_injury: 'مرض أو إصابة موثّقان',
    civil_military_service: 'الخدمة المدنية أو العسكرية أو الاستدعاء إليها',
    pregnancy: 'الحمل، خلال فترات الإجازة التي ينص عليها القانون',
    court_summons: 'استدعاء من السلطة القضائية',
    serious_family_reasons: 'أسباب عائلية خطيرة موثّقة',
    mobility_restriction: 'قيود قانونية على حرية التنقل',
    force_majeure: 'عائق موضوعي أو قوة قاهرة موثّقان',
  },
};

const OTHER: Record<Exclude<Locale, 'it' | 'en'>, LetterTexts> = { ar, ro, uk };

/** Everything the measure letter says, in `locale`: the message parts (breach, sanction, appeal…) and the letter's own texts. */
export function letterCatalogue(locale: Locale): CondMessageParts & LetterTexts {
  const own = locale === 'it' || locale === 'en' ? COND_CATALOGUE[locale] : OTHER[locale];
  return { ...condMessages(locale), letter: own.letter, reason: own.reason };
}
