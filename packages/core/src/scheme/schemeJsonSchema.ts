import * as z from 'zod';
import { SchemeSchema } from './schemeSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a scheme, for other teams' editors and validators. It checks shapes only;
 * {@link parseScheme} also checks references between clauses.
 *
 * @example
 * writeFile('caibian-scheme.schema.json', JSON.stringify(schemeJsonSchema(), null, 2));
 */
export function schemeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SchemeSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: '采编台计分办法（caibian-scheme 第 1 版）' };
}
