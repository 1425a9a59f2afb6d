// Extracts the appendix tables (附表1–附表6) of the Langfang soil pollution
// prevention work plan into JSON files next to this script.
//
//   node src/plan/data/extract-appendix.mjs
//
// The source is a Word export: every table cell starts with a tab on its own
// line, a cell's extra paragraphs follow on lines without a tab, and rows are
// (usually) separated by a blank line. Values are copied exactly as printed;
// nothing is corrected or filled in. The script fails loudly if the source
// does not have the expected shape, so a changed source cannot silently
// produce different data.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(HERE, '../../../../shared/seed/000_31cb3ae42902225a.txt');

const LINES = readFileSync(SOURCE, 'utf8').split('\n');

// 1-based access, with the exporter's "[bookmark: ...]" markers removed
// (they are Word anchors, not printed text).
const line = (n) => LINES[n - 1].replace(/\[bookmark: [^\]]*\]/g, '');

function fail(message) {
  throw new Error(`extract-appendix: ${message}`);
}

// ---------------------------------------------------------------------------
// Cell tokenizer

// Reads cells from the line after `titleLine` until the table ends: a
// non-cell text line after a blank line (a 备注 note or the next title).
// Returns the cells and, if present, that trailing line when it is a note.
function readCells(titleLine) {
  const cells = [];
  let blankSinceLastCell = true;
  let n = titleLine + 1;
  for (; n <= LINES.length; n++) {
    const text = line(n);
    const cellStart = /^( *)\t(.*)$/.exec(text);
    if (cellStart) {
      cells.push({
        line: n,
        text: cellStart[2],
        // A space before the tab marks a row whose 序号 cell is absent (附表6).
        leadingSpace: cellStart[1].length > 0,
        blankBefore: blankSinceLastCell,
      });
      blankSinceLastCell = false;
    } else if (text.trim() === '') {
      blankSinceLastCell = true;
    } else if (!blankSinceLastCell && cells.length > 0) {
      // Further paragraph of the same cell; keep the printed line break.
      cells[cells.length - 1].text += `\n${text}`;
    } else {
      break;
    }
  }
  for (const cell of cells) cell.text = cell.text.trim();
  const after = n <= LINES.length ? line(n).trim() : '';
  return { cells, note: after.startsWith('备注') ? { line: n, text: after } : null };
}

