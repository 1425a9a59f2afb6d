import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { OperationReader } from '../graphql/operation-reader';

export interface Column<R> {
  /** The property's key in GeoJSON: the API's field name where there is one. */
  key: string;
  /** The row type's field the column shows (default: `key`): the column exists while the catalog opens that field. */
  field?: string;
  /** The column heading on the page and in CSV. */
  header: string;
  text: (row: R) => string | number | boolean | null | undefined;
}

export interface Page<R> {
  nodes: R[];
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A table read through the API: one query, its columns, and where it has one its geometry. A page, its CSV, GeoJSON
 * and XLSX are made from the same definition, so a file holds exactly what the API gives that caller.
 */
export interface Listing<R> {
  /** The download's file name, without extension. */
  fileName: string;
  /** A query of the public schema taking `$first` and `$after` (when paged) and the filters. */
  query: string;
  /** The rows' type in the public schema. */
  type: string;
  pageOf: (data: Record<string, any>) => Page<R>;
  columns: Column<R>[];
  geometry?: (row: R) => object | null | undefined;
  /** Rows per query when reading every page, where nested lists make MAX_PAGE_SIZE rows cost more than a query may. */
  pageSize?: number;
}

/** The columns whose field the public schema holds now (the catalog may close an item at any time). */
export function columnsOf<R>(listing: Listing<R>, schema: GraphQLSchema): Column<R>[] {
  const type = schema.getType(listing.type);
  const fields = isObjectType(type) ? type.getFields() : {};
  return listing.columns.filter((c) => (c.field ?? c.key) in fields);
}

/** A download is bounded like any answer: beyond this many rows, the API with paging is the way. */
export const MAX_DOWNLOAD_ROWS = 50_000;

/** Every page of a listing, one query per page of `pageSize`, up to `limit` rows. */
export async function* allRows<R>(
  listing: Listing<R>,
  read: OperationReader,
  variables: Record<string, unknown>,
  pageSize: number,
  limit = MAX_DOWNLOAD_ROWS,
): AsyncGenerator<Page<R>> {
  let after: string | null = null;
  let delivered = 0;
  const first = Math.min(pageSize, listing.pageSize ?? pageSize);
  for (;;) {
    const page = listing.pageOf(await read(listing.query, { ...variables, first, after }));
    delivered += page.nodes.length;
    yield page;
    if (!page.pageInfo?.hasNextPage || !page.pageInfo.endCursor || delivered >= limit) return;
    after = page.pageInfo.endCursor;
  }
}

function cellText(value: ReturnType<Column<unknown>['text']>): string {
  if (value == null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** What a file of a listing is written with: its extension and media type, and how it takes each page of rows. */
interface FileFormat<R> {
  extension: string;
  mediaType: string;
  begin(res: Response): void;
  write(rows: R[]): void;
  end(): void | Promise<void>;
}

/**
 * Streams every page of a listing as one file. The first page is read before anything is sent: a refused query
 * still answers with its own status.
 */
async function sendFile<R>(
  res: Response,
  listing: Listing<R>,
  format: FileFormat<R>,
  read: OperationReader,
  variables: Record<string, unknown>,
  pageSize: number,
  day: string,
): Promise<void> {
  const pages = allRows(listing, read, variables, pageSize);
  const first = await pages.next();
  res.attachment(`${listing.fileName}-${day}.${format.extension}`);
  res.type(format.mediaType);
  format.begin(res);
  if (!first.done) format.write(first.value.nodes);
  for await (const page of pages) format.write(page.nodes);
  await format.end();
}

type Sender = <R>(
  res: Response,
  listing: Listing<R>,
  columns: Column<R>[],
  read: OperationReader,
  variables: Record<string, unknown>,
  pageSize: number,
  day: string,
) => Promise<void>;

/** CSV with a byte-order mark, so that spreadsheet programs read the Chinese as UTF-8. */
export const sendCsv: Sender = (res, listing, columns, ...rest) => {
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.header) });
  return sendFile(
    res,
    listing,
    {
      extension: 'csv',
      mediaType: 'text/csv; charset=utf-8',
      begin: (out) => csv.pipe(out),
      write: (rows) => rows.forEach((row) => csv.write(columns.map((c) => cellText(c.text(row))))),
      end: () => void csv.end(),
    },
    ...rest,
  );
};

/**
 * GeoJSON (RFC 7946), the columns as properties. Rows without a geometry stay in, as unlocated features (geometry
 * null), so the file holds the same rows as the CSV.
 */
export const sendGeoJson: Sender = (res, listing, columns, ...rest) => {
  const geometryOf = listing.geometry;
  if (!geometryOf) throw new Error(`${listing.fileName} has no geometry`);
  let count = 0;
  return sendFile(
    res,
    listing,
    {
      extension: 'geojson',
      mediaType: 'application/geo+json; charset=utf-8',
      begin: (out) => out.write('{"type":"FeatureCollection","features":['),
      write: (rows) => {
        for (const row of rows) {
          const properties = Object.fromEntries(columns.map((c) => [c.key, c.text(row) ?? null]));
          res.write(`${count++ ? ',' : ''}${JSON.stringify({ type: 'Feature', geometry: geometryOf(row) ?? null, properties })}`);
        }
      },
      end: () => void res.end(']}'),
    },
    ...rest,
  );
};

/**
 * XLSX (Office Open XML), one sheet, headings in the first row (frozen), through exceljs's streaming writer, so
 * memory stays at one page whatever the size.
 */
export const sendXlsx: Sender = (res, listing, columns, ...rest) => {
  // Made once the headers are set: the writer starts writing to the response as soon as it exists.
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  let sheet: ExcelJS.Worksheet;
  return sendFile(
    res,
    listing,
    {
      extension: 'xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      begin: (out) => {
        workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
        sheet = workbook.addWorksheet(listing.fileName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 2 + 2) }));
      },
      write: (rows) => rows.forEach((row) => sheet.addRow(columns.map((c) => xlsxValue(c.text(row)))).commit()),
      end: async () => {
        sheet.commit();
        await workbook.commit();
      },
    },
    ...rest,
  );
};

/** Numbers stay numbers in a spreadsheet; booleans read 是/否 as in the CSV. */
function xlsxValue(value: ReturnType<Column<unknown>['text']>): string | number | null {
  if (value == null) return null;
  if (typeof value === 'number') return value;
  return cellText(value);
}
