import { companyKeys, getCompanyMessages, markCompanyMessageRead, sendCompanyMessage } from '@opencpi/api-client';
import { MessagesSection } from '@opencpi/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** The company desk's side of the company's thread (the dossier's messages section). */
export function CompanyMessages({ companyId }: { companyId: string }) {
  const queryClient = useQueryClient();
  const key = companyKeys.companyMessages('operator', companyId);
  const messages = useQuery({ queryKey: key, queryFn: ({ signal }) => getCompanyMessages('operator', companyId, signal) });
  const send = useMutation({
    mutationFn: (body: string) => sendCompanyMessage('operator', companyId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const markRead = useCallback((messageId: string) => void markCompanyMessageRead('operator', companyId, messageId).catch(() => undefined), [companyId]);
  return <MessagesSection viewer="companyDesk" messages={messages} markRead={markRead} send={send} />;
}
