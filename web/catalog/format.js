/** Dates as Langfang reads them: the API speaks UTC instants and local dates (YYYY-MM-DD). */

const CHINA = 'Asia/Shanghai';

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA }); // en-CA formats as YYYY-MM-DD

export function formatTime(iso) {
  return iso ? TIME.format(new Date(iso)) : '—';
}

export function formatDay(iso) {
  return iso ? DAY.format(new Date(iso)) : '—';
}

/** A local date `days` from today in Langfang, as the API's LocalDate. */
export function dayFromToday(days = 0) {
  return DAY.format(new Date(Date.now() + days * 86_400_000));
}

/** The last day a grant is valid: its `validTo` is the exclusive end, the midnight after that day. */
export function formatLastDay(iso) {
  return formatDay(new Date(Date.parse(iso) - 1).toISOString());
}
