import { describe, expect, it } from 'vitest';
import { testCatalog, type ModelInput } from '../testing/catalog';
import { pairContext } from './context';
import { capabilities, specs } from './specs';

function ctx(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  return pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!);
}

describe('specs and capabilities', () => {
  it('shows the model views\' rows side by side, unknown as null', () => {
    const rows = specs(ctx({ context_window: 128_000 }, {}));
    expect(rows.find((r) => r.key === 'context_window')).toEqual({ key: 'context_window', label: 'Context window', a: '128K tokens', b: null });
  });
  it('derives vision from a listed image input, and says when image input is not documented', () => {
    const c = ctx({ modalities: { input: ['text', 'image'], output: ['text'] } }, { modalities: { input: ['text'], output: ['text'] } });
    expect(capabilities(c).find((r) => r.key === 'vision')).toMatchObject({ a: 'yes', b: 'unknown' });
    const input = specs(c).find((r) => r.key === 'input_modalities')!;
    expect(input.a).toBe('Text, image');
    expect(input.b).toBe('Text (image input not documented)');
  });
  it('a documented "no" vision drops image from the input row; a documented "yes" adds it', () => {
    const c = ctx({ capabilities: { vision: false } }, { capabilities: { vision: true } });
    const input = specs(c).find((r) => r.key === 'input_modalities')!;
    expect([input.a, input.b]).toEqual(['Text', 'Text, image']);
  });
});
