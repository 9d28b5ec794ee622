/** What the booking and reschedule pages tell "I miei appuntamenti" through the navigation state. */
export type AgendaNotice = 'booked' | 'rescheduled';

export interface AgendaNoticeState {
  agendaNotice: AgendaNotice;
}

export const agendaNoticeState = (notice: AgendaNotice): AgendaNoticeState => ({ agendaNotice: notice });

export function readAgendaNotice(state: unknown): AgendaNotice | undefined {
  const notice = state && typeof state === 'object' ? (state as Partial<AgendaNoticeState>).agendaNotice : undefined;
  return notice === 'booked' || notice === 'rescheduled' ? notice : undefined;
}
