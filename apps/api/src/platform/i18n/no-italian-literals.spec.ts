import { SURVEY_QUESTIONS_V1 } from '../../database/migrations/1796416028797-SurveysEveryLanguage';
import { ICS_PLACES, RECALL_CANCEL_REASON, SERVICE_TYPE_NAMES, serviceTypeNames } from '../../modules/agenda/i18n/agenda-catalogue';
import { DEMO_SERVICE_TYPES } from '../../modules/agenda/seed/agenda-demo-seed';
import { CERTIFICAZIONI_CATALOGUE } from '../../modules/certificazioni/i18n/certificazioni-catalogue';
import { letterCatalogue } from '../../modules/condizionalita/i18n/condizionalita-letter-catalogue';
import { IVC_CATALOGUE } from '../../modules/ivc/i18n/ivc-catalogue';
import { PATTO_PDF_CATALOGUE } from '../../modules/patto/i18n/patto-pdf-catalogue';
import { PORTABILITY_CATALOGUE } from '../../modules/portability/i18n/portability-catalogue';
import { CAMPAIGN_TEXTS } from '../../modules/campaigns/i18n/campaigns-catalogue';
import { CV_TEXTS } from '../../modules/matching/profiles/cv-texts';
import { OPEN_DATA_FIELDS, SUPPRESSION_RULE } from '../../modules/monitoring/open-data/open-data-fields';
import { condMessages } from '../../modules/condizionalita/i18n/condizionalita-messages';
import { PHRASES, TEMPLATES, phraseIn, templateIn, type PhraseName, type TemplateName } from '../../modules/notifications/templates';
import { gentleNudge } from '../../modules/patto/i18n/patto-catalogue';
import { SERVICE_NAMES, certificateName, vacancyName } from '../../modules/surveys/i18n/surveys-catalogue';
import { SUPPORTED_LOCALES, type Locale } from './locale';

/*
 * No Italian literal for another locale: for every server catalogue that reaches a person in their language, every
 * text of every other locale differs from the Italian one, unless it is a code or a proper name (ALLOWED).
 */
const ALLOWED = new Set(['NASpI', 'DIS-COLL', '{{subject}}', 'DID', 'E-mail']);
const OTHERS = SUPPORTED_LOCALES.filter((l) => l !== 'it');

/** every string leaf, by path */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** the paths where `other` has the same text as `it` (and is not allowed) */
function sameAsItalian(it: unknown, other: unknown): string[] {
  const italian = new Map(leaves(it));
  return leaves(other)
    .filter(([path, text]) => italian.get(path) === text && !ALLOWED.has(text))
    .map(([path, text]) => `${path}: "${text}"`);
}

/** each catalogue as locale → texts */
const catalogues: Record<string, (locale: Locale) => unknown> = {
  'notifications templates': (l) => Object.fromEntries((Object.keys(TEMPLATES) as TemplateName[]).map((n) => [n, templateIn(n, l)])),
  'notifications phrases': (l) => Object.fromEntries((Object.keys(PHRASES) as PhraseName[]).map((n) => [n, phraseIn(n, l)])),
  'agenda service type names': (l) => Object.fromEntries(DEMO_SERVICE_TYPES.map((t) => [t.code, l === 'it' ? t.nameIt : l === 'en' ? t.nameEn : SERVICE_TYPE_NAMES[t.code]?.[l]])),
  'condizionalità messages': (l) => condMessages(l),
  'patto e-coach nudge': (l) => gentleNudge(l),
  'surveys service names': (l) => ({
    patto: SERVICE_NAMES.patto[l],
    ...Object.fromEntries(Object.keys(SERVICE_NAMES.certificate).map((k) => [k, certificateName(k)[l]])),
    other: certificateName('something_new')[l],
    vacancy: vacancyName('Magazziniere')[l],
  }),
  'campaigns texts': (l) => Object.fromEntries(Object.entries(CAMPAIGN_TEXTS).map(([k, v]) => [k, v[l]])),
  // PDF documents (certificates without the M/F sex codes, IVC outputs, dossier summary, patto frame, measure letter)
  'certificate PDFs': (l) => ({ ...CERTIFICAZIONI_CATALOGUE[l], value: { ...CERTIFICAZIONI_CATALOGUE[l].value, M: undefined, F: undefined } }),
  'IVC output PDFs': (l) => IVC_CATALOGUE[l],
  'dossier summary PDF': (l) => PORTABILITY_CATALOGUE[l],
  'patto PDF': (l) => ({ ...PATTO_PDF_CATALOGUE[l], notice: l === 'it' ? undefined : PATTO_PDF_CATALOGUE[l].notice }),
  'measure letter PDF': (l) => letterCatalogue(l),
  'CV PDF': (l) => CV_TEXTS[l],
  'agenda service type names (messages, timeline, surveys)': (l) => Object.fromEntries(DEMO_SERVICE_TYPES.map((t) => [t.code, serviceTypeNames(t.code, t.nameIt, t.nameEn)[l]])),
  'agenda calendar file places and recall reason': (l) => ({ video: ICS_PLACES.video[l], phone: ICS_PLACES.phone[l], recall: RECALL_CANCEL_REASON[l] }),
  'surveys questions (version 1)': (l) => Object.fromEntries(Object.entries(SURVEY_QUESTIONS_V1).flatMap(([kind, qs]) => qs.map((q) => [`${kind}.${q.code}`, q[l]]))),
  'open data dictionary': (l) => ({ suppressionRule: SUPPRESSION_RULE[l], ...Object.fromEntries(OPEN_DATA_FIELDS.map((f) => [f.name, f.description[l]])) }),
};

/** the paths where `other` has the same text as `en` (and is not allowed): a reader of ar, ro, uk never gets English either */
const ALLOWED_AS_ENGLISH = new Set([...ALLOWED, 'CPI', 'DID']);
function sameAsEnglish(en: unknown, other: unknown): string[] {
  const english = new Map(leaves(en));
  return leaves(other)
    .filter(([path, text]) => english.get(path) === text && !ALLOWED_AS_ENGLISH.has(text))
    .map(([path, text]) => `${path}: "${text}"`);
}

describe('no Italian literal rendered by the API for another locale', () => {
  const cases = Object.keys(catalogues).flatMap((name) => OTHERS.map((locale): [string, Locale] => [name, locale]));

  it.each(cases)('%s: every %s text is translated', (name, locale) => {
    const of = catalogues[name]!;
    const texts = leaves(of(locale));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter(([, t]) => !t)).toEqual([]);
    expect(sameAsItalian(of('it'), of(locale))).toEqual([]);
  });

  const notEnglish = Object.keys(catalogues).flatMap((name) => (['ar', 'ro', 'uk'] as const).map((locale): [string, Locale] => [name, locale]));
  it.each(notEnglish)('%s: no %s text is the English one', (name, locale) => {
    const of = catalogues[name]!;
    expect(sameAsEnglish(of('en'), of(locale))).toEqual([]);
  });

  it('covers every service type of the demo data in every language', () => {
    for (const t of DEMO_SERVICE_TYPES) for (const l of ['ar', 'ro', 'uk'] as const) expect(SERVICE_TYPE_NAMES[t.code]?.[l]).toBeTruthy();
  });
});