// Splits cells into rows of `width`, checking that every row starts after a
// blank line so the column count really matches the printed layout.
function chunkRows(cells, width, what) {
  if (cells.length % width !== 0) fail(`${what}: ${cells.length} cells is not a multiple of ${width}`);
  const rows = [];
  for (let i = 0; i < cells.length; i += width) {
    const row = cells.slice(i, i + width);
    if (!row[0].blankBefore) fail(`${what}: row at line ${row[0].line} does not start a new row`);
    row.slice(1).forEach((c) => {
      if (c.blankBefore) fail(`${what}: unexpected blank line before cell at line ${c.line}`);
    });
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Value helpers

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

// Puts a numeric cell on `target`: the number when the cell is a plain number,
// otherwise null plus the verbatim text in `<key>Text`.
function putNumber(target, key, text) {
  if (PLAIN_NUMBER.test(text)) {
    target[key] = Number(text);
  } else {
    target[key] = null;
    target[`${key}Text`] = text;
  }
}

function seqOf(cell) {
  if (!/^\d+$/.test(cell.text)) fail(`expected a sequence number at line ${cell.line}, got "${cell.text}"`);
  return Number(cell.text);
}

function expectSequential(rows, what) {
  rows.forEach((row, i) => {
    if (row.seq !== i + 1) fail(`${what}: expected 序号 ${i + 1}, got ${row.seq}`);
  });
}

// Splits a department cell into names. Clauses are separated by ， or , and
// list items by 、 (but not inside （…）, as in "各相关县（市、区）人民政府").
// A role word ending a clause — 牵头 "leads", 参与 "participates", 落实
// "implements" — applies to every item of that clause, and a trailing 等
// "etc." is not part of a name; both are removed from the names and the
// verbatim cell is kept in the matching *Text field.
function splitOutsideParens(text, separators) {
  const pieces = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth--;
    if (depth === 0 && separators.includes(ch)) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

function splitDepartments(text) {
  return splitOutsideParens(text, '，,').flatMap((clause) => {
    const role = /(牵头|参与|落实)$/.exec(clause)?.[1] ?? null;
    const body = role ? clause.slice(0, -role.length) : clause;
    return splitOutsideParens(body, '、').map((item) => ({ name: item.replace(/等$/, ''), role, clause }));
  });
}

// ---------------------------------------------------------------------------
// Output

function title(n) {
  return line(n).trim();
}

function columnsOf(keys, headerCells) {
  return Object.fromEntries(keys.map((key, i) => [key, headerCells[i].text]));
}

const written = [];
function write(file, data) {
  mkdirSync(HERE, { recursive: true });
  // JSON.stringify leaves Chinese characters unescaped.
  writeFileSync(join(HERE, file), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  written.push(`${file}: ${data.rows.length} rows`);
}

const report = [];

// ---------------------------------------------------------------------------
// Simple tables (one printed row = one JSON row)

function simpleTable({ titleLine, keys, numeric = [], rowCount }) {
  const what = title(titleLine);
  const { cells, note } = readCells(titleLine);
  const [header, ...body] = chunkRows(cells, keys.length, what);
  const rows = body.map((cells) => {
    const row = {};
    keys.forEach((key, i) => {
      if (key === 'seq') row.seq = seqOf(cells[i]);
      else if (numeric.includes(key)) putNumber(row, key, cells[i].text);
      else row[key] = cells[i].text;
    });
    return row;
  });
  if (rows.length !== rowCount) fail(`${what}: expected ${rowCount} rows, got ${rows.length}`);
  expectSequential(rows, what);
  return { source: what, sourceLine: titleLine, columns: columnsOf(keys, header), rows, note };
}

function withNote(table, parentLine) {
  const { note, ...rest } = table;
  const out = { source: rest.source, sourceLine: rest.sourceLine };
  if (parentLine) out.parentSource = title(parentLine);
  out.columns = rest.columns;
  if (note) out.note = note.text;
  out.rows = rest.rows;
  return out;
}

const t1 = simpleTable({ titleLine: 140, keys: ['seq', 'indicator', 'target2020'], rowCount: 11 });
write('appendix-1-targets.json', withNote(t1));

const t2 = simpleTable({
  titleLine: 195,
  keys: ['seq', 'name', 'level', 'county', 'areaKm2'],
  numeric: ['areaKm2'],
  rowCount: 14,
});
write('appendix-2-industrial-parks.json', withNote(t2));

const t3 = simpleTable({
  titleLine: 290,
  keys: ['seq', 'name', 'county', 'areaM2'],
  numeric: ['areaM2'],
  rowCount: 8,
});
write('appendix-3-closed-enterprise-sites.json', withNote(t3));

const t4 = simpleTable({
  titleLine: 340,
  keys: ['seq', 'county', 'name', 'facilityType', 'disposalMethod'],
  rowCount: 7,
});
write('appendix-4-hazardous-waste-enterprises.json', withNote(t4));

// ---------------------------------------------------------------------------
// 附表5-1: each county spans three printed rows (小麦, 玉米, 小计); its 序号
// and county cells are merged, so they are blank on the 2nd and 3rd rows.
// One JSON row per county; the printed 小计 row is kept separately so that
// summing `crops` does not double count.

{
  const titleLine = 393;
  const what = title(titleLine);
  const keys = ['seq', 'county', 'crop', 'plantingAreaHm2', 'outputTonnesPerYear'];
  const { cells, note } = readCells(titleLine);
  const [header, ...printed] = chunkRows(cells, keys.length, what);
  const rows = [];
  for (const cells of printed) {
    const [seqCell, countyCell, cropCell, areaCell, outputCell] = cells;
    const entry = { crop: cropCell.text };
    putNumber(entry, 'plantingAreaHm2', areaCell.text);
    putNumber(entry, 'outputTonnesPerYear', outputCell.text);
    if (seqCell.text !== '') {
      rows.push({ seq: seqOf(seqCell), county: countyCell.text, crops: [] });
    } else if (countyCell.text !== '' || rows.length === 0) {
      fail(`${what}: unexpected cells at line ${seqCell.line}`);
    }
    const current = rows[rows.length - 1];
    if (entry.crop === '小计') current.subtotal = entry;
    else current.crops.push(entry);
  }
  if (rows.length !== 6) fail(`${what}: expected 6 counties, got ${rows.length}`);
  expectSequential(rows, what);
  for (const row of rows) {
    const sum = (k) => row.crops.reduce((s, c) => s + c[k], 0);
    for (const k of ['plantingAreaHm2', 'outputTonnesPerYear']) {
      if (sum(k) !== row.subtotal[k]) report.push(`附表5-1 ${row.county}: 小计 ${k} ${row.subtotal[k]} ≠ sum ${sum(k)}`);
    }
  }
  write(
    'appendix-5-1-grain-counties.json',
    withNote({ source: what, sourceLine: titleLine, columns: columnsOf(keys, header), rows, note }, 392),
  );
}

const t52 = simpleTable({
  titleLine: 512,
  keys: ['seq', 'county', 'plantingAreaHm2', 'outputTonnesPerYear'],
  numeric: ['plantingAreaHm2', 'outputTonnesPerYear'],
  rowCount: 7,
});
write('appendix-5-2-vegetable-counties.json', withNote(t52, 392));

const t53 = simpleTable({
  titleLine: 557,
  keys: ['seq', 'county', 'pigsMarketedHead'],
  numeric: ['pigsMarketedHead'],
  rowCount: 2,
});
write('appendix-5-3-pig-counties.json', withNote(t53, 392));

// ---------------------------------------------------------------------------
// 附表6: work task division. The layout is a nested merge:
//  - a task row has 序号, 牵头部门, 参与部门 and 主要工作 (a plan section);
//  - a sub-item row (e.g. "2、…") has a blank 序号 and its own 主要工作;
//  - a requirement row has 序号, 牵头部门, 参与部门 and 主要工作 all blank
//    (vertically merged with the rows above) and only adds 工作要求,
//    责任单位, 完成时限.
// Nine task rows carry no 序号 cell at all (a space before the tab, no
// blank separator); the numbering gap around them is checked to match.

{
  const titleLine = 573;
  const what = title(titleLine);
  const keys = [
    'seq',
    'leadDepartments',
    'participatingDepartments',
    'work',
    'requirement',
    'responsibleUnits',
    'deadlineText',
  ];
  const { cells } = readCells(titleLine);

  // Group into 7-cell rows; a leading-space cell opens a row without 序号.
  const printed = [];
  for (const cell of cells) {
    const last = printed[printed.length - 1];
    if (cell.leadingSpace) {
      if (last && last.length !== keys.length) fail(`${what}: incomplete row before line ${cell.line}`);
      printed.push([null, cell]);
    } else if (!last || last.length === keys.length) {
      if (!cell.blankBefore) fail(`${what}: row at line ${cell.line} does not start a new row`);
      printed.push([cell]);
    } else {
      if (cell.blankBefore) report.push(`附表6: blank line inside the row, before cell at line ${cell.line}`);
      last.push(cell);
    }
  }
  if (printed[printed.length - 1].length !== keys.length) fail(`${what}: last row incomplete`);

  const [header, ...body] = printed;
  const rows = [];
  let task = null; // { seq, implied }
  for (const cells of body) {
    const text = cells.map((c) => (c ? c.text : ''));
    const [seqText, lead, participating, work, requirement, responsible, deadline] = text;
    const row = {};
    const firstCell = cells.find(Boolean);
    row.sourceLine = firstCell.line;

    if (cells[0] === null) {
      // Task row whose 序号 is not printed: number it from the gap below.
      row.seq = null;
      task = { seq: (task?.seq ?? 0) + 1, implied: true };
      row.seqImplied = task.seq;
    } else if (seqText !== '') {
      row.seq = seqOf(cells[0]);
      if (row.seq !== (task?.seq ?? 0) + 1) fail(`${what}: 序号 ${row.seq} at line ${row.sourceLine} breaks the numbering`);
      task = { seq: row.seq, implied: false };
    } else {
      if (!task) fail(`${what}: continuation row before the first task`);
      row.seq = null;
      row.continues = task.seq;
      if (task.implied) row.continuesSeqImplied = true;
    }

    const lists = {};
    for (const [key, cellText] of [
      ['leadDepartments', lead],
      ['participatingDepartments', participating],
      ['responsibleUnits', responsible],
    ]) {
      lists[key] = splitDepartments(cellText);
    }

    // 参与部门 of task 1 also names the county governments that implement
    // (落实) every task, followed by the remark 以下不再列出 "not listed
    // again below"; those are kept apart from the participating departments.
    const implementing = lists.participatingDepartments.filter((p) => p.role === '落实');
    lists.participatingDepartments = lists.participatingDepartments.filter(
      (p) => p.role !== '落实' && p.clause !== '以下不再列出',
    );

    row.leadDepartments = lists.leadDepartments.map((p) => p.name);
    row.leadDepartmentsText = lead;
    row.participatingDepartments = lists.participatingDepartments.map((p) => p.name);
    row.participatingDepartmentsText = participating;
    if (implementing.length > 0) row.implementingUnits = implementing.map((p) => p.name);
    row.work = work === '' ? null : work;
    row.requirement = requirement === '' ? null : requirement;
    row.responsibleUnits = lists.responsibleUnits.map((p) => p.name);
    row.responsibleUnitsText = responsible;
    row.deadlineText = deadline;

    // Blank cells on a continuation row are merged with the rows above: flag
    // them instead of copying values that are not printed on this row.
    // inheritsFromLine points at the row above that prints the merged cells:
    // for a blank 主要工作 the nearest row with a 主要工作 (its 牵头部门 and
    // 参与部门 belong to the same merged block, even where that block's
    // 参与部门 is itself empty); for a blank 牵头部门 alone, the nearest row
    // with a 牵头部门.
    if (row.seq === null && row.seqImplied === undefined) {
      let origin = null;
      if (work === '') {
        origin = rows.findLast((r) => r.work !== null);
        if (lead !== '' || participating !== '') fail(`${what}: partly merged block at line ${row.sourceLine}`);
        if (origin.leadDepartmentsText === '') fail(`${what}: block above line ${row.sourceLine} has no 牵头部门`);
        row.leadDepartmentsInherited = true;
        row.participatingDepartmentsInherited = true;
        row.workInherited = true;
      } else if (lead === '') {
        origin = rows.findLast((r) => r.leadDepartmentsText !== '');
        row.leadDepartmentsInherited = true;
      }
      if (origin) row.inheritsFromLine = origin.sourceLine;
    } else if (lead === '' || work === '') {
      fail(`${what}: task row at line ${row.sourceLine} lacks 牵头部门 or 主要工作`);
    }
    for (const [key, value] of [['requirement', requirement], ['responsibleUnits', responsible], ['deadlineText', deadline]]) {
      if (value === '') fail(`${what}: empty ${key} at line ${row.sourceLine}`);
    }
    rows.push(row);
  }

  const last = rows.filter((r) => r.seq !== null).at(-1).seq;
  if (last !== 38) fail(`${what}: expected the last 序号 to be 38, got ${last}`);
  const implied = rows.filter((r) => r.seqImplied !== undefined).map((r) => `${r.seqImplied} (line ${r.sourceLine})`);
  report.push(`附表6: task rows without a printed 序号, numbered from the gap: ${implied.join(', ')}`);

  write('appendix-6-tasks.json', {
    source: what,
    sourceLine: titleLine,
    columns: columnsOf(keys, header),
    rows,
  });
}

// ---------------------------------------------------------------------------
// Spot checks against values quoted from the plan.

function check(condition, message) {
  if (!condition) fail(`spot check failed: ${message}`);
}
{
  const read = (f) => JSON.parse(readFileSync(join(HERE, f), 'utf8'));
  const grain = read('appendix-5-1-grain-counties.json').rows.find((r) => r.county === '文安县');
  check(grain?.crops.find((c) => c.crop === '玉米')?.plantingAreaHm2 === 43629, '文安县 玉米 43629 hm2');
  const park = read('appendix-2-industrial-parks.json').rows.find((r) => r.name === '廊坊经济开发区');
  check(park?.areaKm2 === 38, '廊坊经济开发区 38 km2');
  const site = read('appendix-3-closed-enterprise-sites.json').rows.find((r) => r.name === '河北前进钢铁集团有限公司');
  check(site?.areaM2 === 2501320, '河北前进钢铁集团有限公司 2501320 m2');
}

console.log(written.join('\n'));
if (report.length > 0) console.log(`\nNotes:\n${report.join('\n')}`);
