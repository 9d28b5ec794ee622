import type { MessageListResponse, MessageResponse } from '@opencpi/contracts';
import { SendMessageBody } from '@opencpi/contracts/browser';
import { useFormatters } from '@opencpi/i18n';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import { StatusMessage } from '../components/status-message';
import type { FieldMessages } from '../forms/field-messages';
import { FormTextareaField } from '../forms/form-fields';
import { FormShell, useDtoForm } from '../forms/form-shell';
import { useDocumentLabels } from './document-labels';
import './dossier.css';

/**
 * Who reads the thread: the person or the CPI's operator (a person's thread), the company or the CPI's company desk (a
 * company's thread); texts that differ lie under it in the catalogue.
 */
export type DossierViewer = 'citizen' | 'operator' | 'company' | 'companyDesk';
/** The sender role of the viewer's own messages. */
const ownRole = (viewer: DossierViewer): string => (viewer === 'companyDesk' ? 'operator' : viewer);

export interface MessagesSectionProps {
  viewer: DossierViewer;
  /** the conversation (the audience's query) */
  messages: UseQueryResult<MessageListResponse>;
  /** marks one of the other side's messages read (their read receipt); called once per message */
  markRead: (messageId: string) => void;
  /** sends a new message (its text) */
  send: UseMutationResult<unknown, unknown, string>;
}

/**
 * "Messaggi": the conversation of the reserved area, oldest first (sender, date, text; for one's own messages whether
 * the other side has read them), and the form to write a new one. The other side's unread messages are marked read
 * once shown, and shown as "Nuovo" while on the page.
 */
export function MessagesSection({ viewer, messages, markRead, send }: MessagesSectionProps) {
  const { t } = useTranslation('common');
  const headingId = useId();
  const marked = useRef(new Set<string>());
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const items = messages.data?.items;

  useEffect(() => {
    const unread = (items ?? []).filter((m) => m.senderRole !== ownRole(viewer) && !m.readAt && !marked.current.has(m.id));
    if (unread.length === 0) return;
    unread.forEach((m) => marked.current.add(m.id));
    setFresh((old) => new Set([...old, ...unread.map((m) => m.id)]));
    unread.forEach((m) => markRead(m.id));
  }, [items, markRead, viewer]);

  const sorted = [...(items ?? [])].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossier.messages.title')}</h2>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ProblemAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : sorted.length === 0 ? (
        <p>{t('dossier.messages.empty')}</p>
      ) : (
        <ol className="plain-list dossier-messages" aria-label={t(`dossier.${viewer}.listLabel`)}>
          {sorted.map((m) => (
            <MessageItem key={m.id} message={m} own={m.senderRole === ownRole(viewer)} isNew={fresh.has(m.id)} />
          ))}
        </ol>
      )}
      <SendMessageForm viewer={viewer} send={send} />
    </section>
  );
}

function MessageItem({ message, own, isNew }: { message: MessageResponse; own: boolean; isNew: boolean }) {
  const { t } = useTranslation('common');
  const f = useFormatters();
  const labels = useDocumentLabels();
  return (
    <li className={['dossier-message', own ? 'dossier-message--own' : 'dossier-message--theirs'].join(' ')}>
      <p className="mb-1">
        <span className="fw-semibold">{t('dossier.messages.from', { name: message.senderName, role: labels.party(message.senderRole) })}</span>
        {', '}
        <time dateTime={message.sentAt}>{f.dateTime(message.sentAt)}</time>
        {isNew && (
          <>
            {' '}
            <span className="badge bg-primary">{t('dossier.messages.new')}</span>
          </>
        )}
      </p>
      <p className="pre-line mb-0">{message.body}</p>
      {own && <p className="small text-muted-aa mb-0 mt-2">{message.readAt ? t('dossier.messages.readAt', { date: f.dateTime(message.readAt) }) : t('dossier.messages.unread')}</p>}
    </li>
  );
}

interface MessageValues {
  body: string;
}
const toBody = (v: MessageValues): SendMessageBody => ({ body: v.body.trim() });

/** "Scrivi …": the text of a new message (SendMessageBody's limits); "Messaggio inviato." in a status box. */
function SendMessageForm({ viewer, send }: Pick<MessagesSectionProps, 'viewer' | 'send'>) {
  const { t } = useTranslation('common');
  const form = useDtoForm<MessageValues, SendMessageBody>({ dto: SendMessageBody, toBody, defaultValues: { body: '' }, serverError: send.error });
  const [sent, setSent] = useState(false);
  const messages: FieldMessages = (field) => (field === 'body' ? t('dossier.messages.bodyError') : undefined);

  const submit = async (values: MessageValues) => {
    if (send.isPending) return;
    setSent(false);
    const done = await send.mutateAsync(toBody(values).body).then(
      () => true,
      () => false,
    );
    if (!done) return;
    form.reset({ body: '' });
    setSent(true);
  };

  return (
    <FormShell form={form} messages={messages} onValid={submit} className="mt-4">
      <FormTextareaField name="body" label={t(`dossier.${viewer}.compose`)} hint={t(`dossier.${viewer}.composeHint`)} rows={4} />
      {send.isError && <ProblemAlert error={send.error} />}
      <StatusMessage>{sent ? <p className="mb-0">{t('dossier.messages.sent')}</p> : undefined}</StatusMessage>
      <div className="form-actions mt-0">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={send.isPending}>
          {send.isPending ? t('dossier.messages.submitting') : t('dossier.messages.submit')}
        </button>
      </div>
    </FormShell>
  );
}
