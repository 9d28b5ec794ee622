import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useSaveVacancy } from '../api/use-save-vacancy';

/**
 * "Salva l'offerta" / "Togli dai salvati". With `title` (in a list) the button's name says which vacancy:
 * "Salva l'offerta <titolo>". The same button stays in place, so focus stays on it.
 */
export function SaveVacancyButton({ vacancyId, saved, title }: { vacancyId: string; saved: boolean; title?: string }) {
  const { t } = useTranslation('citizen');
  const toggle = useSaveVacancy();
  const text = saved ? t('matching.vacancies.unsave') : t('matching.vacancies.save');
  const name = title ? (saved ? t('matching.vacancies.unsaveFor', { title }) : t('matching.vacancies.saveFor', { title })) : undefined;
  return (
    <>
      <button
        type="button"
        className={saved ? 'btn btn-outline-secondary btn-sm' : 'btn btn-outline-primary btn-sm'}
        aria-label={name}
        aria-busy={toggle.isPending}
        onClick={() => {
          if (!toggle.isPending) toggle.mutate({ vacancyId, save: !saved });
        }}
      >
        {text}
      </button>
      {toggle.isError && <ProblemAlert error={toggle.error} />}
    </>
  );
}
