/**
 * Reviewed data: which SUBSIDY functions compute an amount under which seed clause.
 *
 * Transcribed from the `source` column of the function contract (FUNCTIONS.md), one line per
 * function in the contract's order, so the two can be compared line by line. Only seed
 * clauses (`NNN#item`) are listed; external rules in that column (财税〔2015〕72号 …) are
 * not catalogue items. ENTSIZE (the SME test of the 001/002 closing paragraphs, not of a
 * numbered item), POLICY, POLICIES and EXPLAIN are about the catalogue as a whole and name
 * no item. Items no function computes (deferrals, green channels, services) get [].
 */
export const SOURCES_BY_FUNCTION: Readonly<Record<string, readonly string[]>> = {
  // Social insurance and payroll
  SOCINSWAIVE: ['000#1', '000#10'],
  MEDINSCUT: ['000#4'],
  HOUSINGFUNDSAVING: ['000#6'],
  LATEFEEWAIVED: ['000#2', '000#5', '001#1'],
  STABILITYREFUND: ['000#42', '001#1', '002#1'],
  DISABLEDLEVY: ['000#18'],
  // Employment subsidies
  HIRESUBSIDY: ['000#41', '004#3'],
  SPRINGWORKSUBSIDY: ['000#41'],
  STAFFSUBSIDY: ['000#26'],
  WORKTRAINSUBSIDY: ['000#29'],
  ONLINETRAINSUBSIDY: ['000#28'],
  REFERRALSUBSIDY: ['004#3'],
  INTERNSUBSIDY: ['000#47'],
  UNEMPBENEFIT: ['000#42', '001#1'],
  // Rent
  RENTRELIEF: ['000#49', '001#5', '002#7'],
  RENTSCHEDULE: ['000#49', '001#5', '002#7'],
  INCUBATORSUBSIDY: ['000#23', '001#5'],
  // Finance
  LOANSUBSIDY: ['000#24', '003#5'],
  IMPORTINTEREST: ['000#22'],
  BRIDGEFEE: ['000#37', '003#2', '004#7'],
  BRIDGESAVING: ['000#37'],
  RISKCOMP: ['000#38', '001#11', '003#1'],
  STARTUPLOANMAX: ['000#40'],
  LOGISTICSSUBSIDY: ['000#21'],
  // Utilities
  STEAMPRICE: ['000#67'],
  STEAMBILL: ['000#67'],
  STEAMRELIEF: ['000#67'],
  POWERRELIEF: ['000#64'],
  TRANSFERPOWERREFUND: ['000#64'],
  DEMANDRELIEF: ['000#53'],
  WATERRELIEF: ['000#59'],
  GASRELIEF: ['000#60'],
  // Tax and fees
  TECHTRANSFERTAX: ['000#15'],
  LOSSCARRYEND: ['000#14', '000#15'],
  DEPOSITREFUND: ['000#62'],
  FEEDISCOUNT: ['000#63'],
};

/** The same mapping keyed by policy id: function names in the contract's order. */
export const FUNCTIONS_BY_POLICY: Readonly<Record<string, readonly string[]>> = (() => {
  const out: Record<string, string[]> = {};
  for (const [fn, ids] of Object.entries(SOURCES_BY_FUNCTION)) {
    for (const id of ids) (out[id] ??= []).push(fn);
  }
  return out;
})();

/** Functions that name no catalogue item, by design (see above). */
export const CATALOGUE_WIDE_FUNCTIONS: readonly string[] = ['ENTSIZE', 'POLICY', 'POLICIES', 'EXPLAIN'];
