import type { Locale } from '../../../platform/i18n/locale';

/** A name in every language a person can choose (a message variable: the notifications module picks the reader's). */
export type Names = Record<Locale, string>;

/**
 * Server-side names of the services a survey follows, in every language (the appointment's own service type names
 * come from the agenda). Used in the invitation message and kept with the invitation for what the link shows.
 */
export const SERVICE_NAMES = {
  patto: {
    it: 'Patto di servizio personalizzato',
    en: 'Personalised service agreement',
    ar: 'اتفاق الخدمة الشخصي',
    ro: 'Pactul de servicii personalizat',
    uk: 'Персональна угода про послуги',
  },
  certificate: {
    status_attestation: {
      it: 'Attestazione dello stato occupazionale',
      en: 'Employment status attestation',
      ar: 'شهادة الحالة المهنية',
      ro: 'Adeverință privind situația ocupațională',
      uk: 'Довідка про статус зайнятості',
    },
    status_history: {
      it: 'Storico dello stato occupazionale',
      en: 'Employment status history',
      ar: 'سجل الحالة المهنية',
      ro: 'Istoricul situației ocupaționale',
      uk: 'Історія статусу зайнятості',
    },
    sap_extract: {
      it: 'Estratto della scheda anagrafico-professionale',
      en: 'Professional record extract',
      ar: 'مستخرج من السجل الشخصي والمهني',
      ro: 'Extras din fișa personală și profesională',
      uk: 'Витяг з особової та професійної картки',
    },
    patto_copy: {
      it: 'Copia del patto di servizio',
      en: 'Copy of the service agreement',
      ar: 'نسخة من اتفاق الخدمة',
      ro: 'Copie a pactului de servicii',
      uk: 'Копія угоди про послуги',
    },
  },
} as const satisfies { patto: Names; certificate: Record<string, Names> };

/** The certificate's name by kind, with a generic fallback for a kind added later. */
export function certificateName(kind: string): Names {
  return (SERVICE_NAMES.certificate as Record<string, Names>)[kind] ?? { it: 'Certificato', en: 'Certificate', ar: 'شهادة', ro: 'Certificat', uk: 'Довідка' };
}

/** A closed vacancy, named by its title. */
export function vacancyName(title: string): Names {
  return { it: `Offerta di lavoro: ${title}`, en: `Job vacancy: ${title}`, ar: `عرض العمل: ${title}`, ro: `Ofertă de muncă: ${title}`, uk: `Вакансія: ${title}` };
}
