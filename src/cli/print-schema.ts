import fs from 'node:fs';
import path from 'node:path';
import { buildPublicSchema } from '../disclosure/public-schema';
import { printSdl, PUBLIC_SDL_FILE, SDL_FILE } from '../graphql/print-sdl';
import { createPolicy } from '../registry/hub-policy';
import { buildHubSchema } from '../registry/hub-schema';
import { declaredSnapshot } from '../sharing/catalog/declared-snapshot';
import { runCommand } from './command';

/** `npm run schema:print`: writes the department schema and the public schema (as the catalog is declared). */
async function printSchemas(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const schema = await buildHubSchema();
  const policy = createPolicy();
  fs.writeFileSync(path.join(root, SDL_FILE), printSdl(schema));
  fs.writeFileSync(path.join(root, PUBLIC_SDL_FILE), printSdl(buildPublicSchema(schema, declaredSnapshot(policy.resources), policy)));
  process.stdout.write(`wrote ${SDL_FILE} and ${PUBLIC_SDL_FILE}\n`);
}

runCommand(
  {
    usage: 'npm run schema:print',
    summary: `重新生成接口定义文件。Writes ${SDL_FILE} (departments) and ${PUBLIC_SDL_FILE} (the public, as the catalog is declared).`,
    options: {},
    help: {},
  },
  printSchemas,
);
