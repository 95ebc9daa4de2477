/** The policy browser's filters (src/taskpane/policies/search.ts) over the real catalogue. */
import { policiesFor, policyById } from '../../src/catalogue/catalogue';
import { CATEGORIES } from '../../src/catalogue/categories';
import { policyRecords } from '../../src/catalogue/records';
import { aimedAtSmes, namesLarge, queryTerms, searchPolicies } from '../../src/taskpane/policies/search';

const all = policyRecords();
const ids = (q: Parameters<typeof searchPolicies>[1]) => searchPolicies(all, q).map((r) => r.id);

test('no filter: the whole catalogue, in catalogue order', () => {
  expect(ids({})).toEqual(all.map((r) => r.id));
});

test('keyword matches title/keyword and clause text: 房租 finds the three rent-relief clauses', () => {
  expect(ids({ text: '房租' })).toEqual(['000#49', '001#5', '002#7']);
});

test('keyword matches document numbers (文号), full-width or not, and ids in any spelling', () => {
  const byDoc = ids({ text: '威政办发〔2020〕3号' });
  expect(byDoc).toContain('000#49');
  for (const id of byDoc) expect(policyById(id)!.documents.join('')).toContain('威政办发〔2020〕3号');
  expect(ids({ text: '000-49' })).toEqual(['000#49']);
  expect(ids({ text: '000#49' })).toEqual(['000#49']);
});

test('keyword matches the functions that compute a clause', () => {
  expect(ids({ text: 'STEAMBILL' })).toEqual(['000#67']);
  expect(ids({ text: 'steambill' })).toEqual(['000#67']);
});

test('several words must all match', () => {
  expect(ids({ text: '房租 聊城' })).toEqual(['001#5']);
  expect(ids({ text: '房租 热汽' })).toEqual([]);
  expect(ids({ text: '房租 国有' }).length).toBeGreaterThan(0);
  expect(queryTerms(' a，b ;c ')).toEqual(['a', 'b', 'c']);
});

test('region: exactly the applies-to set of policiesFor', () => {
  for (const region of ['weihai', 'liaocheng', 'qingdao', 'jining', 'shandong'] as const) {
    expect(ids({ region })).toEqual(policiesFor(region).map((r) => r.id));
  }
  expect(ids({ region: 'liaocheng', text: '房租' })).toEqual(['001#5']);
});

test('category: one of the six groups', () => {
  let total = 0;
  for (const category of CATEGORIES) {
    const found = searchPolicies(all, { category });
    expect(found.every((r) => r.category === category)).toBe(true);
    total += found.length;
  }
  expect(total).toBe(all.length);
});

test('size: "large" hides clauses aimed at SMEs unless they also name large enterprises; "sme" keeps all', () => {
  const large = searchPolicies(all, { size: 'large' });
  expect(large.length).toBeLessThan(all.length);
  expect(large.every((r) => !aimedAtSmes(r) || namesLarge(r))).toBe(true);
  expect(large.map((r) => r.id)).toContain('000#1'); // 五免三减半: large enterprises get the 减半
  expect(large.map((r) => r.id)).not.toContain('000#49'); // 减免中小企业房租
  expect(ids({ size: 'sme' })).toEqual(all.map((r) => r.id));
});
