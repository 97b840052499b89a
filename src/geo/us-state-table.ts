/**
 * The 50 US states and DC: per FIPS state code (FIPS order, which is alphabetical by name), the USPS
 * code, the English name (as us-atlas and the SPID policy data spell it), the Chinese name (the usual
 * Xinhua transliteration) and the US Census Bureau region. The build of public/data/us-states.json
 * takes what the boundary file does not carry from here (and checks the English names against it);
 * the SPID loader (src/calibration) maps SPID's state names through it.
 * DC (FIPS 11) is in the table because it is in the boundary file: it is drawn as background and is
 * not a locality.
 */

import type { CensusRegion } from '../model/world.ts';

export interface StateRow {
  fips: string;
  usps: string;
  name: string;
  nameZh: string;
  region: CensusRegion;
}

const row = (fips: string, usps: string, name: string, nameZh: string, region: CensusRegion): StateRow => ({ fips, usps, name, nameZh, region });

/** FIPS of the District of Columbia: background, not a locality. */
export const DC_FIPS = '11';

export const STATE_TABLE: readonly StateRow[] = [
  row('01', 'AL', 'Alabama', '亚拉巴马州', 'south'),
  row('02', 'AK', 'Alaska', '阿拉斯加州', 'west'),
  row('04', 'AZ', 'Arizona', '亚利桑那州', 'west'),
  row('05', 'AR', 'Arkansas', '阿肯色州', 'south'),
  row('06', 'CA', 'California', '加利福尼亚州', 'west'),
  row('08', 'CO', 'Colorado', '科罗拉多州', 'west'),
  row('09', 'CT', 'Connecticut', '康涅狄格州', 'northeast'),
  row('10', 'DE', 'Delaware', '特拉华州', 'south'),
  row('11', 'DC', 'District of Columbia', '哥伦比亚特区', 'south'),
  row('12', 'FL', 'Florida', '佛罗里达州', 'south'),
  row('13', 'GA', 'Georgia', '佐治亚州', 'south'),
  row('15', 'HI', 'Hawaii', '夏威夷州', 'west'),
  row('16', 'ID', 'Idaho', '爱达荷州', 'west'),
  row('17', 'IL', 'Illinois', '伊利诺伊州', 'midwest'),
  row('18', 'IN', 'Indiana', '印第安纳州', 'midwest'),
  row('19', 'IA', 'Iowa', '艾奥瓦州', 'midwest'),
  row('20', 'KS', 'Kansas', '堪萨斯州', 'midwest'),
  row('21', 'KY', 'Kentucky', '肯塔基州', 'south'),
  row('22', 'LA', 'Louisiana', '路易斯安那州', 'south'),
  row('23', 'ME', 'Maine', '缅因州', 'northeast'),
  row('24', 'MD', 'Maryland', '马里兰州', 'south'),
  row('25', 'MA', 'Massachusetts', '马萨诸塞州', 'northeast'),
  row('26', 'MI', 'Michigan', '密歇根州', 'midwest'),
  row('27', 'MN', 'Minnesota', '明尼苏达州', 'midwest'),
  row('28', 'MS', 'Mississippi', '密西西比州', 'south'),
  row('29', 'MO', 'Missouri', '密苏里州', 'midwest'),
  row('30', 'MT', 'Montana', '蒙大拿州', 'west'),
  row('31', 'NE', 'Nebraska', '内布拉斯加州', 'midwest'),
  row('32', 'NV', 'Nevada', '内华达州', 'west'),
  row('33', 'NH', 'New Hampshire', '新罕布什尔州', 'northeast'),
  row('34', 'NJ', 'New Jersey', '新泽西州', 'northeast'),
  row('35', 'NM', 'New Mexico', '新墨西哥州', 'west'),
  row('36', 'NY', 'New York', '纽约州', 'northeast'),
  row('37', 'NC', 'North Carolina', '北卡罗来纳州', 'south'),
  row('38', 'ND', 'North Dakota', '北达科他州', 'midwest'),
  row('39', 'OH', 'Ohio', '俄亥俄州', 'midwest'),
  row('40', 'OK', 'Oklahoma', '俄克拉何马州', 'south'),
  row('41', 'OR', 'Oregon', '俄勒冈州', 'west'),
  row('42', 'PA', 'Pennsylvania', '宾夕法尼亚州', 'northeast'),
  row('44', 'RI', 'Rhode Island', '罗得岛州', 'northeast'),
  row('45', 'SC', 'South Carolina', '南卡罗来纳州', 'south'),
  row('46', 'SD', 'South Dakota', '南达科他州', 'midwest'),
  row('47', 'TN', 'Tennessee', '田纳西州', 'south'),
  row('48', 'TX', 'Texas', '得克萨斯州', 'south'),
  row('49', 'UT', 'Utah', '犹他州', 'west'),
  row('50', 'VT', 'Vermont', '佛蒙特州', 'northeast'),
  row('51', 'VA', 'Virginia', '弗吉尼亚州', 'south'),
  row('53', 'WA', 'Washington', '华盛顿州', 'west'),
  row('54', 'WV', 'West Virginia', '西弗吉尼亚州', 'south'),
  row('55', 'WI', 'Wisconsin', '威斯康星州', 'midwest'),
  row('56', 'WY', 'Wyoming', '怀俄明州', 'west'),
];
