// Writes schemas/packaging.schema.json from the zod schema (the single source of truth).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { toJsonSchema } from '../src/core/format/schema';

export const SCHEMA_PATH = path.join(__dirname, '..', 'schemas', 'packaging.schema.json');
export const renderSchema = () => `${JSON.stringify(toJsonSchema(), null, 2)}\n`;

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, renderSchema());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_PATH)}\n`);
}
