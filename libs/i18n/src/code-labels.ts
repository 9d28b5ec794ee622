import { useTranslation } from 'react-i18next';
import { itCommonLabels } from './locales/it/common-labels';

type LabelSet = keyof typeof itCommonLabels;
type CodeOf<S extends LabelSet> = Extract<keyof (typeof itCommonLabels)[S], string>;
/** every key of the catalogue, `labels.cefr.B2`… */
type LabelKey = { [S in LabelSet]: `labels.${S}.${CodeOf<S>}` }[LabelSet];

/** true when the catalogue names `code` in `set` (the Italian catalogue is the source: every language has its keys) */
function isKnown<S extends LabelSet>(set: S, code: string): code is CodeOf<S> {
  return Object.hasOwn(itCommonLabels[set], code);
}

/**
 * The names of the codes both SPAs show, in the reader's language (the `labels` catalogue of `common`): languages,
 * CEFR levels, licences (by name, or as short options), EQF levels, contract types, hours, course and recruiting-day
 * modes, appointment channels, activity kinds, vacancy and moderation states, application outcomes, income benefits,
 * agencies' standard services. A code the catalogue does not know is shown as it came.
 */
export function useCodeLabels() {
  const { t } = useTranslation('common');
  const label =
    <S extends LabelSet>(set: S) =>
    (code: string | number): string => {
      const value = String(code);
      return isKnown(set, value) ? t(`labels.${set}.${value}` as LabelKey) : value;
    };
  return {
    language: label('languages'),
    cefr: label('cefr'),
    /** "Patente B", "Carta di qualificazione del conducente (CQC)" */
    licence: label('licences'),
    /** "B", "CQC": an option under a "Patenti" heading */
    licenceCode: label('licenceCodes'),
    /** "Nessuno" (0), "4 – Diploma"… */
    eqf: label('eqf'),
    contractType: label('contractTypes'),
    hours: label('hours'),
    courseMode: label('courseModes'),
    dayMode: label('dayModes'),
    appointmentChannel: label('appointmentChannels'),
    activityKind: label('activityKinds'),
    vacancyStatus: label('vacancyStatuses'),
    moderation: label('moderation'),
    outcome: label('outcomes'),
    benefit: label('benefits'),
    /** an accredited agency's standard service, by its code (GOL-ORIENT-BASE…) */
    agencyService: label('agencyServices'),
  };
}
