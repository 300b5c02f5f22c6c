// The shape of bench/results.json. The first keys of each section are the contract named in issue 7
// (ackDelete, sweep, bundles, taskpaneReadyMs, machine, date); the others explain them.
import type { AckDeleteFigures } from "./ack-delete/measure-ack-delete";
import type { SweepFigures } from "./sweep/measure-sweep";

export interface Machine {
  cores: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started and ended: this machine is shared. */
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
}

export interface TargetVerdict {
  id: string;
  target: string;
  measured: string;
  result: "met" | "target missed";
}

export interface BenchResults {
  ackDelete: AckDeleteFigures;
  sweep: SweepFigures[];
  bundles: Record<string, number>;
  taskpaneReadyMs: number;
  machine: Machine;
  date: string;
  targets: TargetVerdict[];
  bundleFiles: Record<string, string[]>;
  taskpaneReadyRunsMs: number[];
  taskpaneReadyWarmMs: number;
  addinBuild: { reused: boolean; buildMs: number };
  /** The whole `npm run bench`, from start to this file (the add-in build included when it ran). */
  runTimeMs: number;
  /** Where the run time went. */
  phaseMs: Record<string, number>;
}
