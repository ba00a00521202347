import fc from 'fast-check';
import type { IsoDate } from '../../model/date.ts';
import { type RecordSet, RecordSetSchema } from '../../model/records.ts';
import {
  ADOPTION_FORMS,
  ATTACHMENT_KINDS,
  CATEGORIES,
  LEADER_CATEGORIES,
  LEADER_RANKS,
  LEVELS,
  PENALTY_KINDS,
  ROUTE_KINDS,
} from '../../model/vocabulary.ts';
import type { CellValue, WorkbookSheets } from '../cells.ts';
import { RECORDS_WORKBOOK, SHEET_KEYS, sheetHeaders } from '../sheets.ts';

const NAME_CHARS = [...'甲乙丙丁县市区局办公室科abcXYZ0123 -=+@\'"“”《》（）()'];
/** Text with no leading or trailing space and none of the separators of several values. */
export const nameArb = fc
  .array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 8 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s !== '');
/** Free text: may hold separators and line breaks inside. */
export const textArb = fc
  .array(fc.constantFrom(...NAME_CHARS, '、', '，', ',', ';', '\n', '。'), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s !== '');

export const dateArb = fc
  .date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const omitUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * A record set the records workbook can hold exactly: every item has a route, routes listed item by item,
 * unit ids equal to their names, and only the fields the workbook has columns for.
 */
export const workbookRecordsArb: fc.Arbitrary<RecordSet> = fc
  .uniqueArray(nameArb, { minLength: 1, maxLength: 5 })
  .chain((unitNames) =>
    fc
      .record({
        units: fc.tuple(
          ...unitNames.map((name, i) =>
            fc
              .record({
                group: maybe(nameArb),
                class: maybe(nameArb),
                parent: i === 0 ? fc.constant(undefined) : maybe(fc.integer({ min: 0, max: i - 1 })),
              })
              .map((u) =>
                omitUndefined({
                  id: name,
                  name,
                  group: u.group,
                  class: u.class,
                  parentId: u.parent === undefined ? undefined : unitNames[u.parent],
                }),
              ),
          ),
        ),
        items: fc.uniqueArray(
          fc.record({
            id: nameArb,
            title: textArb,
            units: fc.shuffledSubarray(unitNames, { minLength: 1 }),
            category: maybe(pick(CATEGORIES)),
            attachments: fc.shuffledSubarray([...ATTACHMENT_KINDS]),
            routes: fc.array(fc.record({ level: pick(LEVELS), kind: pick(ROUTE_KINDS), date: dateArb }), {
              minLength: 1,
              maxLength: 3,
            }),
          }),
          { minLength: 1, maxLength: 6, selector: (i) => i.id },
        ),
      })
      .chain(({ units, items }) => {
        const ids = items.map((i) => i.id);
        return fc.record({
          units: fc.constant(units),
          items: fc.constant(items),
          adoptions: fc.array(
            fc
              .record({
                itemId: pick(ids),
                level: pick(LEVELS),
                publication: nameArb,
                form: maybe(pick(ADOPTION_FORMS)),
                date: dateArb,
                issue: maybe(nameArb),
              })
              .map(omitUndefined),
            { maxLength: 4 },
          ),
          instructions: fc.array(
            fc
              .record({
                itemId: pick(ids),
                leader: maybe(nameArb),
                rank: pick(LEADER_RANKS),
                category: pick(LEADER_CATEGORIES),
                date: dateArb,
                publication: maybe(textArb),
              })
              .map(omitUndefined),
            { maxLength: 3 },
          ),
          penalties: fc.array(
            fc
              .record({
                unitId: pick(unitNames),
                kind: pick(PENALTY_KINDS),
                date: dateArb,
                itemId: maybe(pick(ids)),
                note: maybe(textArb),
              })
              .map(omitUndefined),
            { maxLength: 3 },
          ),
        });
      }),
  )
  .map((r) =>
    RecordSetSchema.parse({
      version: 1,
      units: r.units,
      items: r.items.map((i) =>
        omitUndefined({
          id: i.id,
          title: i.title,
          units: i.units.map((unitId) => ({ unitId })),
          category: i.category,
          attachments: i.attachments.map((kind) => ({ kind })),
        }),
      ),
      routes: r.items.flatMap((i) => i.routes.map((route) => ({ itemId: i.id, ...route }))),
      adoptions: r.adoptions,
      instructions: r.instructions,
      penalties: r.penalties,
    }),
  );

/** Cells a careless or hostile workbook may hold: headers, terms, dates, numbers, junk. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  pick(SHEET_KEYS.flatMap(sheetHeaders)),
  pick([
    ...LEVELS,
    ...ROUTE_KINDS,
    ...CATEGORIES,
    ...LEADER_CATEGORIES,
    ...PENALTY_KINDS,
    '市级',
    '甲县',
    '乙县',
    'A1',
    'A2',
  ]),
  pick(['2024-03-05', '2024/3/5', '2024年2月30日', '昨天', '', '  ', '甲县、乙县', '=1+1']),
  fc.string({ maxLength: 6 }),
  fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN), fc.constant(45356)),
  fc.boolean(),
);
const rowsArb = fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 8 });
const validHeaderRowsArb = fc
  .constantFrom(...SHEET_KEYS)
  .chain((key) => fc.tuple(fc.constant(RECORDS_WORKBOOK[key].name), fc.shuffledSubarray(sheetHeaders(key)), rowsArb))
  .map(([name, header, rows]) => ({ name, rows: [header, ...rows] }));

/** Random workbooks: known and unknown sheet names, headers mostly right, rows mostly wrong. */
export const randomWorkbookArb: fc.Arbitrary<WorkbookSheets> = fc.record({
  file: fc.constant('随机.xlsx'),
  sheets: fc.array(
    fc.oneof(
      validHeaderRowsArb,
      fc.record({ name: fc.oneof(pick(['单位', '报送', '采用', ' 批示', '扣分']), fc.string()), rows: rowsArb }),
    ),
    { maxLength: 6 },
  ),
});
