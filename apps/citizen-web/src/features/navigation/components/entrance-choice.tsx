import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseEntrance, chosenEntrance } from '../entrance';

/**
 * The landing page's two entrances, Cittadini and Imprese: the choice says where the person lands after SPID/CIE
 * (a company representative goes to the company area unless they chose Cittadini).
 */
export function EntranceChoice() {
  const { t } = useTranslation('citizen');
  const [entrance, setEntrance] = useState(() => chosenEntrance() ?? 'citizen');
  const name = useId();
  const noteId = useId();
  const choose = (value: 'citizen' | 'company') => {
    setEntrance(value);
    chooseEntrance(value);
  };
  const options = [
    { value: 'citizen' as const, label: t('home.entrance.citizens'), text: t('home.entrance.citizensText') },
    { value: 'company' as const, label: t('home.entrance.companies'), text: t('home.entrance.companiesText') },
  ];
  return (
    <fieldset className="entrance-choice mb-4" aria-describedby={noteId}>
      <legend className="h4">{t('home.entrance.label')}</legend>
      <div className="row g-3">
        {options.map((o) => (
          <div key={o.value} className="col-12 col-md-6">
            <div className={entrance === o.value ? 'entrance-choice__option is-chosen' : 'entrance-choice__option'}>
              <div className="form-check m-0">
                <input className="form-check-input" type="radio" id={`${name}-${o.value}`} name={name} checked={entrance === o.value} onChange={() => choose(o.value)} />
                <label className="form-check-label fw-semibold" htmlFor={`${name}-${o.value}`}>
                  {o.label}
                </label>
              </div>
              <p className="mb-0 small">{o.text}</p>
            </div>
          </div>
        ))}
      </div>
      <p id={noteId} className="mt-2 mb-0" aria-live="polite">
        {entrance === 'company' ? t('home.entrance.chosenCompanies') : t('home.entrance.chosenCitizens')}
      </p>
    </fieldset>
  );
}
