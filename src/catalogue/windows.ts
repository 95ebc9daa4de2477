/**
 * Reviewed data: the effective window of each catalogue item whose clause itself states
 * dates. ISO dates, both ends inclusive; an end the clause does not state is left out,
 * never guessed.
 *
 * Seeds 001 (聊城) and 002 (青岛) are not listed here: their closing paragraph puts every
 * item in force "自发布之日起执行至2020年6月30日", and the build script reads that end date,
 * and the start from the signature date (001: 2020年2月7日; 002 prints no date, so its
 * items get only `to`), from the seed itself.
 *
 * Rules applied below:
 * - a window bounds when the measure applies: administrative deadlines (000#11 refunds by
 *   2020-09-30, 000#62 insurance bought before 1月24日), eligibility years (000#24 "2020年
 *   新增的贷款") and deferral targets (000#34 and 004#7 "付息可延期到6月30日") are not windows;
 * - when a clause holds several measures and only some are dated, it gets no window unless
 *   the dated one is the item's headline (000#6 housing-fund deferral "6月底前", 000#12–#14
 *   "自2020年1月1日起" parts, 004#3 hiring subsidy "2020年2月10日起一个月内" among ten other
 *   staffing measures: no window);
 * - a window derived from a start plus a stated duration is written out (000#26, 000#41,
 *   000#49), and the reason says so.
 *
 * `quotes` are the clause's own words; the build script checks each stands in the item's text.
 */
export interface WindowEntry {
  from?: string;
  to?: string;
  quotes: readonly string[];
  reason?: string;
}

export const WINDOWS: Readonly<Record<string, WindowEntry>> = {
  '000#1': {
    from: '2020-02-01',
    quotes: ['自2020年2月起'],
    reason: 'the waivers start in February 2020; their end is a duration (≤ 5 / ≤ 3 months), not a date',
  },
  '000#3': {
    to: '2021-04-30',
    quotes: ['2020年4月30日到期后再延长1年'],
    reason: 'the reduced rates ran to 2020-04-30 and are extended by one year; the start is not stated',
  },
  '000#4': { from: '2020-03-01', to: '2020-12-31', quotes: ['自2020年3月1日至12月31日'] },
  '000#18': {
    from: '2020-01-01',
    to: '2022-12-31',
    quotes: ['自2020年1月1日至2022年12月31日'],
    reason: 'the graded levy and the exemption for ≤ 30 staff (the headline); the hardship application has no dates',
  },
  '000#26': {
    from: '2020-02-01',
    to: '2020-04-30',
    quotes: ['自2020年2月起，连续补3个月'],
    reason: 'three consecutive months from February 2020',
  },
  '000#32': {
    from: '2020-02-01',
    to: '2020-06-30',
    quotes: ['在2020年2月至6月期间到期的', '自动延长至2020年6月30日'],
  },
  '000#41': {
    to: '2020-03-09',
    quotes: ['截至2020年2月9日', '2020年2月10日起一个月内'],
    reason:
      'spring-festival work up to 2020-02-09 (start not stated) and hires within one month from 2020-02-10, i.e. to 2020-03-09 as HIRESUBSIDY reads it',
  },
  '000#43': {
    to: '2020-06-30',
    quotes: ['可阶段性延长至2020年6月30日'],
    reason: 'subsidies expiring after 2月4日 are extended to 2020-06-30',
  },
  '000#49': {
    from: '2020-01-01',
    to: '2020-06-30',
    quotes: ['自2020年1月起', '2个月租金免收、4个月租金减半'],
    reason:
      'relief months counted from January 2020: 两免两减半 ends 2020-04-30, 两免四减半 ends 2020-06-30 (the longer scheme bounds the window)',
  },
  '000#59': { from: '2020-02-01', to: '2020-04-30', quotes: ['2020年2、3、4月份'] },
  '000#64': {
    from: '2020-02-01',
    to: '2020-06-30',
    quotes: ['2020年2月1日-6月30日', '3月1日-6月30日'],
    reason: 'the 95% tariff 2020-02-01…06-30; the transfer-supply cap 03-01…06-30 (with refunds for February) lies inside it',
  },
  '000#67': { from: '2020-02-01', quotes: ['市区自2020年2月1日起'] },
  '003#1': {
    from: '2020-01-01',
    quotes: ['自 2020 年 1 月 1 日起至疫情防控期间发生的贷款项目'],
    reason: 'loans from 2020-01-01; the end ("疫情防控期间") has no date',
  },
  '003#5': {
    from: '2020-01-01',
    to: '2020-05-31',
    quotes: ['2020年1月1日后疫情防控期内新生效的贷款合同', '于5月31日前报省工信厅、省财政厅'],
    reason: 'loan contracts effective from 2020-01-01; applications reach the province by 5月31日 of the document’s year 2020',
  },
};
