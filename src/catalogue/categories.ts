/**
 * The six policy groups of seed 000 (威海市工信局《支持企业“战疫”政策干货汇编（一）》), in its
 * order. Seed 000 assigns every one of its 67 items to one of them; the other four seeds
 * have their own section headings, and each of their items is mapped below to the closest
 * of the six.
 */
export const CATEGORIES = ['社保减免', '税费优惠', '财政扶持', '金融支持', '稳岗就业', '成本降低'] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}

/**
 * Reviewed data: the category of every item of seeds 001–004, keyed by id, with a one-line
 * reason where the choice is not obvious from the item's heading. The build script refuses
 * to run if an item is missing here or an id here names no item.
 *
 * House rule for items that grant nothing countable (services, coordination, enforcement,
 * organisation): seed 000 files such measures under 成本降低 (000#50 contract extension and
 * arrears, 000#55 force-majeure certificates, 000#58 legal aid, 000#61 free cloud services),
 * so they go there too.
 */
export const CATEGORY_BY_ID: Readonly<Record<string, readonly [Category, string?]>> = {
  // 001 聊城 — sections 一、稳定职工队伍 二、减轻企业负担 三、加大金融支持 四、加大政策执行力度
  '001#1': ['稳岗就业', 'lead measure is 稳岗返还 + unemployment benefit (000#42); the deferral part would be 社保减免'],
  '001#2': ['稳岗就业'],
  '001#3': ['税费优惠'],
  '001#4': ['税费优惠'],
  '001#5': ['成本降低', 'rent relief, as 000#49; its incubator subsidy part would be 财政扶持 (000#23)'],
  '001#6': ['成本降低', 'testing fees waived, as 000#63 减收技术服务费'],
  '001#7': ['金融支持'],
  '001#8': ['金融支持'],
  '001#9': ['金融支持'],
  '001#10': ['金融支持'],
  '001#11': ['金融支持', 'loan risk compensation, as 000#38'],
  '001#12': ['金融支持', 'emergency bridge loans, as 000#37'],
  '001#13': ['财政扶持', 'speeding up payment of budgeted fiscal support funds'],
  '001#14': ['成本降低', 'green channel for transport (cf. 000#52) and lighter enforcement; house rule'],
  '001#15': ['成本降低', 'clearing arrears owed to SMEs, as in 000#50'],
  '001#16': ['成本降低', 'legal aid for trade disputes, as 000#58'],

  // 002 青岛 — sections 一、稳定职工队伍 二、减轻企业负担 三、加大金融支持 四、完善政策执行
  '002#1': ['稳岗就业', 'stability refund, as 000#42'],
  '002#2': ['社保减免', 'social-insurance deferral (as 000#2) although filed under 稳定职工队伍'],
  '002#3': ['稳岗就业'],
  '002#4': ['税费优惠'],
  '002#5': ['税费优惠'],
  '002#6': ['税费优惠', 'VAT credit refunds and equipment tax refunds'],
  '002#7': ['成本降低', 'rent relief, as 000#49'],
  '002#8': ['金融支持'],
  '002#9': ['金融支持'],
  '002#10': ['金融支持'],
  '002#11': ['金融支持', 'credit enhancement: loan risk compensation and guarantee subsidies'],
  '002#12': ['金融支持', 'guarantee fees and leasing by local financial institutions'],
  '002#13': ['财政扶持', 'speeding up payment of budgeted fiscal support funds'],
  '002#14': ['成本降低', 'lighter enforcement; house rule'],
  '002#15': ['成本降低', 'help desk for resumption problems; house rule'],
  '002#16': ['成本降低', 'clearing arrears owed to SMEs, as in 000#50'],
  '002#17': ['成本降低', 'legal aid for trade disputes, as 000#58'],
  '002#18': ['财政扶持', 'sector-specific targeted support (一业一策精准扶持); no amount'],

  // 003 山东省工信厅 鲁工信发〔2020〕1号 — ten numbered measures, no sections
  '003#1': ['金融支持', 'loan risk compensation, as 000#38'],
  '003#2': ['金融支持', 'emergency bridge loans, as 000#37'],
  '003#3': ['金融支持'],
  '003#4': ['金融支持', 'guarantee fees; the same text as 000#39'],
  '003#5': ['财政扶持', 'loan interest subsidy from the provincial budget, as 000#24'],
  '003#6': ['财政扶持', 'fiscal rewards for high-growth firms'],
  '003#7': ['财政扶持', 'support for epidemic-related innovation, as 000#20'],
  '003#8': ['成本降低', 'coordinating resumption and digitalisation; house rule'],
  '003#9': ['成本降低', 'public service platforms and legal aid; house rule'],
  '003#10': ['成本降低', 'monitoring and force-majeure certificates, as 000#55'],

  // 004 济宁 — sections 一、分区分类推动复工复产 二、全力帮助企业纾难解困 三、全面加强服务保障 四、切实加强组织领导
  '004#1': ['成本降低', 'resumption by risk zone; organisational, house rule'],
  '004#2': ['成本降低', 'resumption by industry; organisational, house rule'],
  '004#3': ['稳岗就业', 'staffing: hiring subsidy 1,000 and referral subsidy 120, as 000#41/000#45'],
  '004#4': ['成本降低', 'supply-chain matching; house rule'],
  '004#5': ['成本降低', 'logistics green channel, as 000#52 降低企业物流成本'],
  '004#6': ['成本降低', 'market and e-commerce support, as 000#56'],
  '004#7': ['金融支持'],
  '004#8': ['成本降低', 'allocation of epidemic-prevention supplies; house rule'],
  '004#9': ['成本降低', 'policy publicity; house rule'],
  '004#10': ['成本降低', 'legal services and force-majeure certificates, as 000#55/000#58'],
  '004#11': ['成本降低', 'free online tools and cloud services, as 000#61'],
  '004#12': ['成本降低', 'online government services; house rule'],
  '004#13': ['成本降低', 'faster licensing; house rule'],
  '004#14': ['成本降低', 'trade associations; house rule'],
  '004#15': ['成本降低', 'local government responsibility; organisational, house rule'],
  '004#16': ['成本降低', "enterprises' own epidemic duties; organisational, house rule"],
  '004#17': ['成本降低', 'grid management; organisational, house rule'],
  '004#18': ['成本降低', 'complaint channels; house rule'],
  '004#19': ['成本降低', 'monitoring; organisational, house rule'],
  '004#20': ['成本降低', 'inspection; organisational, house rule'],
};
