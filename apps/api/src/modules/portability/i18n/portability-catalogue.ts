import type { Locale } from '../../../platform/i18n/locale';
import type { DossierSection } from '@opencpi/contracts';

/** Server-side texts of the dossier's readable summary (the sealed PDF in the bundle), by locale (Italian first). */
/** The export's readable part: every language a person can choose (PORTABILITY_LOCALES). */
export type PortabilityLocale = Locale;

const it = {
  title: 'Il tuo fascicolo: riepilogo leggibile',
  intro:
    'Questo riepilogo accompagna i dati completi (dossier.json, con i file) che hai chiesto ai sensi degli artt. 15 e 20 del GDPR. Il pacchetto è firmato da {issuer}: signature.jws copre le impronte SHA-256 di ogni file elencate in manifest.json.',
  person: 'Persona',
  name: 'Nome e cognome',
  fiscalCode: 'Codice fiscale',
  exportedAt: 'Esportato il',
  exportId: "Identificativo dell'esportazione",
  contents: 'Contenuto del pacchetto',
  status: 'Stato occupazionale',
  section: {
    registry: 'Dati anagrafici',
    did: 'DID e stati occupazionali',
    profiling: 'Profilazione',
    matchingProfile: "Profilo per l'incontro domanda-offerta",
    patti: 'Patti di servizio con le firme',
    plan: "Piano d'azione",
    appointments: 'Appuntamenti',
    conditionality: 'Procedimenti di condizionalità',
    documents: 'Documenti (file)',
    certificates: 'Certificati (PDF sigillati)',
    credentials: 'Credenziali digitali',
    messages: 'Messaggi',
    auditTrail: 'Chi ha letto o modificato i tuoi dati',
  } satisfies Record<DossierSection, string>,
  count: '{n} elementi',
  countOne: '1 elemento',
  present: 'presente',
  absent: 'nessun dato',
  value: { unemployed: 'disoccupato/a', at_risk: 'a rischio di disoccupazione', not_unemployed: 'non in stato di disoccupazione' } as Record<string, string>,
  sealReason: 'Riepilogo del fascicolo rilasciato da {issuer}',
  page: 'Pagina {n} di {total}',
};
type Shape = typeof it;
type Section = Shape['section'];

const en: Shape = {
  title: 'Your dossier: readable summary',
  intro:
    'This summary comes with the complete data (dossier.json, with the files) you asked for under GDPR articles 15 and 20. The bundle is signed by {issuer}: signature.jws covers the SHA-256 fingerprints of every file listed in manifest.json.',
  person: 'Person',
  name: 'Name',
  fiscalCode: 'Fiscal code',
  exportedAt: 'Exported on',
  exportId: 'Export identifier',
  contents: 'What the bundle holds',
  status: 'Employment status',
  section: {
    registry: 'Personal data',
    did: 'DIDs and employment statuses',
    profiling: 'Profiling',
    matchingProfile: 'Job-matching profile',
    patti: 'Service agreements with their signatures',
    plan: 'Action plan',
    appointments: 'Appointments',
    conditionality: 'Conditionality cases',
    documents: 'Documents (files)',
    certificates: 'Certificates (sealed PDFs)',
    credentials: 'Digital credentials',
    messages: 'Messages',
    auditTrail: 'Who read or changed your data',
  },
  count: '{n} items',
  countOne: '1 item',
  present: 'present',
  absent: 'no data',
  value: { unemployed: 'unemployed', at_risk: 'at risk of unemployment', not_unemployed: 'not unemployed' },
  sealReason: 'Dossier summary issued by {issuer}',
  page: 'Page {n} of {total}',
};

const ro: Shape = {
  title: 'Dosarul tău: rezumat ușor de citit',
  intro:
    'Acest rezumat însoțește datele complete (dossier.json, cu fișierele) pe care le-ai cerut în temeiul art. 15 și 20 din GDPR. Pachetul este semnat de {issuer}: signature.jws acoperă amprentele SHA-256 ale fiecărui fișier enumerat în manifest.json.',
  person: 'Persoana',
  name: 'Nume și prenume',
  fiscalCode: 'Cod fiscal',
  exportedAt: 'Exportat la',
  exportId: 'Identificatorul exportului',
  contents: 'Conținutul pachetului',
  status: 'Statut ocupațional',
  section: {
    registry: 'Date personale',
    did: 'DID și statute ocupaționale',
    profiling: 'Profilare',
    matchingProfile: 'Profil pentru potrivirea cu ofertele de muncă',
    patti: 'Pacte de servicii cu semnăturile',
    plan: 'Planul de acțiune',
    appointments: 'Programări',
    conditionality: 'Proceduri de condiționalitate',
    documents: 'Documente (fișiere)',
    certificates: 'Certificate (PDF sigilate)',
    credentials: 'Credențiale digitale',
    messages: 'Mesaje',
    auditTrail: 'Cine ți-a citit sau modificat datele',
  } satisfies Section,
  count: '{n} elemente',
  countOne: '1 element',
  present: 'prezent',
  absent: 'nicio dată',
  value: { unemployed: 'șomer/șomeră', at_risk: 'în risc de șomaj', not_unemployed: 'nu este în șomaj' },
  sealReason: 'Rezumatul dosarului eliberat de {issuer}',
  page: 'Pagina {n} din {total}',
};

