import { describe, expect, it } from 'vitest';
import { deriveCapabilities, deriveFlag, deriveVision, litellmFlags, litellmInputModalities, majority, modelsDevFlags } from './capabilities.ts';

describe('vision', () => {
  it('follows the sourced input modalities: image in is yes, known without image is no, unknown stays unknown', () => {
    expect(deriveVision(['image', 'text'])).toEqual({ value: true, basis: 'modalities' });
    expect(deriveVision(['text'])).toEqual({ value: false, basis: 'modalities' });
    expect(deriveVision(undefined)).toEqual({ value: undefined, basis: 'unknown' });
  });
});

describe('reasoning, tool calling, structured outputs', () => {
  it('follow the lab record over everything else', () => {
    expect(deriveFlag('reasoning', { lab: { reasoning: false }, firstParty: [{ reasoning: true }], routes: [{ reasoning: true }, { reasoning: true }] })).toEqual({ value: false, basis: 'lab' });
  });
  it('else the first first-party route that states it', () => {
    expect(deriveFlag('function_calling', { lab: {}, firstParty: [{}, { function_calling: true }], routes: [{ function_calling: false }] })).toEqual({ value: true, basis: 'first-party' });
  });
  it('else the majority of the routes that state it (the 21 reasoning models shown as "Not documented")', () => {
    expect(deriveFlag('reasoning', { routes: [{ reasoning: true }, { reasoning: true }, { reasoning: false }, {}] })).toEqual({ value: true, basis: 'routes' });
  });
  it('a tie or silence leaves it unknown', () => {
    expect(majority([true, false])).toBeUndefined();
    expect(majority([])).toBeUndefined();
    expect(deriveFlag('structured_outputs', { routes: [{ reasoning: true }] })).toEqual({ value: undefined, basis: 'unknown' });
  });
  it('derives every capability at once', () => {
    const c = deriveCapabilities({ inputModalities: ['text'], routes: [{ reasoning: true, function_calling: true }] });
    expect([c.vision.value, c.reasoning.value, c.function_calling.value, c.structured_outputs.value]).toEqual([false, true, true, undefined]);
  });
});

describe('reading the sources', () => {
  it('reads models.dev and LiteLLM flags, leaving out what they do not state', () => {
    expect(modelsDevFlags({ reasoning: true, tool_call: false, name: 'x' })).toEqual({ reasoning: true, function_calling: false });
    expect(litellmFlags({ supports_reasoning: true, supports_response_schema: false })).toEqual({ reasoning: true, structured_outputs: false });
    expect(litellmFlags(undefined)).toEqual({});
  });
  it('reads LiteLLM input modalities from its list, else from supports_vision', () => {
    expect(litellmInputModalities({ supported_modalities: ['text', 'image'] })).toEqual(['image', 'text']);
    expect(litellmInputModalities({ supports_vision: false })).toEqual(['text']);
    expect(litellmInputModalities({})).toBeUndefined();
  });
});
