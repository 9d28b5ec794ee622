import { companyKeys, getCompanyMessages, markCompanyMessageRead, sendCompanyMessage } from '@opencpi/api-client';
import { MessagesSection } from '@opencpi/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** The approved company's thread with its CPI's company desk (the dossier's messages section). */
export function CompanyMessages({ companyId }: { companyId: string }) {
  const queryClient = useQueryClient();
  const key = companyKeys.companyMessages('employer', companyId);
  const messages = useQuery({ queryKey: key, queryFn: ({ signal }) => getCompanyMessages('employer', companyId, signal) });
  const send = useMutation({
    mutationFn: (body: string) => sendCompanyMessage('employer', companyId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const markRead = useCallback((messageId: string) => void markCompanyMessageRead('employer', companyId, messageId).catch(() => undefined), [companyId]);
  return <MessagesSection viewer="company" messages={messages} markRead={markRead} send={send} />;
}
