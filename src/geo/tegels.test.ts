/** Tests of the tile URL helpers: relative templates become absolute ones with their placeholders intact. */
import { describe, expect, it } from 'vitest';
import { losTegelUrlOp, tegelUrl, tileJsonUrl } from './tegels';

describe('tegelUrl', () => {
  it.each([
    { basis: 'http://127.0.0.1:5173/', verwacht: 'http://127.0.0.1:5173/tiles/{z}/{x}/{y}.pbf' },
    {
      basis: 'https://kaart.rotterdam.nl/hkd/',
      verwacht: 'https://kaart.rotterdam.nl/hkd/tiles/{z}/{x}/{y}.pbf',
    },
    // The demo build has base './': the page URL is then the base, and its file name drops out.
    { basis: 'file:///srv/dist-demo/index.html', verwacht: 'file:///srv/dist-demo/tiles/{z}/{x}/{y}.pbf' },
  ])('serves $basis from $verwacht', ({ basis, verwacht }) => {
    expect(tegelUrl(basis)).toBe(verwacht);
  });

  it('puts tiles.json in the same folder', () => {
    expect(tileJsonUrl('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/tiles/tiles.json');
  });
});

describe('losTegelUrlOp', () => {
  it.each([
    {
      sjabloon: '{z}/{x}/{y}.pbf',
      basis: 'http://h/tiles/tiles.json',
      verwacht: 'http://h/tiles/{z}/{x}/{y}.pbf',
    },
    {
      sjabloon: '/andere/{z}/{x}/{y}.pbf',
      basis: 'http://h/tiles/tiles.json',
      verwacht: 'http://h/andere/{z}/{x}/{y}.pbf',
    },
    {
      sjabloon: 'https://cdn.example/{z}/{x}/{y}.pbf',
      basis: 'http://h/tiles/tiles.json',
      verwacht: 'https://cdn.example/{z}/{x}/{y}.pbf',
    },
  ])('resolves $sjabloon against $basis', ({ sjabloon, basis, verwacht }) => {
    expect(losTegelUrlOp(sjabloon, basis)).toBe(verwacht);
  });
});
