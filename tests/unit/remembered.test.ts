import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/lib/remembered.ts';

describe('remembered', () => {
  it('computes each input once and gives the same answer again', () => {
    const asked: string[] = [];
    const upper = remembered((s) => {
      asked.push(s);
      return s.toUpperCase();
    });
    expect([upper('iran'), upper('oman'), upper('iran')]).toEqual(['IRAN', 'OMAN', 'IRAN']);
    expect(asked).toEqual(['iran', 'oman']);
  });

  it('keeps an answer that is falsy', () => {
    let calls = 0;
    const empty = remembered(() => {
      calls++;
      return '';
    });
    empty('x');
    empty('x');
    expect(calls).toBe(1);
  });

  it('forgets everything past its limit, and still answers rightly', () => {
    const asked: string[] = [];
    const length = remembered((s) => {
      asked.push(s);
      return s.length;
    }, 2);
    expect([length('a'), length('bb'), length('ccc'), length('a')]).toEqual([1, 2, 3, 1]);
    // 'ccc' came past the limit of 2 and cleared 'a' and 'bb': 'a' is computed again.
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
