import { describe, expect, it } from 'vitest';
import { parseProse, proseToMarkup, proseToPlainText } from './prose.ts';

describe('parseProse', () => {
  it('takes one paragraph per array item and marks `backticks` as code', () => {
    expect(parseProse(['Send `Identify` first.', 'Then wait.'])).toEqual([
      [
        { code: false, text: 'Send ' },
        { code: true, text: 'Identify' },
        { code: false, text: ' first.' },
      ],
      [{ code: false, text: 'Then wait.' }],
    ]);
  });

  it('shows an unmatched backtick as text instead of swallowing the rest', () => {
    expect(parseProse('a `b')).toEqual([
      [
        { code: false, text: 'a ' },
        { code: false, text: 'b' },
      ],
    ]);
  });

  it('never produces HTML: angle brackets stay text', () => {
    expect(parseProse('<script>x</script>')).toEqual([[{ code: false, text: '<script>x</script>' }]]);
  });
});

describe('proseToPlainText', () => {
  it('drops the markup and joins paragraphs', () => {
    expect(proseToPlainText(['Use `Retry-After`.', 'Or back off.'])).toBe('Use Retry-After. Or back off.');
  });
});

describe('proseToMarkup', () => {
  it('joins paragraphs with a blank line, keeping the backticks, and drops empty ones', () => {
    expect(proseToMarkup(['Use `Retry-After`.', ' ', 'Or back off. '])).toBe(
      'Use `Retry-After`.\n\nOr back off.',
    );
    expect(proseToMarkup('One paragraph.')).toBe('One paragraph.');
  });
});
