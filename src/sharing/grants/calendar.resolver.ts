import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import type { HubContext } from '../../graphql/context';
import { badInput } from '../../graphql/hub-error';
import { OFFICIAL_SOURCE } from './official-calendar';

export enum CalendarDayKind {
  HOLIDAY = 'holiday',
  WORKDAY = 'workday',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: '工作日历例外',
  valuesConfig: { HOLIDAY: { description: '法定节假日（不计工作日）' }, WORKDAY: { description: '调休上班的周末（计为工作日）' } },
});

@ObjectType('CalendarDay', { description: '工作日历的例外：节假日或调休上班日（共享申请的答复期限按工作日计）' })
export class CalendarDay {
  @Field(() => LocalDate, { description: '日期' })
  day!: string;

  @Field(() => CalendarDayKind, { description: '类别' })
  kind!: CalendarDayKind;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '来源：国务院办公厅节假日安排（chinese-days 数据包）或平台管理员' })
  source!: string;
}

const ADMINISTRATOR = 'administrator';

/** 节假日/调休: loaded from the State Council's notices at start, maintained by the administrator. */
@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], { description: '一年的工作日历例外（节假日和调休上班日），按日期' })
  async calendarDays(@Arg('year', () => Int, { description: '年份' }) year: number, @Ctx() ctx: HubContext): Promise<CalendarDay[]> {
    if (year < 2000 || year > 2100) throw badInput('year', '年份应在 2000 到 2100 之间');
    const rows: { day: string; kind: CalendarDayKind; name: string; source: string }[] = await ctx.db.query(
      `SELECT day::text, kind, name, source FROM calendar_day WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`,
      [year],
    );
    return rows.map((r) => Object.assign(new CalendarDay(), r));
  }

  @Mutation(() => Boolean, {
    description: '设置工作日历例外（平台管理员）：节假日或调休上班日；kind 为空则取消该日的例外（按国务院通知载入的日子取消后也不再载入）',
  })
  async setCalendarDay(
    @Arg('day', () => LocalDate, { description: '日期' }) day: string,
    @Arg('kind', () => CalendarDayKind, { nullable: true, description: '类别；为空则取消该例外' }) kind: CalendarDayKind | null,
    @Arg('name', () => String, { nullable: true, description: '名称，如“国庆节”' }) name: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<boolean> {
    ctx.access.authorise({ kind: 'administer', task: 'calendar' });
    const [before] = await ctx.db.query('SELECT kind, name, source FROM calendar_day WHERE day = $1', [day]);
    if (kind) {
      await ctx.db.query(
        `INSERT INTO calendar_day (day, kind, name, source) VALUES ($1, $2, $3, $4) ON CONFLICT (day) DO UPDATE SET kind = $2, name = $3, source = $4`,
        [day, kind, name ?? '', ADMINISTRATOR],
      );
    } else if (before?.source === OFFICIAL_SOURCE) {
      // An official day cancelled: kept as the ordinary day it becomes, so that the next start does not load it again.
      const weekday = [1, 2, 3, 4, 5].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
      await ctx.db.query(`UPDATE calendar_day SET kind = $2, name = $3, source = $4 WHERE day = $1`, [
        day,
        weekday ? CalendarDayKind.WORKDAY : CalendarDayKind.HOLIDAY,
        `取消${before.name}`,
        ADMINISTRATOR,
      ]);
    } else {
      await ctx.db.query(`DELETE FROM calendar_day WHERE day = $1`, [day]);
    }
    ctx.auditDetail.calendarDay = { day, before: before ?? null, after: kind ? { kind, name: name ?? '' } : null };
    return true;
  }
}
