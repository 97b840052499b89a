import { beforeAll, describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SimulationController } from '../../src/ui/controllers/SimulationController.ts';
import type { ServiceConnection } from '../../src/ui/controllers/serviceConnection.ts';
import { wrapWorker } from '../../src/ui/controllers/wrapWorker.ts';
import type { SimulationService } from '../../src/service/types.ts';
import type { ScenarioFile } from '../../src/model/scenario/types.ts';
import { until } from './mountApp.ts';

// The simulation watchdog with real module workers (test/ui/fixtures/faultySimulation.worker.ts):
// it waits for a worker that is busy and beating, and restarts one that hangs in a loop or closes.

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {}
}

const lattice: ScenarioFile = {
  world: { kind: 'lattice', width: 12, height: 12, neighbourhood: 'moore' },
  time: { startYear: 2010, years: 4, dt: 1 / 12 },
  params: { p: 0.1, q: 0.8 },
  innovations: [{ id: 'a', name: { en: 'A', zh: '甲' }, origins: ['6,6'], startYear: 2010, complexity: 0.2, digital: 0.1, events: [] }],
};

/** A controller whose i-th worker has the fault `faults[i]` (later ones none); its connections are counted. */
function controllerOn(faults: string[]) {
  const workers: ServiceConnection[] = [];
  const host = new Host();
  const sim = new SimulationController(
    host,
    () => {
      const worker = new Worker(new URL('./fixtures/faultySimulation.worker.ts', import.meta.url), { type: 'module', name: faults[workers.length] ?? 'none' });
      const connection = wrapWorker<SimulationService>(worker, 'simulation');
      workers.push(connection);
      return connection;
    },
    () => location.origin + '/',
  );
  host.controllers.forEach((c) => c.hostConnected?.());
  return { sim, workers, close: () => host.controllers.forEach((c) => c.hostDisconnected?.()) };
}

describe('the simulation watchdog (real workers)', () => {
  // The first worker of a run pays for Vite transforming the worker's modules (seconds on a loaded
  // CI machine), silent time that the tight 1 s bound below is not about: start one untimed first.
  beforeAll(async () => {
    const { sim, close } = controllerOn(['none']);
    sim.watchdog = { start: 60_000, call: 60_000 };
    await sim.start({ scenarioFile: lattice, seed: 1 });
    close();
  }, 90_000);

  it('waits for a worker that is busy for three times its bound but sends heartbeats', async () => {
    const { sim, workers, close } = controllerOn(['slow']);
    sim.watchdog = { start: 1000, call: 1000 };
    const t0 = performance.now();
    await sim.start({ scenarioFile: lattice, seed: 2 });
    expect(performance.now() - t0).toBeGreaterThan(3000);
    expect(sim.status).toBe('ready');
    expect(sim.recovery).toBeNull();
    expect(workers).toHaveLength(1);
    await sim.seek(24);
    expect(sim.frame!.tick).toBe(24);
    close();
  });

  for (const fault of ['hang', 'close'] as const) {
    it(`restarts a worker that ${fault === 'hang' ? 'loops forever' : 'closes itself'} mid-run; the run goes on at the same tick`, async () => {
      const { sim, workers, close } = controllerOn([fault]);
      sim.watchdog = { start: 5000, call: 1000 };
      await sim.start({ scenarioFile: lattice, seed: 3 });
      for (let i = 0; i < 4; i++) await sim.step();
      expect(sim.frame!.tick).toBe(4);
      const before = sim.frame!.stage.slice();
      void sim.step(); // the 5th call: the worker hangs or closes
      await until(() => sim.recovery !== null && sim.status === 'ready', 15_000);
      expect(sim.recovery).toEqual({ tick: 4, reason: 'timeout', failed: false });
      expect(workers).toHaveLength(2);
      expect(sim.frame!.tick).toBe(4);
      expect(sim.frame!.stage).toEqual(before);
      await sim.step();
      expect(sim.frame!.tick).toBe(5);
      close();
    });
  }
});
