import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomySearch, type TaxonomyItem, type TaxonomyKind } from '../hooks/use-taxonomy-search';
import { Combobox } from './combobox';

export interface TaxonomyAutocompleteProps<K extends TaxonomyKind> {
  kind: K;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  onPick: (item: TaxonomyItem<K>) => void;
  /** keys already chosen (skill or occupation ids, ISTAT codes): not offered again */
  exclude?: readonly (string | number)[];
  chosen?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

const keyOf = (item: TaxonomyItem<TaxonomyKind>): string | number => ('istat' in item ? item.istat : item.id);

/** The combobox on the ESCO skills, ESCO occupations or the Italian comuni: the one autocomplete of both SPAs. */
export function TaxonomyAutocomplete<K extends TaxonomyKind>({ kind, exclude = [], ...props }: TaxonomyAutocompleteProps<K>) {
  const { t } = useTranslation('common');
  const [text, setText] = useState('');
  const search = useTaxonomySearch(kind, text);
  const options = search.items.filter((item) => !exclude.includes(keyOf(item)));
  return (
    <Combobox<TaxonomyItem<K>>
      {...props}
      text={text}
      onTextChange={setText}
      status={search.status}
      query={search.query}
      options={options}
      optionKey={keyOf}
      optionLabel={(item) => ('istat' in item ? t('forms.autocomplete.comune', { name: item.name, province: item.province }) : item.label)}
      optionDetail={(item) => (kind === 'occupations' && 'code' in item && item.code ? `ISCO ${item.code}` : undefined)}
    />
  );
}
