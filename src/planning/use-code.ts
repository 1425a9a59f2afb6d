import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';

/**
 * A GB 50137-2011 urban land-use code: one of the eight major classes of construction land (R 居住, A 公共管理与公共服务,
 * B 商业服务业设施, M 工业, W 物流仓储, S 道路与交通设施, U 公用设施, G 绿地与广场) or of the other land (H 建设用地,
 * E 非建设用地), then the medium and small class digits (R2, A33, M1, G1 …).
 */
const USE_CODE = /^[RABMWSUGHE][0-9]{0,3}$/;

/** The code, trimmed and upper-cased; anything else is the caller's mistake, named by its argument. */
export function parseUseCode(value: string, argument: string): string {
  const code = value.trim().toUpperCase();
  if (!USE_CODE.test(code)) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `应为 GB 50137 用地分类代码，如 R2、A33、M1，而不是“${value}”`, { details: { argument } });
  }
  return code;
}

/** GB 50137-2011 names of the classes the plan's negative lists name; other codes are shown by their major class. */
const USE_NAMES: Record<string, string> = {
  R: '居住用地',
  A: '公共管理与公共服务设施用地',
  A3: '教育科研用地',
  A33: '中小学用地',
  A5: '医疗卫生用地',
  A6: '社会福利用地',
  B: '商业服务业设施用地',
  M: '工业用地',
  W: '物流仓储用地',
  S: '道路与交通设施用地',
  U: '公用设施用地',
  G: '绿地与广场用地',
  G1: '公园绿地',
  H: '建设用地',
  E: '非建设用地',
};

/** 「A33 中小学用地」: a code with its name, or with its major class's name when the subclass has none here. */
export function useCodeName(code: string): string {
  const name = USE_NAMES[code] ?? (USE_NAMES[code[0]] ? `${USE_NAMES[code[0]]}中的一类` : undefined);
  return name ? `${code} ${name}` : code;
}
