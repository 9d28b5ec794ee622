import type { TaxonomyItemResponse } from '@opencpi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillSearch } from '../api/use-skill-search';
import { AutocompleteField, useAutocompleteText } from './autocomplete-field';

/** "Cerca una competenza": search the ESCO skills and "Aggiungi …" each (those already added are not offered again). */
export function SkillSearchField({
  id,
  addedIds,
  onAdd,
  error,
}: {
  /** `id` of the search input (focus comes back to it when the last skill row is removed) */
  id: string;
  addedIds: readonly number[];
  onAdd: (skill: TaxonomyItemResponse) => void;
  error?: string;
}) {
  const { t } = useTranslation('citizen');
  const { text, setText, query } = useAutocompleteText();
  const search = useSkillSearch(query);
  // announced after "Aggiungi …" (and said no more once that skill is removed)
  const [lastAdded, setLastAdded] = useState<{ id: number; label: string } | undefined>();

  return (
    <AutocompleteField
      id={id}
      label={t('imprese.form.skills.search')}
      hint={t('imprese.form.skills.searchHint')}
      error={error}
      text={text}
      onTextChange={(next) => {
        setText(next);
        setLastAdded(undefined);
      }}
      query={query}
      searching={search.isFetching}
      failed={search.isError}
      options={search.data?.items
        .filter((item) => !addedIds.includes(item.id))
        .map((item) => ({
          key: item.id,
          label: t('imprese.form.skills.add', { label: item.label }),
          onPick: () => {
            onAdd(item);
            setText('');
            setLastAdded({ id: item.id, label: item.label });
            document.getElementById(id)?.focus();
          },
        }))}
      chosen={lastAdded && addedIds.includes(lastAdded.id) ? t('imprese.form.skills.added', { label: lastAdded.label }) : undefined}
    />
  );
}
