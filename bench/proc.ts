/**
 * Runs a command and measures it: wall time and the peak resident memory of its whole process
 * tree. `/usr/bin/time -v` reports only the largest single process, and a build or Pagefind may
 * run its work in child processes (Pagefind's npm wrapper starts a Rust binary), so the tree is
 * sampled from /proc: every SAMPLE_MS the RSS of the root and all its descendants is summed.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How often the tree is sampled; a peak shorter than this can be missed (the per-process high-water marks below catch those). */
const SAMPLE_MS = 100;

export interface Measured {
  exitCode: number;
  wall_s: number;
  /** Largest sum of VmRSS over the tree seen at one sample, in MB (1e6 bytes). */
  peak_tree_rss_mb: number;
  /** Largest single-process high-water mark (VmHWM), in MB: a lower bound of the tree peak that sampling cannot miss. */
  peak_single_rss_mb: number;
  /** Most processes alive in the tree at one sample. */
  max_processes: number;
  /** The last lines of the command's output (stdout and stderr interleaved). */
  tail: string;
}

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return out; // gone, or the kernel lacks CONFIG_PROC_CHILDREN
  }
  for (const t of tasks) out.push(Number(t));
  return out;
}

/** VmRSS and VmHWM of one process in kB, or null when it has exited. */
function memory(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(s);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(s);
    return { rss: rss ? Number(rss[1]) : 0, hwm: hwm ? Number(hwm[1]) : 0 };
  } catch {
    return null;
  }
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The full output goes here. */
  logFile: string;
}

export function runMeasured(cmd: string, args: string[], opts: RunOptions): Promise<Measured> {
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const log = createWriteStream(opts.logFile);
  log.write(`$ ${cmd} ${args.join(' ')}\n`);
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (b: Buffer) => {
    log.write(b);
    tail = (tail + b.toString('utf8')).slice(-6000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peakTree = 0;
  let peakSingle = 0;
  let maxProcs = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    let procs = 0;
    const stack = [child.pid];
    while (stack.length) {
      const pid = stack.pop()!;
      const m = memory(pid);
      if (!m) continue;
      procs++;
      sum += m.rss;
      peakSingle = Math.max(peakSingle, m.hwm);
      stack.push(...children(pid));
    }
    peakTree = Math.max(peakTree, sum);
    maxProcs = Math.max(maxProcs, procs);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - t0) / 1000;
      log.end(`\n# exit ${code}, ${wall.toFixed(2)} s\n`);
      const mb = (kb: number) => Math.round((kb * 1024) / 1e6);
      resolve({
        exitCode: code ?? 1,
        wall_s: Number(wall.toFixed(2)),
        peak_tree_rss_mb: mb(Math.max(peakTree, peakSingle)),
        peak_single_rss_mb: mb(peakSingle),
        max_processes: maxProcs,
        tail,
      });
    });
  });
}
