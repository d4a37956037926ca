import { describe, expect, it } from 'vitest';
import { joinNames, parseTemplate, templateSlots } from './ui-template.ts';

describe('UI templates', () => {
  it('split a sentence into its words and the slots the links go in, in the language’s order', () => {
    expect(parseTemplate('{names} agree: {http}')).toEqual([
      { slot: 'names' },
      { text: ' agree: ' },
      { slot: 'http' },
    ]);
    expect(parseTemplate('Coinciden {names}: {http}.')).toEqual([
      { text: 'Coinciden ' },
      { slot: 'names' },
      { text: ': ' },
      { slot: 'http' },
      { text: '.' },
    ]);
  });

  it('leave a string without slots whole', () => {
    expect(parseTemplate('See also')).toEqual([{ text: 'See also' }]);
    expect(templateSlots('See also')).toEqual([]);
  });

  it('name the slots a template uses', () => {
    expect(templateSlots('{names}: {http} ({when})')).toEqual(['names', 'http', 'when']);
  });
});

describe('joining names', () => {
  it('uses “and” (with the serial comma of US English) in English and “y” in Spanish', () => {
    const names = ['google.rpc.Code', 'grpc-gateway', 'Connect', 'Envoy'];
    expect(joinNames(names, 'en')).toBe('google.rpc.Code, grpc-gateway, Connect, and Envoy');
    expect(joinNames(names, 'es')).toBe('google.rpc.Code, grpc-gateway, Connect y Envoy');
  });

  it('leaves a single name alone and joins two without a comma', () => {
    expect(joinNames(['Connect'], 'en')).toBe('Connect');
    expect(joinNames(['gRPC', 'Envoy'], 'es')).toBe('gRPC y Envoy');
  });
});
