/** Where a Rome instant falls in a campaign's send window (pure: dates 'YYYY-MM-DD', times 'HH:MM'). */
export type WindowState = 'before' | 'open' | 'closed_today' | 'after';

export function windowState(w: { startDate: string; endDate: string; sendFrom: string; sendUntil: string }, local: { date: string; time: string }): WindowState {
  if (local.date < w.startDate) return 'before';
  if (local.date > w.endDate) return 'after';
  if (local.time < w.sendFrom) return 'closed_today';
  if (local.time >= w.sendUntil) return local.date === w.endDate ? 'after' : 'closed_today';
  return 'open';
}

/** How many more people may be sent to today under the cap. */
export const roomToday = (dailyCap: number, processedToday: number): number => Math.max(0, dailyCap - processedToday);
