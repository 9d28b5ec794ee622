import type { Catalogue } from '../../catalogue';
import type { itOperatorAgendaGrid } from '../it/operator-agenda-grid';

/** Strings of the operator SPA: the agenda's week grid, its shortcuts and the defaults of the agenda forms (merged into `operator` under `agendaGrid`). */
export const enOperatorAgendaGrid: Catalogue<typeof itOperatorAgendaGrid> = {
  label: 'Appointment calendar',
  dayColumns: 'One day per column',
  operatorColumns: 'One operator per column',
  nav: {
    label: 'Period shown',
    prevDay: 'Previous day',
    nextDay: 'Next day',
    prevWeek: 'Previous week',
    nextWeek: 'Next week',
    today: 'Today',
    week: 'Week from {{from}} to {{to}}',
  },
  search: {
    label: 'Find a person in the agenda',
    hint: 'Name, surname or fiscal code. Shortcut: /',
    none: 'No appointment matches the search.',
  },
  legend: {
    title: 'Channel legend',
    in_person: 'In person',
    video: 'Video call',
    phone: 'Phone',
  },
  channelShort: { in_person: 'In person', video: 'Video', phone: 'Phone' },
  empty: 'No appointments',
  free: 'Free',
  freeLabel: 'Free time at {{time}} with {{operator}}',
  withOperator: 'with {{operator}}',
  menu: 'Actions: {{name}}, {{time}}',
  openDossier: "Open the person's record",
  notStarted: 'Attendance can be recorded from the start of the appointment.',
  panel: 'Appointment of {{name}} at {{time}}',
  closePanel: 'Close',
  shortcuts: {
    title: 'Keyboard shortcuts',
    search: 'find a person in the agenda',
    prevNext: 'previous and next day or week',
    today: 'back to today',
    note: 'Shortcuts do not work while you type in a field.',
  },
  defaults: {
    nextFree: 'Next free time at this office: {{date}}',
    noneFree: 'No free time at this office: choose another service or office.',
  },
  deliveries: {
    quietHours: 'Queued until {{time}} (quiet hours)',
    quietHoursDay: 'Queued until {{date}} at {{time}} (quiet hours)',
    scheduled: 'Queued until {{date}} at {{time}}',
  },
};
