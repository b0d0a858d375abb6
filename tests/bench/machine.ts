import { cpus, loadavg, platform, release, arch, totalmem } from 'node:os';

export interface MachineNote {
  node: string;
  os: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  loadAverage: number[];
  date: string;
}

/** Where the figures came from, printed with every run. */
export function machineNote(): MachineNote {
  const list = cpus();
  return {
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    date: new Date().toISOString(),
  };
}

export function formatMachine(note: MachineNote): string {
  return (
    `machine: Node ${note.node}, ${note.os}, ${note.cpu}, ${note.cores} cores, ` +
    `${note.memoryGb} GB, load ${note.loadAverage.join(' ')}, ${note.date}`
  );
}
