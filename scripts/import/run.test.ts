import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from './run.ts';
import { SourceError } from './sources.ts';
import { LICENSE_FILES } from './attribution.ts';

const curatedDir = join(import.meta.dirname, 'curated');
const SITE = "title: Kept\nurl: https://example.org\ndescription: A test site.\nworkload: { input_tokens_per_month: 1000, output_tokens_per_month: 100 }\n";
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function put(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A minimal but complete sources folder: one lab model (GPT-4.1) sold by OpenAI. */
function sources(): string {
  const root = mkdtempSync(join(tmpdir(), 'llmv-sources-'));
  dirs.push(root);
  put(root, 'models.dev/models/openai/gpt-4.1.toml', [
    'name = "GPT-4.1"', 'family = "gpt"', 'release_date = "2025-04-14"', 'last_updated = "2025-04-14"', 'open_weights = false',
    'tool_call = true', 'reasoning = false', '[limit]', 'context = 1047576', 'output = 32768', '[modalities]', 'input = ["text", "image"]', 'output = ["text"]',
  ].join('\n'));
  put(root, 'models.dev/providers/openai/provider.toml', 'name = "OpenAI"\ndoc = "https://platform.openai.com/docs/models"\n');
  put(root, 'models.dev/providers/openai/models/gpt-4.1.toml', 'base_model = "openai/gpt-4.1"\n[cost]\ninput = 2\noutput = 8\n');
  put(root, 'litellm/model_prices_and_context_window.json', '{}');
  mkdirSync(join(root, 'llm-stats/data/organizations'), { recursive: true });
  mkdirSync(join(root, 'llm-stats/data/licenses'), { recursive: true });
  mkdirSync(join(root, 'epoch-ai/benchmark_data'), { recursive: true });
  for (const [from] of LICENSE_FILES) put(root, from, 'licence text\n');
  return root;
}

/** An existing data folder with a hand-written file and a model the new import would not produce. */
function existingOut(): { out: string; snapshot: () => string[] } {
  const parent = mkdtempSync(join(tmpdir(), 'llmv-out-'));
  dirs.push(parent);
  const out = join(parent, 'data');
  put(out, 'site.yaml', SITE);
  put(out, 'models/old-model.md', '---\nname: Old\n---\n');
  const snapshot = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).sort().map((f) => `${f}:${existsSync(join(out, f)) && !f.endsWith('models') ? readFileSync(join(out, f), 'utf8') : ''}`);
  return { out, snapshot };
}

describe('runImport', () => {
  it('replaces the output folder after validating, keeping files it does not own', () => {
    const { out } = existingOut();
    const r = runImport({ sourcesDir: sources(), outDir: out, curatedDir });
    expect(r.validated).toEqual({ models: 1, routes: 1 });
    expect(readdirSync(join(out, 'models'))).toEqual(['gpt-4.1.md']);
    expect(readFileSync(join(out, 'site.yaml'), 'utf8')).toBe(SITE);
    expect(readdirSync(dirname(out))).toEqual(['data']);
  });

  it('stops on a missing source file, names it, and leaves the output folder as it was', () => {
    const { out, snapshot } = existingOut();
    const before = snapshot();
    const src = sources();
    rmSync(join(src, 'litellm/model_prices_and_context_window.json'));
    expect(() => runImport({ sourcesDir: src, outDir: out, curatedDir })).toThrow(SourceError);
    expect(() => runImport({ sourcesDir: src, outDir: out, curatedDir })).toThrow(/litellm\/model_prices_and_context_window\.json: missing/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual(['data']);
  });

  it('stops on a malformed source file, names it with the parser reason, and leaves the output folder as it was', () => {
    const { out, snapshot } = existingOut();
    const before = snapshot();
    const src = sources();
    put(src, 'models.dev/providers/openai/models/gpt-4.1.toml', 'base_model = "openai/gpt-4.1"\n[cost\ninput = 2\n');
    expect(() => runImport({ sourcesDir: src, outDir: out, curatedDir })).toThrow(/providers\/openai\/models\/gpt-4\.1\.toml: cannot be parsed/);
    expect(snapshot()).toEqual(before);
  });

  it('does not replace the output folder when the emitted records fail the site schemas', () => {
    const { out, snapshot } = existingOut();
    const before = snapshot();
    const src = sources();
    // Month 13 has the importer's date shape but is no calendar date: only the site schema catches it.
    put(src, 'models.dev/models/openai/gpt-4.1.toml', `knowledge = "2024-13"\n${readFileSync(join(src, 'models.dev/models/openai/gpt-4.1.toml'), 'utf8')}`);
    expect(() => runImport({ sourcesDir: src, outDir: out, curatedDir })).toThrow(/models\/gpt-4\.1\.md: knowledge_cutoff — expected a real date/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual(['data']);
  });
});
