import { type Problem, problemsFromZod, zodChinese } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import { type Amount, type Scheme, SchemeSchema } from './schemeSchema.ts';
import { upgradeScheme } from './upgradeScheme.ts';

type Path = (string | number)[];

/**
 * Validates a scheme (JSON from a file, a preset or another system), upgrading older versions first. Returns
 * every problem with its JSON path and a Chinese message; never throws.
 *
 * @example
 * const r = parseScheme(JSON.parse(text));
 * if (!r.ok) for (const p of r.problems) console.error(formatProblem(p));
 */
export function parseScheme(json: unknown): Result<Scheme, Problem> {
  const upgraded = upgradeScheme(json);
  if (!upgraded.ok) return upgraded;
  const parsed = SchemeSchema.safeParse(upgraded.value, zodChinese);
  if (!parsed.success) return fail(problemsFromZod(parsed.error));
  const problems = checkScheme(parsed.data);
  return problems.length > 0 ? fail(problems) : ok(parsed.data);
}

/** Problems zod cannot see: duplicate clause ids, unknown rule or parameter references, reversed dates. */
export function checkScheme(scheme: Scheme): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const declare = (id: string, path: Path) => {
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ code: 'duplicate_id', message: `条款编号“${id}”重复（已用于 ${first}）`, path: [...path, 'id'] });
    } else seen.set(id, path.join('.'));
  };
  const adoptionRules = new Set<string>();
  scheme.adoptions?.rules.forEach((r, i) => {
    declare(r.id, ['adoptions', 'rules', i]);
    adoptionRules.add(r.id);
  });
  const sections: [string, readonly { id: string }[] | undefined][] = [
    ['adoptions.multipliers', scheme.adoptions?.multipliers],
    ['routes', scheme.routes],
    ['unadopted', scheme.unadopted],
    ['instructions.rules', scheme.instructions?.rules],
    ['attachments.rules', scheme.attachments?.rules],
    ['quotas', scheme.quotas],
    ['penalties', scheme.penalties],
    ['tieBreaks', scheme.tieBreaks],
  ];
  for (const [name, rules] of sections) {
    rules?.forEach((r, i) => {
      declare(r.id, [...name.split('.'), i]);
    });
  }
  const refer = (ids: readonly string[] | undefined, path: Path) => {
    ids?.forEach((id, i) => {
      if (!adoptionRules.has(id)) {
        problems.push({ code: 'unknown_rule', message: `采用条款“${id}”不存在`, path: [...path, i] });
      }
    });
  };
  scheme.adoptions?.multipliers?.forEach((m, i) => {
    refer(m.rules, ['adoptions', 'multipliers', i, 'rules']);
  });
  refer(scheme.aggregation?.scoredItems?.rules, ['aggregation', 'scoredItems', 'rules']);
  scheme.tieBreaks?.forEach((t, i) => {
    if (t.type === 'adoptionCount') refer(t.rules, ['tieBreaks', i, 'rules']);
  });
  checkParameters(scheme, problems);
  const { from, to } = scheme.effective ?? {};
  if (from !== undefined && to !== undefined && from > to) {
    problems.push({ code: 'invalid_range', message: '生效日期的起始日期晚于截止日期', path: ['effective', 'to'] });
  }
  return problems;
}

function checkParameters(scheme: Scheme, problems: Problem[]): void {
  const declared = new Set(Object.keys(scheme.parameters ?? {}));
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, [...path, i]);
      });
    } else if (typeof value === 'object' && value !== null) {
      const param = (value as Partial<Extract<Amount, object>>).param;
      if (typeof param === 'string' && Object.keys(value).length === 1) {
        if (!declared.has(param)) {
          problems.push({ code: 'unknown_parameter', message: `参数“${param}”未在 parameters 中声明`, path });
        }
        return;
      }
      for (const [key, v] of Object.entries(value)) {
        visit(v, [...path, key]);
      }
    }
  };
  visit(scheme, []);
  const groups = new Set<string>();
  scheme.groups?.forEach((g, i) => {
    if (groups.has(g.name)) {
      problems.push({ code: 'duplicate_id', message: `分组“${g.name}”重复`, path: ['groups', i, 'name'] });
    }
    groups.add(g.name);
    for (const key of Object.keys(g.parameters ?? {})) {
      if (!declared.has(key)) {
        problems.push({
          code: 'unknown_parameter',
          message: `参数“${key}”未在 parameters 中声明`,
          path: ['groups', i, 'parameters', key],
        });
      }
    }
  });
}
