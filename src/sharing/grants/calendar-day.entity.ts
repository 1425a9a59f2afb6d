import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Exceptions to the Monday–Friday working week: public holidays, and the weekend days worked in exchange
 * (调休). Working-day deadlines count with them.
 */
@Entity({ name: 'calendar_day' })
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** holiday or workday. */
  @Column({ type: 'text' })
  kind!: 'holiday' | 'workday';

  @Column({ type: 'text' })
  name!: string;

  /** Where the day comes from: the State Council's notices (as the chinese-days package carries them) or the administrator. */
  @Column({ type: 'text', default: 'administrator' })
  source!: string;
}
