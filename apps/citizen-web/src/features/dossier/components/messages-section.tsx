import type { MessageResponse } from '@opencpi/contracts';
import { focusFirstInvalid, Loading, ProblemAlert, StatusMessage, TextareaField } from '@opencpi/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { useDates } from '../../shared/hooks/use-dates';
import { useMarkMessageRead } from '../api/use-mark-message-read';
import { useMyMessages } from '../api/use-my-messages';
import { useSendMessage } from '../api/use-send-message';

/**
 * "Messaggi": the conversation with the CPI (sender, date, text; for my own messages whether they have been read),
 * and "Scrivi al Centro per l'Impiego". The CPI's unread messages are marked read once shown (their read receipt).
 */
export function MessagesSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const messages = useMyMessages();
  const markRead = useMarkMessageRead();
  const requested = useRef(new Set<string>());

  const items = messages.data?.items;
  useEffect(() => {
    for (const message of items ?? []) {
      if (message.senderRole === 'operator' && !message.readAt && !requested.current.has(message.id)) {
        requested.current.add(message.id);
        markRead.mutate(message.id);
      }
    }
    // only a new list of messages matters; `requested` keeps each message from being marked twice
  }, [items, markRead]);

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossier.messages.title')}</h2>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ProblemAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.items.length === 0 ? (
        <p>{t('dossier.messages.empty')}</p>
      ) : (
        <ol className="plain-list message-list" aria-label={t('dossier.messages.listLabel')}>
          {messages.data.items.map((message) => (
            <MessageItem key={message.id} message={message} />
          ))}
        </ol>
      )}
      <SendMessageForm />
    </section>
  );
}

function MessageItem({ message }: { message: MessageResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const mine = message.senderRole === 'citizen';
  return (
    <li className={['item-card', 'message', mine ? 'message--mine' : 'message--theirs'].join(' ')}>
      <p className="message__meta mb-1">
        <span className="fw-semibold">{message.senderName}</span> · <time dateTime={message.sentAt}>{dates.dateTime(message.sentAt)}</time>
      </p>
      <p className="pre-line mb-0">{message.body}</p>
      {mine && (
        <p className="small text-muted-aa mb-0 mt-2">{message.readAt ? t('dossier.messages.readAt', { date: dates.dateTime(message.readAt) }) : t('dossier.messages.unread')}</p>
      )}
    </li>
  );
}

function SendMessageForm() {
  const { t } = useTranslation('citizen');
  const form = useRef<HTMLFormElement>(null);
  const send = useSendMessage();
  const serverError = useApiFieldErrors(send.error);
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (send.isPending) return;
    setSent(false);
    if (!body.trim()) {
      setBodyError(t('dossier.messages.required'));
      send.reset();
      focusFirstInvalid(form.current);
      return;
    }
    setBodyError(undefined);
    send.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        setSent(true);
      },
      onError: () => focusFirstInvalid(form.current),
    });
  };

  return (
    <form ref={form} className="mt-4" onSubmit={submit} noValidate>
      <TextareaField
        label={t('dossier.messages.compose')}
        hint={t('dossier.messages.composeHint')}
        value={body}
        rows={4}
        maxLength={4000}
        onChange={(e) => {
          setBody(e.target.value);
          setBodyError(undefined);
        }}
        error={bodyError ?? serverError('/body')}
      />
      {send.isError && <ProblemAlert error={send.error} />}
      <StatusMessage>{sent ? <p>{t('dossier.messages.sent')}</p> : undefined}</StatusMessage>
      <div className="form-actions mt-0">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={send.isPending}>
          {send.isPending ? t('dossier.messages.submitting') : t('dossier.messages.submit')}
        </button>
      </div>
    </form>
  );
}
