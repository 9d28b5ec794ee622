import type { AppointmentResponse, CalendarEntryResponse, CalendarResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { renderWithApp } from '@opencpi/web-testing';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates';
import { useAgendaShortcuts } from '../../hooks/use-agenda-shortcuts';
import { defaultService } from '../../hooks/use-next-free-hint';
import { AgendaCalendar } from '../agenda-calendar';
import { GRID_SCALE } from './agenda-week-grid';
import { columnsOf, eventsOf, placeEvents } from './grid-layout';

const appointment = (id: string, name: string, startsAt: string, endsAt: string, localTime: string, channel: string, fiscalCode: string): AppointmentResponse => ({
  id,
  status: 'booked',
  serviceType: 'orientamento',
  serviceName: 'Orientamento di base',
  officeName: 'CPI Torino',
  startsAt,
  endsAt,
  localDate: startsAt.slice(0, 10),
  localTime,
  channel,
  changeable: true,
  citizenName: name,
  citizenFiscalCode: fiscalCode,
});
const entry = (slotId: string, operator: string, startsAt: string, endsAt: string, localTime: string, appointments: AppointmentResponse[]): CalendarEntryResponse => ({
  slotId,
  operatorId: operator,
  operatorName: operator === 'op1' ? 'Anna Bianchi' : 'Luca Verdi',
  serviceName: 'Orientamento di base',
  startsAt,
  endsAt,
  localDate: startsAt.slice(0, 10),
  localTime,
  capacity: 1,
  appointments,
});
// Monday 11 January 2027 (Rome = UTC+1): a past appointment at 09:00 (in person), a future one at 10:30 (video), Tuesday 14:00 (phone)
const PAST = appointment('a1', 'Mario Rossi', '2027-01-11T08:00:00Z', '2027-01-11T08:30:00Z', '09:00', 'in_person', 'RSSMRA85T10L219G');
const FUTURE = appointment('a2', 'Giulia Neri', '2027-01-11T09:30:00Z', '2027-01-11T10:30:00Z', '10:30', 'video', 'NREGLI90A41L219X');
const TUESDAY = appointment('a3', 'Paolo Bianchi', '2027-01-12T13:00:00Z', '2027-01-12T13:45:00Z', '14:00', 'phone', 'BNCPLA80A01L219Y');
const CALENDAR: CalendarResponse = {
  items: [
    entry('s1', 'op1', PAST.startsAt, PAST.endsAt, '09:00', [PAST]),
    entry('s2', 'op2', FUTURE.startsAt, FUTURE.endsAt, '10:30', [FUTURE]),
    entry('s3', 'op1', TUESDAY.startsAt, TUESDAY.endsAt, '14:00', [TUESDAY]),
  ],
};
const NOW = new Date('2027-01-11T09:00:00Z').getTime(); // 10:00 in Rome: the first has started, the second not

const renderGrid = (days = 7) => renderWithApp(<AgendaCalendar calendar={CALENDAR} from="2027-01-11" days={days} showFree={false} officeId="o1" now={NOW} />, { app: 'operator' });

describe('agenda grid: placement by time', () => {
  it('puts each appointment in its day column at the height of its time, as tall as it lasts', () => {
    renderGrid();
    const monday = screen.getByRole('region', { name: /lunedì 11 gennaio 2027/ });
    const tuesday = screen.getByRole('region', { name: /martedì 12 gennaio 2027/ });
    const [first, second] = within(monday).getAllByRole('listitem');
    // the grid starts at 08:00: 09:00 is 60 minutes down, 10:30 is 150
    expect(first).toHaveStyle({ top: `${60 * GRID_SCALE}px`, height: `${30 * GRID_SCALE - 2}px` });
    expect(second).toHaveStyle({ top: `${150 * GRID_SCALE}px`, height: `${60 * GRID_SCALE - 2}px` });
    expect(within(tuesday).getByRole('listitem')).toHaveStyle({ top: `${360 * GRID_SCALE}px` });
    expect(screen.getAllByRole('region', { name: /2027/ })).toHaveLength(7);
  });

  it('shows the channel in words beside the colour, and names linking to the dossier', () => {
    renderGrid();
    const [first, second] = within(screen.getByRole('region', { name: /lunedì 11 gennaio 2027/ })).getAllByRole('listitem');
    expect(first).toHaveClass('grid-event--in_person');
    expect(first).toHaveTextContent('Presenza');
    expect(second).toHaveClass('grid-event--video');
    expect(second).toHaveTextContent('Video');
    expect(screen.getByRole('link', { name: 'Mario Rossi' })).toHaveAttribute('href', expect.stringContaining('RSSMRA85T10L219G'));
  });

  it('puts the operators side by side as columns for one day', () => {
    renderGrid(1);
    expect(screen.getByRole('region', { name: /Anna Bianchi/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Luca Verdi/ })).toBeInTheDocument();
  });

  it('sets overlapping blocks side by side (lanes) and the others full width', () => {
    const events = eventsOf(
      [entry('x', 'op1', '2027-01-11T08:00:00Z', '2027-01-11T09:00:00Z', '09:00', [PAST]), entry('y', 'op2', '2027-01-11T08:15:00Z', '2027-01-11T09:15:00Z', '09:15', [FUTURE])],
      { showFree: false, query: '' },
    );
    const placed = placeEvents(events);
    expect(placed.map((e) => [e.lane, e.lanes])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(columnsOf(events, '2027-01-11', 7).map((c) => c.events.length)).toEqual([2, 0, 0, 0, 0, 0, 0]);
  });
});

describe('agenda grid: actions menu', () => {
  it('offers attendance only for an appointment that has started; the menu closes with Escape', async () => {
    const user = userEvent.setup();
    renderGrid();
    await user.click(screen.getByRole('button', { name: 'Azioni: Mario Rossi, 09:00' }));
    expect(screen.getByRole('button', { name: 'Presente: Mario Rossi, 09:00' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Sposta: Mario Rossi, 09:00' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Presente: Mario Rossi, 09:00' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Azioni: Mario Rossi, 09:00' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Azioni: Giulia Neri, 10:30' }));
    expect(screen.queryByRole('button', { name: 'Presente: Giulia Neri, 10:30' })).not.toBeInTheDocument();
    expect(screen.getByText('La presenza si registra dall’inizio dell’appuntamento.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annulla: Giulia Neri, 10:30' })).toBeInTheDocument();
  });
});

function ShortcutProbe() {
  const [day, setDay] = useState('2027-01-11');
  const ref = useRef<HTMLInputElement>(null);
  useAgendaShortcuts({
    onSearch: () => ref.current?.focus(),
    onPrevious: () => setDay((d) => addDays(d, -7)),
    onNext: () => setDay((d) => addDays(d, 7)),
    onToday: () => setDay('today'),
  });
  return (
    <>
      <label htmlFor="q">Cerca</label>
      <input id="q" ref={ref} />
      <output>{day}</output>
    </>
  );
}

describe('agenda grid: keyboard shortcuts', () => {
  it('moves by week with ← and →, goes to today with t, focuses the search with /, and does nothing while typing', async () => {
    const user = userEvent.setup();
    renderWithApp(<ShortcutProbe />, { app: 'operator' });
    const out = screen.getByRole('status');
    await user.keyboard('{ArrowRight}');
    expect(out).toHaveTextContent('2027-01-18');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(out).toHaveTextContent('2027-01-04');
    await user.keyboard('/');
    const search = screen.getByLabelText('Cerca');
    expect(search).toHaveFocus();
    expect(search).toHaveValue(''); // the "/" is not typed
    await user.keyboard('t{ArrowRight}');
    expect(search).toHaveValue('t');
    expect(out).toHaveTextContent('2027-01-04');
    search.blur();
    fireEvent.keyDown(document.body, { key: 't' });
    expect(out).toHaveTextContent('today');
  });

  it('lists the shortcuts in a visible help of the agenda', async () => {
    const { AgendaToolbar } = await import('../agenda-toolbar');
    renderWithApp(
      <AgendaToolbar view="week" from="2027-01-11" days={7} query="" searchRef={{ current: null }} onQuery={() => {}} onPrevious={() => {}} onNext={() => {}} onToday={() => {}} />,
      {
        app: 'operator',
      },
    );
    const help = screen.getByRole('region', { name: 'Scorciatoie da tastiera' });
    expect(help).toBeVisible();
    expect(help).toHaveTextContent('cerca una persona in agenda');
    expect(screen.getByRole('button', { name: /Settimana successiva/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Legenda dei canali' })).toHaveTextContent(/In presenza.*Videochiamata.*Telefono/);
  });
});

describe('defaults that lead somewhere', () => {
  it('starts on the service asked for, else the first with a free time', () => {
    const services = [
      { code: 'a', name: 'A', durationMinutes: 30, channels: [], capacity: 1 },
      { code: 'b', name: 'B', durationMinutes: 30, channels: [], capacity: 1, nextFreeAt: '2027-01-12T08:00:00Z' },
    ] as ServiceTypeResponse[];
    expect(defaultService(services)).toBe('b');
    expect(defaultService(services, 'a')).toBe('a');
    expect(defaultService([services[0]!])).toBe('a');
  });
});
