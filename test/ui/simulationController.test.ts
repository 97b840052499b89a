import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SimulationController } from '../../src/ui/controllers/SimulationController.ts';
import { connectInline, type ServiceConnection } from '../../src/ui/controllers/serviceConnection.ts';
import { createSimulationService } from '../../src/service/index.ts';
import type { SimulationService } from '../../src/service/types.ts';
import type { ScenarioFile } from '../../src/model/scenario/types.ts';

/** A host without DOM: counts update requests. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
}

const lattice: ScenarioFile = {
  world: { kind: 'lattice', width: 12, height: 12, neighbourhood: 'moore' },
  time: { startYear: 2010, years: 4, dt: 1 / 12 },
  params: { p: 0.1, q: 0.8 },
  innovations: [
    { id: 'a', name: { en: 'A', zh: '甲' }, origins: ['6,6'], startYear: 2010, complexity: 0.2, digital: 0.1, events: [] },
  ],
};

function controller(connect: () => ServiceConnection = () => connectInline(createSimulationService({ loader: (p) => fetch('/' + p).then((r) => r.text()) }))) {
  const host = new Host();
  const sim = new SimulationController(host, connect, () => location.origin + '/');
  host.controllers.forEach((c) => c.hostConnected?.());
  return { host, sim };
}

/**
 * Connections to services like the real worker's (no loader: the data location comes with the
 * calls) whose failure the test reports with `fail`, as a crashed worker's error event would.
 */
function crashableWorkers() {
  const w = {
    connections: 0,
    fail: (_message: string) => {},
    connect: (): ServiceConnection => {
      w.connections++;
      return { service: createSimulationService(), onFailure: (l) => (w.fail = l), dispose: () => {} };
    },
  };
  return w;
}

