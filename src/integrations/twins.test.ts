import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeTwins, writeTwinsInWorker } from './twins';

const SEED = 'tests/fixtures/seed';

/** Every file under `dir`, relative path → text. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      out.set(rel, readFileSync(join(dir, rel), 'utf8'));
    } catch {
      // a folder
    }
  }
  return out;
}

describe('the JSON twins written in a worker_thread', () => {
  let root = '';
  beforeAll(() => {
    vi.stubEnv('DATA_DIR', SEED);
    root = mkdtempSync(join(tmpdir(), 'llmv-twins-'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('are byte for byte the twins written in the build process', async () => {
    const here = join(root, 'here');
    const there = join(root, 'worker');
    const n = writeTwins(here);
    const reply = await writeTwinsInWorker(there);
    expect(reply).toMatchObject({ ok: true, count: n });
    const a = files(here);
    expect(a.size).toBe(n);
    expect(files(there)).toEqual(a);
  });

  it('report a failure instead of throwing, so build:done can stop the build with it', async () => {
    const blocked = join(root, 'a-file');
    writeFileSync(blocked, '');
    const reply = await writeTwinsInWorker(join(blocked, 'dist'));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/ENOTDIR|EEXIST/);
  });
});
