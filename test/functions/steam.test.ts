import { calc, calcError, explain, hfValue } from '../helpers';

// 000#67 (威发改发〔2020〕56号): from 2020-02-01 0.7 MPa 177→168, 1.1 MPa 195→186,
// 1.3 MPa 197.5→188.5, 2.4 MPa 210.6→201.6; tons after 2020-02-01 = daily average × days.
describe('STEAMPRICE', () => {
  test('0.7 MPa on 2020-03-01 is the new 168', () => {
    expect(calc('STEAMPRICE', 0.7, '2020-03-01')).toBe(168);
  });

  test('the switch day: 2020-01-31 old 177, 2020-02-01 new 168', () => {
    expect(calc('STEAMPRICE', 0.7, '2020-01-31')).toBe(177);
    expect(calc('STEAMPRICE', 0.7, '2020-02-01')).toBe(168);
  });

  test('every grade, old and new', () => {
    expect(calc('STEAMPRICE', 1.1, '2020-01-15')).toBe(195);
    expect(calc('STEAMPRICE', 1.1, '2020-02-15')).toBe(186);
    expect(calc('STEAMPRICE', 1.3, '2020-01-15')).toBe(197.5);
    expect(calc('STEAMPRICE', 1.3, '2020-02-15')).toBe(188.5);
    expect(calc('STEAMPRICE', 2.4, '2020-01-15')).toBe(210.6);
    expect(calc('STEAMPRICE', 2.4, '2020-02-15')).toBe(201.6);
  });

  test('no date is the current price; pressure as text like "1.3MPa" or "2.4 MPa"', () => {
    expect(calc('STEAMPRICE', 0.7)).toBe(168);
    expect(calc('STEAMPRICE', '1.3MPa')).toBe(188.5);
    expect(calc('STEAMPRICE', '2.4 Mpa', 43861)).toBe(210.6); // serial 43861 = 2020-01-31
  });

  test('an unpriced pressure is #N/A listing the priced ones', () => {
    const e = calcError('STEAMPRICE', 0.9);
    expect(e).toMatchObject({ code: '#N/A', arg: 'pressure' });
    expect(e.message).toContain('0.7MPa、1.1MPa、1.3MPa、2.4MPa');
  });

  test('bad inputs name the argument', () => {
    expect(calcError('STEAMPRICE', -0.7)).toMatchObject({ code: '#NUM!', arg: 'pressure' });
    expect(calcError('STEAMPRICE', 'high')).toMatchObject({ code: '#VALUE!', arg: 'pressure' });
    expect(calcError('STEAMPRICE', true)).toMatchObject({ code: '#VALUE!', arg: 'pressure' });
    expect(calcError('STEAMPRICE', 0.7, '2020-02')).toMatchObject({ code: '#VALUE!', arg: 'date' });
    expect(calcError('STEAMPRICE', 0.7, '2020-02-30')).toMatchObject({ code: '#VALUE!', arg: 'date' });
  });

  test('through HyperFormula: =SUBSIDY.STEAMPRICE(0.7,"2020-03-01") = 168', () => {
    expect(hfValue('=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")')).toBe(168);
  });
});

describe('STEAMBILL and STEAMRELIEF', () => {
  test('2020-01-15…02-14: 30 days of 10 t; 13 days (Feb 1–13) at 168 = 130 t, 170 t at 177 → 21,840 + 30,090 = 51,930', () => {
    expect(calc('STEAMBILL', 0.7, 300, '2020-01-15', '2020-02-14')).toBe(51930);
  });

  test('the saving on that bill: 130 t × (177 − 168) = 1,170', () => {
    expect(calc('STEAMRELIEF', 0.7, 300, '2020-01-15', '2020-02-14')).toBe(1170);
  });

  test('a period wholly before 2020-02-01 (Jan 1–31, end not counted): 310 t × 177 = 54,870, saving 0', () => {
    expect(calc('STEAMBILL', 0.7, 310, '2020-01-01', '2020-02-01')).toBe(54870);
    expect(calc('STEAMRELIEF', 0.7, 310, '2020-01-01', '2020-02-01')).toBe(0);
  });

  test('a period wholly after: 100 t of 1.3 MPa × 188.5 = 18,850, saving 100 × 9 = 900', () => {
    expect(calc('STEAMBILL', 1.3, 100, '2020-02-01', '2020-03-01')).toBe(18850);
    expect(calc('STEAMRELIEF', 1.3, 100, '2020-02-01', '2020-03-01')).toBe(900);
  });

  test('one day at the new price: 2020-01-02…02-02 is 31 days of 1 t; 30 t × 177 + 1 t × 168 = 5,478', () => {
    expect(calc('STEAMBILL', 0.7, 31, '2020-01-02', '2020-02-02')).toBe(5478);
  });

  test('the division comes last: 10 t over 7 days (3 old, 4 new) = 10 × (3×177 + 4×168) / 7 = 12,030 / 7 = 1,718.571… → 1,718.57', () => {
    expect(calc('STEAMBILL', 0.7, 10, '2020-01-29', '2020-02-05')).toBe(1718.57);
    // saving = 10 × 4/7 × 9 = 360/7 = 51.428… → 51.43
    expect(calc('STEAMRELIEF', 0.7, 10, '2020-01-29', '2020-02-05')).toBe(51.43);
  });

  test('bad periods: end equal to or before start is #NUM! naming readEnd', () => {
    expect(calcError('STEAMBILL', 0.7, 300, '2020-02-14', '2020-02-14')).toMatchObject({ code: '#NUM!', arg: 'readEnd' });
    expect(calcError('STEAMBILL', 0.7, 300, '2020-02-14', '2020-01-15')).toMatchObject({ code: '#NUM!', arg: 'readEnd' });
    expect(calcError('STEAMRELIEF', 0.7, -5, '2020-01-15', '2020-02-14')).toMatchObject({ code: '#NUM!', arg: 'tons' });
  });

  test('the explanation shows 30 days, 130 t at 168 and 170 t at 177, citing 000#67', () => {
    const { steps } = explain('STEAMBILL', 0.7, 300, '2020-01-15', '2020-02-14');
    expect(steps.find((s) => s.step.en === 'days in the reading period')?.value).toBe(30);
    expect(steps.find((s) => s.step.en === 'tons billed at 168 yuan/t')?.value).toBe(130);
    expect(steps.find((s) => s.step.en === 'tons billed at 177 yuan/t')?.value).toBe(170);
    expect(steps.some((s) => s.citation.startsWith('000#67 威发改发〔2020〕56号'))).toBe(true);
  });

  test('through HyperFormula: =SUBSIDY.STEAMBILL(0.7,300,"2020-01-15","2020-02-14") = 51,930', () => {
    expect(hfValue('=SUBSIDY.STEAMBILL(0.7,300,"2020-01-15","2020-02-14")')).toBe(51930);
    expect(hfValue('=SUBSIDY.STEAMRELIEF(0.7,300,DATE(2020,1,15),DATE(2020,2,14))')).toBe(1170);
  });
});
