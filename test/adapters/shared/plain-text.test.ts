import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../adapters/shared/plain-text.js';

describe('toPlainText', () => {
  it('removes bold, italics and heading marks, and writes links as "label (url)"', () => {
    expect(toPlainText('# Plan\r\n**Step 2** _now_: see [the guide](https://ex.org/a?b=1)')).toBe('Plan\nStep 2 now: see the guide (https://ex.org/a?b=1)');
  });

  it('leaves bullets and underscores inside words as written', () => {
    expect(toPlainText('- one\n- snake_case_name')).toBe('- one\n- snake_case_name');
  });

  it('drops code spans’ backticks where the text is only read, and keeps them where the reader types it', () => {
    expect(toPlainText('Type `step 2`')).toBe('Type step 2');
    expect(toPlainText('Type `step 2`', { code: 'keep' })).toBe('Type `step 2`');
  });
});
