import type { MessageResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { Loading, ProblemAlert, TextareaField } from '@opencpi/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../agenda/problem-fields';
import { usePattoLabels } from '../../patto/hooks/use-patto-labels';
import { useMarkMessageRead } from '../api/use-mark-message-read';
import { useMessages } from '../api/use-messages';
import { useSendMessage } from '../api/use-send-message';

/** One message: who sent it and when, the text, and for the operator's own messages whether the person has read it. */
function MessageItem({ message, isNew }: { message: MessageResponse; isNew: boolean }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const own = message.senderRole === 'operator';
  return (
    <li className={['message-item', own ? 'message-item--own' : ''].filter(Boolean).join(' ')}>
      <p className="mb-1">
        <span className="fw-semibold">{t('reservedArea.messages.from', { name: message.senderName, role: labels.role(message.senderRole) })}</span>
        {', '}
        <time dateTime={message.sentAt}>{f.dateTime(message.sentAt)}</time>
        {isNew && (
          <>
            {' '}
            <span className="badge bg-primary">{t('reservedArea.messages.new')}</span>
          </>
        )}
      </p>
      <p className="message-item__body mb-1">{message.body}</p>
      {own && (
        <p className="small text-muted-aa mb-0">{message.readAt ? t('reservedArea.messages.read', { date: f.dateTime(message.readAt) }) : t('reservedArea.messages.unread')}</p>
      )}
    </li>
  );
}

/**
 * "Messaggi": the conversation with the person (oldest first). The person's unread messages are marked read once
 * shown (their read receipt); "Scrivi alla persona" sends a new one.
 */
export function MessagesSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const messages = useMessages(citizenId);
  const markRead = useMarkMessageRead(citizenId);
  const send = useSendMessage(citizenId);
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const marked = useRef(new Set<string>());
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [sent, setSent] = useState(false);
  const items = messages.data?.items;

  // the person's messages not read yet: mark them read (once each), and show them as new while on the page
  const { mutate: markAsRead } = markRead;
  useEffect(() => {
    const unread = (items ?? []).filter((m) => m.senderRole === 'citizen' && !m.readAt && !marked.current.has(m.id));
    if (unread.length === 0) return;
    unread.forEach((m) => marked.current.add(m.id));
    setFresh((old) => new Set([...old, ...unread.map((m) => m.id)]));
    unread.forEach((m) => markAsRead(m.id));
  }, [items, markAsRead]);

  const sorted = [...(items ?? [])].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const error = invalid || problemFields(send.error).has('/body') ? t('reservedArea.messages.error') : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = body.trim();
    setSent(false);
    const bad = text.length < 1 || text.length > 4000;
    setInvalid(bad);
    if (bad) {
      send.reset();
      return;
    }
    send.mutate(text, {
      onSuccess: () => {
        setBody('');
        setSent(true);
        statusRef.current?.focus();
      },
    });
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reservedArea.messages.title')}</h2>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ProblemAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : sorted.length === 0 ? (
        <p>{t('reservedArea.messages.empty')}</p>
      ) : (
        <ol className="message-list list-unstyled">
          {sorted.map((m) => (
            <MessageItem key={m.id} message={m} isNew={fresh.has(m.id)} />
          ))}
        </ol>
      )}
      <div ref={statusRef} role="status" tabIndex={-1}>
        {sent && <p className="alert alert-success">{t('reservedArea.messages.sent')}</p>}
      </div>
      <form onSubmit={submit} noValidate>
        {send.isError && <ProblemAlert error={send.error} />}
        <TextareaField label={t('reservedArea.messages.body')} value={body} error={error} onChange={(e) => setBody(e.target.value)} required maxLength={4000} rows={4} />
        <button type="submit" className="btn btn-primary" disabled={send.isPending} aria-busy={send.isPending}>
          {t('reservedArea.messages.submit')}
        </button>
      </form>
    </section>
  );
}
