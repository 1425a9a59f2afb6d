import fs from 'node:fs';
import path from 'node:path';
import { printSdl, SDL_FILE } from '../graphql/print-sdl';
import { buildHubSchema } from '../graphql/schema';

/** `npm run schema:print`: writes the department schema's SDL to schema/. */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const file = path.join(root, SDL_FILE);
  fs.writeFileSync(file, printSdl(await buildHubSchema()));
  process.stdout.write(`wrote ${SDL_FILE}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
