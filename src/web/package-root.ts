import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding soilhub's package.json, found by walking up from `from`: the same code serves the
 * browser files in `web/` from `src/web/` (tests) and `dist/src/web/` (built hub).
 */
export function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`找不到 soilhub 的 package.json（从 ${from} 向上查找）`);
  }
}
