/** What just happened to a vacancy, announced at the top of its page (also passed by the new-vacancy page when navigating). */
export const VACANCY_NOTICES = ['saved', 'published'] as const;
export type VacancyNotice = (typeof VACANCY_NOTICES)[number];

export const isVacancyNotice = (value: unknown): value is VacancyNotice => (VACANCY_NOTICES as readonly unknown[]).includes(value);
