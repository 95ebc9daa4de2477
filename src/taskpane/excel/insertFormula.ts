/**
 * The calculator's "insert formula": writes `=SUBSIDY.NAME(...)` into the top-left cell of the
 * selection through range.formulas (ExcelApi 1.1), so Excel binds it to the running add-in.
 * A table result spills from that cell by itself.
 */
export async function insertFormula(context: Excel.RequestContext, formula: string): Promise<string> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.formulas = [[formula]];
  cell.load('address');
  await context.sync();
  return cell.address;
}
