import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('finds URLs and leaves trailing punctuation out', () => {
    expect(linkify('See https://example.com/a?b=1. Thanks')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: '. Thanks' },
    ]);
    expect(linkify('www.shop.ru')).toEqual([{ kind: 'link', text: 'www.shop.ru', href: 'https://www.shop.ru' }]);
    expect(linkify('no links')).toEqual([{ kind: 'text', text: 'no links' }]);
  });
});
