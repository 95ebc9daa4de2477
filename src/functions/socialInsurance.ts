import { money, month, rate } from '../engine/args';
import { isSme, size } from '../engine/codes';
import { firstDayOfMonth, isoMonth } from '../engine/dates';
import { percentText, ZERO } from '../engine/money';
import { entryOn } from '../engine/provenance';
import { defineFunction, optional, required } from '../registry/define';
import {
  LARGE_HALVING,
  LARGE_HALVING_SOURCE,
  PENSION_RATE,
  SME_WAIVER,
  SME_WAIVER_SOURCE,
  UNEMPLOYMENT_RATE,
} from '../rates/socialInsurance';

const BASE = { zh: '该职工当月社保缴费基数（元）', en: "the employee's contribution base for the month (yuan)" };

export const SOCINSWAIVE = defineFunction({
  name: 'SOCINSWAIVE',
  group: 'social',
  description: {
    zh: '一名职工一个月的养老、失业、工伤三项社保单位缴费免征（减征）额：中小微企业 2020年2—6月全免，大型企业 2020年2—4月减半。',
    en: "Employer pension + unemployment + work-injury contributions waived for one employee-month: in full for SMEs in 2020-02…06, half for large enterprises in 2020-02…04.",
  },
  returns: { zh: '免征额（元）', en: 'amount waived (yuan)' },
  result: 'money',
  args: [
    required('base', money, BASE),
    required('size', size, { zh: '企业规模（可用 ENTSIZE 的结果）', en: 'enterprise size (ENTSIZE output accepted)' }),
    required('month', month, { zh: '缴费所属月份', en: 'the month the contribution is for' }),
    required('injuryRate', rate, { zh: '工伤保险单位费率，如 0.5%', en: 'employer work-injury rate, e.g. 0.5%' }),
    optional('pensionRate', rate, { zh: '养老保险单位费率，默认 16%', en: 'employer pension rate, default 16%' }),
    optional('unemploymentRate', rate, { zh: '失业保险单位费率，默认 0.7%', en: 'employer unemployment rate, default 0.7%' }),
  ],
  sources: ['000#1', '000#10'],
  example: [9000, 'small', '2020-03', 0.005],
  compute([base, sz, m, injury, pension, unemployment], t) {
    const p = pension ?? t.rate(PENSION_RATE, percentText(PENSION_RATE.value));
    const u = unemployment ?? t.rate(UNEMPLOYMENT_RATE, percentText(UNEMPLOYMENT_RATE.value));
    const combined = t.calc(
      { zh: '三项单位费率合计', en: 'combined employer rate' },
      p.plus(u).plus(injury),
      { zh: `养老 ${percentText(p)} + 失业 ${percentText(u)} + 工伤 ${percentText(injury)}`, en: `pension ${percentText(p)} + unemployment ${percentText(u)} + injury ${percentText(injury)}` },
    );
    const sme = isSme(sz);
    const share = entryOn(sme ? SME_WAIVER : LARGE_HALVING, firstDayOfMonth(m));
    if (!share) {
      t.because(
        { zh: '不在减免期内', en: 'outside the relief window' },
        sme
          ? { zh: `${isoMonth(m)} 不在中小微企业免征期 2020-02 至 2020-06 内`, en: `${isoMonth(m)} is outside the SME waiver window 2020-02 to 2020-06` }
          : { zh: `${isoMonth(m)} 不在大型企业减半期 2020-02 至 2020-04 内`, en: `${isoMonth(m)} is outside the large-enterprise window 2020-02 to 2020-04` },
        sme ? SME_WAIVER_SOURCE : LARGE_HALVING_SOURCE,
      );
      return ZERO;
    }
    const contribution = t.calc(
      { zh: '三项社保单位应缴额', en: 'employer contributions due' },
      base.times(combined),
      { zh: '缴费基数 × 费率合计', en: 'base × combined rate' },
    );
    const shareValue = t.rate(share, percentText(share.value));
    return t.calc(
      { zh: '免征（减征）额', en: 'amount waived' },
      contribution.times(shareValue),
      { zh: `应缴额 × ${percentText(shareValue)}`, en: `contributions × ${percentText(shareValue)}` },
    );
  },
});

export const SOCIAL_INSURANCE_FUNCTIONS = [SOCINSWAIVE];
