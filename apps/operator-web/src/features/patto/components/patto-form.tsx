import type { PattoActionType, PattoContentBody, PattoContentResponse, PattoTemplateResponse } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../agenda/dates';
import { problemFields } from '../../agenda/problem-fields';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { TextareaField } from '../../forms/components/textarea-field';
import { daysFromToday } from '../dates';
import {
  GOL_PATHWAYS, PATTO_ACTION_TYPES, PATTO_PROVIDERS, isActionType, isPathway, isProvider, usePattoLabels, type PattoProvider,
} from '../hooks/use-patto-labels';

const MAX_ACTIONS = 30;

interface ActionRow {
  /** React key of the row (rows can be removed from the middle) */
  key: number;
  type: PattoActionType;
  title: string;
  provider: PattoProvider;
  dueDate: string;
}
interface FormState {
  pathway: string;
  jobSearchActs: string;
  contactFrequencyDays: string;
  proofOfSearch: string;
  workshops: boolean;
  training: boolean;
  congruousOffers: boolean;
  actions: ActionRow[];
}
type TextFieldName = 'jobSearchActs' | 'contactFrequencyDays' | 'proofOfSearch';
type ActionField = 'type' | 'title' | 'provider' | 'dueDate';

let lastKey = 0;
const nextKey = () => ++lastKey;

const emptyState = (pathway: string): FormState => ({
  pathway, jobSearchActs: '', contactFrequencyDays: '30', proofOfSearch: '', workshops: true, training: true, congruousOffers: true, actions: [],
});

/** The template of a pathway as form content; its actions are due `dueInDays` from today. */
function fromTemplate(pathway: string, template: PattoTemplateResponse | undefined): FormState {
  if (!template) return emptyState(pathway);
  return {
    pathway,
    jobSearchActs: template.jobSearchActs,
    contactFrequencyDays: String(template.contactFrequencyDays),
    proofOfSearch: template.proofOfSearch,
    workshops: template.availabilityWorkshops,
    training: template.availabilityTraining,
    congruousOffers: template.availabilityCongruousOffers,
    actions: template.actions.map((a) => ({
      key: nextKey(),
      type: isActionType(a.type) ? a.type : 'other',
      title: a.title,
      provider: isProvider(a.provider) ? a.provider : 'cpi',
      dueDate: daysFromToday(a.dueInDays),
    })),
  };
}

/** A version's content as form content. */
function fromContent(content: PattoContentResponse): FormState {
  return {
    pathway: String(content.pathway),
    jobSearchActs: content.jobSearchActs,
    contactFrequencyDays: String(content.contactFrequencyDays),
    proofOfSearch: content.proofOfSearch,
    workshops: content.availabilityWorkshops,
    training: content.availabilityTraining,
    congruousOffers: content.availabilityCongruousOffers,
    actions: content.actions.map((a) => ({
      key: nextKey(),
      type: isActionType(a.type) ? a.type : 'other',
      title: a.title,
      provider: isProvider(a.provider) ? a.provider : 'cpi',
      dueDate: a.dueDate.slice(0, 10),
    })),
  };
}

export interface PattoFormProps {
  /** one template per GOL pathway */
  templates: readonly PattoTemplateResponse[];
  /** edit: the content of the version being edited; new: undefined (the form starts from the template of `defaultPathway`) */
  initial?: PattoContentResponse;
  defaultPathway?: number;
  /** the failed save, if any (its field errors are shown next to the fields) */
  error: unknown;
  pending: boolean;
  onSubmit: (content: PattoContentBody) => void;
  /** more buttons next to "Salva la bozza" (e.g. cancel an amendment) */
  extraActions?: ReactNode;
}

/**
 * The content of a patto (new draft, draft, or amendment of a signed one): GOL pathway, job-search acts and timing,
 * contact frequency, proof of search, the person's availability, and the actions with their due dates. Choosing
 * another pathway before touching anything else refills the form from that pathway's template.
 */
