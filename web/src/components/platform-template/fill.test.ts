import { describe, expect, it } from 'vitest';
import { fillTemplate, paramNumbers } from './fill';

describe('approved template values', () => {
  it('puts each value in place of its number, wherever and however often it appears', () => {
    expect(fillTemplate('Hi {{1}}, order {{2}} is ready. {{1}}, see you!', ['Maria', '#42'])).toBe('Hi Maria, order #42 is ready. Maria, see you!');
  });

  it('keeps a placeholder whose value is still empty', () => {
    expect(fillTemplate('Hi {{1}}, order {{2}}', ['Maria', '  '])).toBe('Hi Maria, order {{2}}');
  });

  it('asks for as many values as the template declares or its body shows', () => {
    expect(paramNumbers('Order {{1}} ships on {{2}}', 2)).toEqual([1, 2]);
    expect(paramNumbers('Order {{1}} ships on {{3}}', 2)).toEqual([1, 2, 3]);
    expect(paramNumbers('Hello there', 0)).toEqual([]);
  });
});
