import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-office calendar facts the national rules do not give: the patron saint's day of the office's comune. */
@Entity({ schema: 'agenda', name: 'office_calendars' })
@Check('office_calendars_patron_day_check', `"patron_month_day" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'`)
export class OfficeCalendarEntity {
  @PrimaryColumn({ type: 'uuid' }) officeId!: string;
  /** 'MM-DD' */
  @Column({ type: 'char', length: 5, nullable: true }) patronMonthDay!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) patronName!: string | null;
}