const until = async (cond: () => boolean, ms = 10_000) => {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('SimulationController', () => {
  it('starts a run at tick 0 and steps one tick at a time', async () => {
    const { host, sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 1 });
    expect(sim.status).toBe('ready');
    expect(sim.frame?.tick).toBe(0);
    expect(sim.info?.n).toBe(144);
    await sim.step();
    await sim.step();
    expect(sim.frame?.tick).toBe(2);
    expect(sim.rows.map((r) => r.tick)).toEqual([0, 1, 2]);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('plays on the animation clock at the chosen speed, then pauses', async () => {
    const { sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 1 });
    sim.setSpeed(5); // 60 ticks per second
    sim.play();
    await until(() => (sim.frame?.tick ?? 0) >= 12);
    sim.pause();
    const stopped = sim.frame!.tick;
    await new Promise((r) => setTimeout(r, 150));
    expect(sim.frame!.tick).toBe(stopped);
    expect(sim.rows).toHaveLength(stopped + 1);
  });

  it('plays to the end of the run and stops there', async () => {
    const { sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 1 });
    sim.setSpeed(100);
    sim.play();
    await until(() => sim.done);
    expect(sim.playing).toBe(false);
    expect(sim.frame?.tick).toBe(48);
  });

  it('seeks back and forward to the same stages; a burst of seeks ends on the last target', async () => {
    const { sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 3 });
    await sim.seek(30);
    const at30 = sim.frame!.stage.slice();
    void sim.seek(3);
    void sim.seek(17);
    await sim.seek(30);
    await until(() => sim.frame?.tick === 30);
    expect(sim.frame!.stage).toEqual(at30);
    expect(sim.rows).toHaveLength(31);
    await sim.seek(10);
    expect(sim.rows).toHaveLength(11); // charts shrink back with the scrubber
  });

  it('steps and steps back add up when presses come faster than the answers', async () => {
    const { sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 3 });
    await sim.seek(10);
    const presses = [sim.step(), sim.step(), sim.step(), sim.stepBack()];
    await Promise.all(presses);
    await until(() => sim.frame?.tick === 12);
    await Promise.all([sim.stepBack(), sim.stepBack(), sim.stepBack()]);
    await until(() => sim.frame?.tick === 9);
    expect(sim.rows).toHaveLength(10);
  });

  it('a lever change restarts at tick 0 and keeps playing', async () => {
    const { sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 3 });
    await sim.seek(20);
    await sim.update({ levers: { media: 2 }, params: {} });
    expect(sim.frame?.tick).toBe(0);
    expect(sim.rows).toHaveLength(1);
    expect(sim.info?.levers.media).toBe(2);
  });

  it('a rejected change is a message; the run stays as it was', async () => {
    const { sim } = controller();
    await sim.start({ scenarioFile: lattice, seed: 3 });
    await sim.seek(7);
    sim.play();
    expect(await sim.update({ levers: { media: 0 }, params: {} })).toBe(false);
    expect(sim.status).toBe('ready');
    expect(sim.error).toMatch(/levers\.media: 0/);
    expect(sim.playing).toBe(false);
    expect(sim.info?.levers.media).toBe(1);
    await sim.step();
    expect(sim.frame?.tick).toBeGreaterThan(7);
    expect(await sim.update({ levers: { media: 2 }, params: {} })).toBe(true);
    expect(sim.error).toBe('');
  });

  it('a service that rejects (a dead worker) becomes an error, not a hang', async () => {
    const dead = new Proxy({} as SimulationService, {
      get: () => () => Promise.reject(new Error('the simulation worker stopped')),
    });
    const { sim } = controller(() => connectInline(dead));
    await sim.start({ presetId: 'fengqiao', seed: 1 });
    expect(sim.status).toBe('errored');
    expect(sim.error).toBe('the simulation worker stopped');
  });

  it('a worker failure reported by the connection restarts the run at the same tick (watchdog)', async () => {
    const w = crashableWorkers();
    const { sim } = controller(w.connect);
    await sim.start({ scenarioFile: lattice, seed: 1 });
    await sim.seek(20);
    const at20 = sim.frame!.stage.slice();
    w.fail('worker script crashed');
    await until(() => sim.recovery !== null && sim.status === 'ready');
    expect(w.connections).toBe(2);
    expect(sim.recovery).toEqual({ tick: 20, reason: 'failure', failed: false });
    expect(sim.frame!.tick).toBe(20);
    expect(sim.frame!.stage).toEqual(at20);
    expect(sim.rows).toHaveLength(21);
  });

  it('an imported scenario that extends a preset is restored in a restarted worker (which learns the data location from the import)', async () => {
    const w = crashableWorkers();
    const { sim } = controller(w.connect);
    const text = JSON.stringify({ extends: 'bass', world: { kind: 'mixed', n: 500, heterogeneity: 0 }, time: { years: 5 } });
    const imported = await sim.importScenario(text, 6);
    expect(imported.ok).toBe(true);
    await sim.seek(20);
    const at20 = sim.frame!.stage.slice();
    w.fail('worker script crashed');
    await until(() => sim.recovery !== null && sim.status !== 'loading');
    expect(w.connections).toBe(2);
    expect(sim.error).toBe('');
    expect(sim.recovery).toEqual({ tick: 20, reason: 'failure', failed: false });
    expect(sim.info?.n).toBe(500);
    expect(sim.frame!.tick).toBe(20);
    expect(sim.frame!.stage).toEqual(at20);
  });

  it('a hung worker is restarted by the watchdog; the run goes on with identical results', async () => {
    // The reference: one run, uninterrupted, to tick 40.
    const ref = controller();
    await ref.sim.start({ scenarioFile: lattice, seed: 4 });
    await ref.sim.update({ levers: { media: 3 }, params: {}, seed: 11 });
    await ref.sim.seek(40);
    // The same run whose first worker stops answering after 12 frames.
    let connections = 0;
    const { sim } = controller(() => {
      const service = createSimulationService({ loader: (p) => fetch('/' + p).then((r) => r.text()) });
      if (connections++ > 0) return connectInline(service);
      let frames = 0;
      const hanging = new Proxy(service, {
        get: (target, key) =>
          key === 'advance' && ++frames > 12 ? () => new Promise(() => {}) : target[key as keyof SimulationService],
      });
      return connectInline(hanging);
    });
    sim.watchdog = { start: 5_000, call: 300 };
    await sim.start({ scenarioFile: lattice, seed: 4 });
    await sim.update({ levers: { media: 3 }, params: {}, seed: 11 });
    sim.setSpeed(2);
    sim.play();
    await until(() => sim.recovery !== null && sim.playing);
    expect(connections).toBe(2);
    expect(sim.recovery?.reason).toBe('timeout');
    await until(() => (sim.frame?.tick ?? 0) >= 40);
    sim.pause();
    await sim.seek(40);
    expect(sim.frame!.stage).toEqual(ref.sim.frame!.stage);
    expect(sim.frame!.kpis).toEqual(ref.sim.frame!.kpis);
    expect(sim.rows).toEqual(ref.sim.rows);
    expect(sim.info!.levers.media).toBe(3);
    expect(sim.info!.seed).toBe(11);
  });

  it('gives up with a message when every restarted worker hangs too', async () => {
    const hung = new Proxy({} as SimulationService, { get: () => () => new Promise(() => {}) });
    const { sim } = controller(() => connectInline(hung));
    sim.watchdog = { start: 100, call: 100 };
    await sim.start({ scenarioFile: lattice, seed: 1 });
    await until(() => sim.status === 'errored' && !!sim.recovery?.failed);
    expect(sim.error).toMatch(/stopped answering again after 2 restarts/);
  });
});