const uk: Shape = {
  title: 'Ваша особова справа: зручний для читання підсумок',
  intro:
    'Цей підсумок додається до повних даних (dossier.json, з файлами), які ви запросили відповідно до статей 15 і 20 GDPR. Пакет підписано {issuer}: signature.jws охоплює відбитки SHA-256 кожного файлу, переліченого в manifest.json.',
  person: 'Особа',
  name: 'Імʼя та прізвище',
  fiscalCode: 'Податковий код',
  exportedAt: 'Дата експорту',
  exportId: 'Ідентифікатор експорту',
  contents: 'Вміст пакета',
  status: 'Статус зайнятості',
  section: {
    registry: 'Особові дані',
    did: 'DID і статуси зайнятості',
    profiling: 'Профілювання',
    matchingProfile: 'Профіль для підбору вакансій',
    patti: 'Угоди про послуги з підписами',
    plan: 'План дій',
    appointments: 'Зустрічі',
    conditionality: 'Провадження щодо умов отримання допомоги',
    documents: 'Документи (файли)',
    certificates: 'Довідки (PDF з печаткою)',
    credentials: 'Цифрові посвідчення',
    messages: 'Повідомлення',
    auditTrail: 'Хто переглядав або змінював ваші дані',
  } satisfies Section,
  count: 'Елементів: {n}',
  countOne: '1 елемент',
  present: 'є',
  absent: 'немає даних',
  value: { unemployed: 'безробітний/безробітна', at_risk: 'під ризиком безробіття', not_unemployed: 'не має статусу безробітного' },
  sealReason: 'Підсумок особової справи видав {issuer}',
  page: 'Сторінка {n} з {total}',
};

const ar: Shape = {
  title: 'ملفك: ملخص سهل القراءة',
  intro:
    'يرافق هذا الملخص البيانات الكاملة (dossier.json مع الملفات) التي طلبتها بموجب المادتين 15 و20 من اللائحة العامة لحماية البيانات (GDPR). الحزمة موقّعة من {issuer}: يغطي signature.jws بصمات SHA-256 لكل ملف مذكور في manifest.json.',
  person: 'الشخص',
  name: 'الاسم واللقب',
  fiscalCode: 'الرقم الضريبي',
  exportedAt: 'تاريخ التصدير',
  exportId: 'معرّف التصدير',
  contents: 'محتوى الحزمة',
  status: 'حالة التوظيف',
  section: {
    registry: 'البيانات الشخصية',
    did: 'إعلان الاستعداد الفوري للعمل (DID) وحالات التوظيف',
    profiling: 'تقييم الملف',
    matchingProfile: 'الملف المهني لمطابقة عروض العمل',
    patti: 'اتفاقات الخدمة مع التوقيعات',
    plan: 'خطة العمل',
    appointments: 'المواعيد',
    conditionality: 'إجراءات شروط الإعانة',
    documents: 'المستندات (الملفات)',
    certificates: 'الشهادات (ملفات PDF مختومة)',
    credentials: 'البطاقات الرقمية',
    messages: 'الرسائل',
    auditTrail: 'من اطّلع على بياناتك أو عدّلها',
  } satisfies Section,
  count: 'عدد العناصر: {n}',
  countOne: 'عنصر واحد',
  present: 'موجود',
  absent: 'لا توجد بيانات',
  value: { unemployed: 'عاطل عن العمل', at_risk: 'معرّض لخطر البطالة', not_unemployed: 'ليس في حالة بطالة' },
  sealReason: 'ملخص الملف صادر عن {issuer}',
  page: 'الصفحة {n} من {total}',
};

export const PORTABILITY_CATALOGUE: Record<PortabilityLocale, Shape> = { it, en, ar, ro, uk };

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
