import { afterEach, describe, expect, it } from 'vitest';
import { MilestoneCaptionController } from '../../src/ui/app/MilestoneCaptionController.ts';
import type { SimulationController } from '../../src/ui/controllers/SimulationController.ts';
import type { RunInfo, TimelineEvent } from '../../src/service/types.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';

// The caption's "where", from the localities an event applies to: the provinces named (most
// localities first, at most three), the rest counted; nationwide when it applies everywhere.

const provinces = ['浙江省/Zhejiang', '福建省/Fujian', '江苏省/Jiangsu', '安徽省/Anhui', '江西省/Jiangxi'].map((p, i) => {
  const [name, nameEn] = p.split('/');
  return { code: String(33 + i), name, nameEn, region: 0 };
});
// 5 provinces with 5, 4, 3, 2, 1 localities
const province = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4]);

function captionOf(events: TimelineEvent[], worldKind: RunInfo['worldKind'] = 'china'): MilestoneCaptionController {
  const info = { events, provinces, province, worldKind, n: province.length } as unknown as RunInfo;
  const sim = { info, stops: [], playing: true, frame: { tick: 12 }, lastMove: { kind: 'advance', from: 11, to: 12 } } as unknown as SimulationController;
  const c = new MilestoneCaptionController({ addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) }, sim, () => 0);
  c.hostUpdate();
  return c;
}

const event = (places?: number[]): TimelineEvent => ({ tick: 12, year: 1964, type: 'pilot', level: 'province', innovation: 0, label: { en: '1964: pilots', zh: '1964 年：试点' }, ...(places ? { places } : {}) });

describe('the milestone caption says where', () => {
  afterEach(() => setLocale('en'));

  it('names up to three provinces, most localities first, and counts the others', () => {
    setLocale('en');
    const all = captionOf([event([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])]);
    expect(all.caption?.places).toHaveLength(15);
    expect(all.text()).toBe('1964: pilots — Zhejiang, Fujian, Jiangsu and 2 more (15 localities)');
    setLocale('zh-CN');
    expect(all.text()).toBe('1964 年：试点——浙江省、福建省、江苏省等 2 处（15 个单位）');
    setLocale('en');
    expect(captionOf([event([13, 14, 12])]).text()).toBe('1964: pilots — Anhui, Jiangxi (3 localities)');
  });

  it('says nationwide for an event without places (every locality), every locality in a world without a map', () => {
    setLocale('en');
    const national = captionOf([event()]);
    expect(national.caption?.places).toBeNull();
    expect(national.text()).toBe('1964: pilots — nationwide');
    expect(captionOf([event()], 'lattice').text()).toBe('1964: pilots — every locality');
  });

  it('fires only on the events the advance crossed', () => {
    const later = { ...event(), tick: 13 };
    expect(captionOf([later]).caption).toBeNull();
  });
});
