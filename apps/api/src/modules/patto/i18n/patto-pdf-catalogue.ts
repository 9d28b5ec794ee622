import type { Locale } from '../../../platform/i18n/locale';

/**
 * The patto PDF's frame in the person's language: title, a notice, the signature page. The text of the patto itself
 * stays Italian (the text of record whose hash the parties signed): `notice` says so in every other language.
 */
export interface PattoPdfTexts {
  title: string;
  /** shown above the Italian text in a translated PDF (empty in Italian) */
  notice: string;
  signaturePage: string;
  documentHash: string;
  party: string;
  method: string;
  signedAt: string;
  spidLevel: string;
  otp: string;
  ip: string;
  userAgent: string;
  scan: string;
  signedHash: string;
  missing: string;
  parties: Record<string, string>;
  methods: Record<string, string>;
}

const it: PattoPdfTexts = {
  title: 'Patto di servizio personalizzato – versione {version}',
  notice: '',
  signaturePage: 'Pagina delle firme',
  documentHash: 'Impronta SHA-256 del testo firmato: {sha256}',
  party: '{party}: {name} ({fiscalCode})',
  method: 'Modalità: {method}',
  signedAt: 'Firmato il: {at}',
  spidLevel: 'Livello SPID/CIE della sessione: {level}',
  otp: 'Codice monouso inviato via {channel}, verificato il {at}',
  ip: 'Indirizzo IP: {ip}',
  userAgent: 'Programma (user agent): {userAgent}',
  scan: "Copia firmata: documento {documentId} nell'area riservata",
  signedHash: 'Impronta del documento firmato: {sha256}',
  missing: 'In attesa della firma di: {parties}',
  parties: { citizen: 'Persona', operator: "Centro per l'Impiego", agency: 'Agenzia per il lavoro' },
  methods: { otp_remote: 'Firma remota con codice monouso', session: 'Firma nella sessione SPID/CIE', in_person_scan: 'Firma autografa di persona (copia scansionata)' },
};

const en: PattoPdfTexts = {
  title: 'Personalised service agreement (patto di servizio) – version {version}',
  notice: 'The agreement follows in Italian: the Italian text is the text of record, the one the parties signed. This page and the signature page are a translation.',
  signaturePage: 'Signature page',
  documentHash: 'SHA-256 fingerprint of the signed text: {sha256}',
  party: '{party} – {name}, fiscal code {fiscalCode}',
  method: 'Method: {method}',
  signedAt: 'Signed on: {at}',
  spidLevel: 'SPID/CIE level of the session: {level}',
  otp: 'One-time code sent by {channel}, verified on {at}',
  ip: 'IP address: {ip}',
  userAgent: 'Program (user agent): {userAgent}',
  scan: 'Signed copy: document {documentId} in the reserved area',
  signedHash: 'Fingerprint of the signed document: {sha256}',
  missing: 'Waiting for the signature of: {parties}',
  parties: { citizen: 'Person', operator: 'Job centre (CPI)', agency: 'Employment agency' },
  methods: { otp_remote: 'Remote signature with a one-time code', session: 'Signature in the SPID/CIE session', in_person_scan: 'Handwritten signature in person (scanned copy)' },
};

const ro: PattoPdfTexts = {
  title: 'Pact de servicii personalizat (patto di servizio) – versiunea {version}',
  notice: 'Pactul urmează în limba italiană: textul italian este cel cu valoare juridică, cel semnat de părți. Această pagină și pagina semnăturilor sunt o traducere.',
  signaturePage: 'Pagina semnăturilor',
  documentHash: 'Amprenta SHA-256 a textului semnat: {sha256}',
  party: '{party} – {name}, cod fiscal {fiscalCode}',
  method: 'Modalitate: {method}',
  signedAt: 'Semnat la: {at}',
  spidLevel: 'Nivelul SPID/CIE al sesiunii: {level}',
  otp: 'Cod unic trimis prin {channel}, verificat la {at}',
  ip: 'Adresa IP: {ip}',
  userAgent: 'Programul folosit (user agent): {userAgent}',
  scan: 'Copie semnată: documentul {documentId} din zona personală',
  signedHash: 'Amprenta documentului semnat: {sha256}',
  missing: 'Se așteaptă semnătura: {parties}',
  parties: { citizen: 'Persoana', operator: 'Centrul pentru Ocuparea Forței de Muncă', agency: 'Agenție de muncă' },
  methods: { otp_remote: 'Semnătură la distanță cu cod unic', session: 'Semnătură în sesiunea SPID/CIE', in_person_scan: 'Semnătură olografă în persoană (copie scanată)' },
};

const uk: PattoPdfTexts = {
  title: 'Індивідуальна угода про послуги (patto di servizio) – версія {version}',
  notice: 'Далі йде текст угоди італійською мовою: юридичну силу має італійський текст, який підписали сторони. Ця сторінка та сторінка підписів є перекладом.',
  signaturePage: 'Сторінка підписів',
  documentHash: 'Відбиток SHA-256 підписаного тексту: {sha256}',
  party: '{party} – {name}, податковий код {fiscalCode}',
  method: 'Спосіб: {method}',
  signedAt: 'Підписано: {at}',
  spidLevel: 'Рівень SPID/CIE сесії: {level}',
  otp: 'Одноразовий код надіслано через {channel}, перевірено {at}',
  ip: 'IP-адреса: {ip}',
  userAgent: 'Програма (user agent): {userAgent}',
  scan: 'Підписана копія: документ {documentId} в особистому кабінеті',
  signedHash: 'Відбиток підписаного документа: {sha256}',
  missing: 'Очікується підпис: {parties}',
  parties: { citizen: 'Особа', operator: 'Центр зайнятості', agency: 'Кадрове агентство' },
  methods: { otp_remote: 'Дистанційний підпис з одноразовим кодом', session: 'Підпис у сесії SPID/CIE', in_person_scan: 'Власноручний підпис особисто (сканована копія)' },
};

const ar: PattoPdfTexts = {
  title: 'اتفاق الخدمة الشخصي (patto di servizio) – الإصدار {version}',
  notice: 'يلي نص الاتفاق باللغة الإيطالية: النص الإيطالي هو النص المعتمد قانونيًا وهو الذي وقّعه الطرفان. هذه الصفحة وصفحة التوقيعات ترجمة.',
  signaturePage: 'صفحة التوقيعات',
  documentHash: 'بصمة SHA-256 للنص الموقّع: {sha256}',
  party: '{party} – {name}، الرقم الضريبي {fiscalCode}',
  method: 'طريقة التوقيع: {method}',
  signedAt: 'تاريخ التوقيع: {at}',
  spidLevel: 'مستوى SPID/CIE للجلسة: {level}',
  otp: 'رمز لمرة واحدة أُرسل عبر {channel}، وتم التحقق منه في {at}',
  ip: 'عنوان IP: {ip}',
  userAgent: 'البرنامج (user agent): {userAgent}',
  scan: 'النسخة الموقّعة: المستند {documentId} في المنطقة الخاصة',
  signedHash: 'بصمة المستند الموقّع: {sha256}',
  missing: 'في انتظار توقيع: {parties}',
  parties: { citizen: 'الشخص', operator: 'مركز التوظيف', agency: 'وكالة التوظيف' },
  methods: { otp_remote: 'توقيع عن بُعد برمز لمرة واحدة', session: 'توقيع داخل جلسة SPID/CIE', in_person_scan: 'توقيع بخط اليد حضوريًا (نسخة ممسوحة ضوئيًا)' },
};

export const PATTO_PDF_CATALOGUE: Record<Locale, PattoPdfTexts> = { it, en, ar, ro, uk };
