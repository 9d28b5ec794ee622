import type { ComuneResponse, LabelledIdResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useComuneSearch } from '../api/use-comune-search';
import { useOccupationSearch } from '../api/use-occupation-search';
import { useSkillSearch } from '../api/use-skill-search';
import { useAutocompleteQuery } from '../hooks/use-autocomplete-query';
import { Autocomplete } from './autocomplete';

interface LabelledIdAutocompleteProps {
  label: string;
  error?: string;
  /** already chosen: not offered again */
  chosen: readonly LabelledIdResponse[];
  onAdd: (item: LabelledIdResponse) => void;
}

const notIn = (chosen: readonly LabelledIdResponse[]) => (item: { id: number }) => !chosen.some((c) => c.id === item.id);

/** ESCO occupations, each result a button "Aggiungi <professione>". */
export function OccupationAutocomplete({ label, error, chosen, onAdd }: LabelledIdAutocompleteProps) {
  const { t } = useTranslation('citizen');
  const box = useAutocompleteQuery();
  const search = useOccupationSearch(box.query);
  return (
    <Autocomplete
      label={label}
      error={error}
      text={box.text}
      onTextChange={box.setText}
      query={box.query}
      search={search}
      items={search.data?.items.filter(notIn(chosen))}
      itemKey={(item) => item.id}
      actionLabel={(item) => t('matching.autocomplete.add', { label: item.label })}
      onPick={(item) => onAdd({ id: item.id, label: item.label })}
    />
  );
}

/** ESCO skills, each result a button "Aggiungi <competenza>". */
export function SkillAutocomplete({ label, error, chosen, onAdd }: LabelledIdAutocompleteProps) {
  const { t } = useTranslation('citizen');
  const box = useAutocompleteQuery();
  const search = useSkillSearch(box.query);
  return (
    <Autocomplete
      label={label}
      error={error}
      text={box.text}
      onTextChange={box.setText}
      query={box.query}
      search={search}
      items={search.data?.items.filter(notIn(chosen))}
      itemKey={(item) => item.id}
      actionLabel={(item) => t('matching.autocomplete.add', { label: item.label })}
      onPick={(item) => onAdd({ id: item.id, label: item.label })}
    />
  );
}

/** Italian comuni, each result a button "Scegli <comune> (<provincia>)": one value is chosen. */
export function ComuneAutocomplete({
  label,
  error,
  onChoose,
}: {
  label: string;
  error?: string;
  onChoose: (comune: ComuneResponse) => void;
}) {
  const { t } = useTranslation('citizen');
  const box = useAutocompleteQuery();
  const search = useComuneSearch(box.query);
  return (
    <Autocomplete
      label={label}
      error={error}
      text={box.text}
      onTextChange={box.setText}
      query={box.query}
      search={search}
      items={search.data?.items}
      itemKey={(item) => item.istat}
      actionLabel={(item) =>
        t('matching.autocomplete.choose', { label: t('matching.autocomplete.comune', { name: item.name, province: item.province }) })
      }
      onPick={onChoose}
    />
  );
}