export function PattoForm({ templates, initial, defaultPathway, error, pending, onSubmit, extraActions }: PattoFormProps) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const formId = useId();
  const templateOf = (pathway: string) => templates.find((tpl) => String(tpl.pathway) === pathway);
  const [state, setState] = useState<FormState>(() => {
    if (initial) return fromContent(initial);
    const pathway = String(defaultPathway ?? templates[0]?.pathway ?? 1);
    return fromTemplate(pathway, templateOf(pathway));
  });
  const [touched, setTouched] = useState(false);
  const [localErrors, setLocalErrors] = useState<Set<string>>(new Set());
  const [focusRow, setFocusRow] = useState<number | undefined>();
  const addButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRow === undefined) return;
    document.getElementById(`${formId}-action-${focusRow}-type`)?.focus();
    setFocusRow(undefined);
  }, [focusRow, formId]);

  const server = problemFields(error);
  const has = (path: string) => localErrors.has(path) || server.has(`/${path.replaceAll('.', '/')}`);
  const fieldError = (field: TextFieldName | 'pathway'): string | undefined => (has(field) ? t(`patto.form.errors.${field}`) : undefined);
  const actionErrorKey = { type: 'actionType', title: 'actionTitle', provider: 'actionProvider', dueDate: 'actionDueDate' } as const;
  const actionError = (index: number, field: ActionField): string | undefined =>
    has(`actions.${index}.${field}`) ? t(`patto.form.errors.${actionErrorKey[field]}`, { n: index + 1 }) : undefined;
  const actionsError = localErrors.has('actions') || (server.has('/actions') && server.indexes('/actions').length === 0);
  const availabilityError = server.has('/availability');
  const agencyError = server.has('/agencyId');

  const edit = (patch: Partial<FormState>) => {
    setTouched(true);
    setState((s) => ({ ...s, ...patch }));
  };
  const editAction = (key: number, patch: Partial<ActionRow>) => {
    setTouched(true);
    setState((s) => ({ ...s, actions: s.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));
  };
  const changePathway = (pathway: string) => {
    if (touched) setState((s) => ({ ...s, pathway }));
    else setState(fromTemplate(pathway, templateOf(pathway)));
  };
  const addAction = () => {
    const key = nextKey();
    setTouched(true);
    setState((s) => ({ ...s, actions: [...s.actions, { key, type: 'other', title: '', provider: 'cpi', dueDate: '' }] }));
    setFocusRow(key);
  };
  const removeAction = (key: number) => {
    setTouched(true);
    setState((s) => ({ ...s, actions: s.actions.filter((a) => a.key !== key) }));
    addButtonRef.current?.focus();
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = new Set<string>();
    const pathway = Number(state.pathway);
    const days = Number(state.contactFrequencyDays);
    const acts = state.jobSearchActs.trim();
    const proof = state.proofOfSearch.trim();
    if (!isPathway(pathway)) errors.add('pathway');
    if (acts.length < 10 || acts.length > 2000) errors.add('jobSearchActs');
    if (state.contactFrequencyDays.trim() === '' || !Number.isInteger(days) || days < 7 || days > 180) errors.add('contactFrequencyDays');
    if (proof.length < 10 || proof.length > 1000) errors.add('proofOfSearch');
    if (state.actions.length > MAX_ACTIONS) errors.add('actions');
    state.actions.forEach((a, i) => {
      const title = a.title.trim();
      if (title.length < 3 || title.length > 200) errors.add(`actions.${i}.title`);
      if (!isIsoDate(a.dueDate)) errors.add(`actions.${i}.dueDate`);
    });
    setLocalErrors(errors);
    if (errors.size > 0) return;
    onSubmit({
      pathway,
      ...(initial?.agencyId ? { agencyId: initial.agencyId } : {}),
      jobSearchActs: acts,
      contactFrequencyDays: days,
      proofOfSearch: proof,
      availability: { workshops: state.workshops, training: state.training, congruousOffers: state.congruousOffers },
      actions: state.actions.map((a) => ({ type: a.type, title: a.title.trim(), provider: a.provider, dueDate: a.dueDate })),
    });
  };

  return (
    <form className="patto-form" onSubmit={submit} noValidate>
      {!!error && <ProblemAlert error={error} />}
      {agencyError && <p className="text-field__error">{t('patto.form.errors.agencyId')}</p>}
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <SelectField
            label={t('patto.form.pathway')}
            hint={t('patto.form.pathwayHint')}
            value={state.pathway}
            error={fieldError('pathway')}
            onChange={(e) => changePathway(e.target.value)}
            required
          >
            {GOL_PATHWAYS.map((p) => (
              <option key={p} value={String(p)}>
                {labels.pathway(p)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextareaField
        label={t('patto.form.jobSearchActs')}
        value={state.jobSearchActs}
        error={fieldError('jobSearchActs')}
        onChange={(e) => edit({ jobSearchActs: e.target.value })}
        required
        minLength={10}
        maxLength={2000}
        rows={5}
      />
      <div className="row">
        <div className="col-sm-6 col-md-4">
          <TextField
            type="number"
            label={t('patto.form.contactFrequencyDays')}
            hint={t('patto.form.contactFrequencyHint')}
            value={state.contactFrequencyDays}
            error={fieldError('contactFrequencyDays')}
            onChange={(e) => edit({ contactFrequencyDays: e.target.value })}
            min={7}
            max={180}
            step={1}
            inputMode="numeric"
            required
          />
        </div>
      </div>
      <TextareaField
        label={t('patto.form.proofOfSearch')}
        value={state.proofOfSearch}
        error={fieldError('proofOfSearch')}
        onChange={(e) => edit({ proofOfSearch: e.target.value })}
        required
        minLength={10}
        maxLength={1000}
        rows={4}
      />
      <fieldset className={['form-fieldset', availabilityError ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
        <legend>{t('patto.form.availability')}</legend>
        <CheckboxField checked={state.workshops} onChange={(e) => edit({ workshops: e.target.checked })} label={t('patto.form.workshops')} />
        <CheckboxField checked={state.training} onChange={(e) => edit({ training: e.target.checked })} label={t('patto.form.training')} />
        <CheckboxField
          checked={state.congruousOffers}
          onChange={(e) => edit({ congruousOffers: e.target.checked })}
          label={t('patto.form.congruousOffers')}
        />
        {availabilityError && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {t('patto.form.errors.availability')}
          </p>
        )}
      </fieldset>

      <h3>{t('patto.form.actions')}</h3>
      {state.actions.length === 0 && <p>{t('patto.form.noActions')}</p>}
      {state.actions.map((action, i) => {
        const n = i + 1;
        return (
          <fieldset key={action.key} className="form-fieldset patto-action">
            <legend>{t('patto.form.action', { n })}</legend>
            <div className="row">
              <div className="col-md-6">
                <SelectField
                  id={`${formId}-action-${action.key}-type`}
                  label={t('patto.form.actionType', { n })}
                  value={action.type}
                  error={actionError(i, 'type')}
                  onChange={(e) => isActionType(e.target.value) && editAction(action.key, { type: e.target.value })}
                  required
                >
                  {PATTO_ACTION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {labels.actionType(type)}
                    </option>
                  ))}
                </SelectField>
              </div>
              <div className="col-md-6">
                <SelectField
                  label={t('patto.form.actionProvider', { n })}
                  value={action.provider}
                  error={actionError(i, 'provider')}
                  onChange={(e) => isProvider(e.target.value) && editAction(action.key, { provider: e.target.value })}
                  required
                >
                  {PATTO_PROVIDERS.map((provider) => (
                    <option key={provider} value={provider}>
                      {labels.provider(provider)}
                    </option>
                  ))}
                </SelectField>
              </div>
              <div className="col-12">
                <TextField
                  label={t('patto.form.actionTitle', { n })}
                  value={action.title}
                  error={actionError(i, 'title')}
                  onChange={(e) => editAction(action.key, { title: e.target.value })}
                  required
                  minLength={3}
                  maxLength={200}
                />
              </div>
              <div className="col-sm-6 col-md-4">
                <TextField
                  type="date"
                  label={t('patto.form.actionDueDate', { n })}
                  value={action.dueDate}
                  error={actionError(i, 'dueDate')}
                  onChange={(e) => editAction(action.key, { dueDate: e.target.value })}
                  required
                />
              </div>
            </div>
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => removeAction(action.key)}>
              {t('patto.form.removeAction', { n })}
            </button>
          </fieldset>
        );
      })}
      {actionsError && (
        <p className="text-field__error" role="alert">
          {t('patto.form.errors.actions')}
        </p>
      )}
      <p>
        <button
          ref={addButtonRef}
          type="button"
          className="btn btn-outline-primary"
          onClick={addAction}
          disabled={state.actions.length >= MAX_ACTIONS}
        >
          {t('patto.form.addAction')}
        </button>
      </p>
      <div className="d-flex flex-wrap gap-3">
        <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
          {t('patto.form.submit')}
        </button>
        {extraActions}
      </div>
    </form>
  );
}
