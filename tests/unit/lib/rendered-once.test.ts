import { describe, expect, it } from 'vitest';
import { renderedOnce } from '../../../src/lib/rendered-once.ts';

describe('renderedOnce', () => {
  it('renders a part of one object once and returns the same HTML after that', async () => {
    const row = {};
    let renders = 0;
    const render = async () => `<tr>${++renders}</tr>`;
    expect(await renderedOnce(row, 'table', render)).toBe('<tr>1</tr>');
    expect(await renderedOnce(row, 'table', render)).toBe('<tr>1</tr>');
    expect(renders).toBe(1);
  });

  it('keeps the parts of one object apart', async () => {
    const row = {};
    expect(await renderedOnce(row, 'table', async () => '<tr></tr>')).toBe('<tr></tr>');
    expect(await renderedOnce(row, 'handout', async () => '<li></li>')).toBe('<li></li>');
  });

  it('renders again for another object with the same content, as data gathered again is new', async () => {
    let renders = 0;
    const render = async () => String(++renders);
    await renderedOnce({ id: 'a' }, 'table', render);
    await renderedOnce({ id: 'a' }, 'table', render);
    expect(renders).toBe(2);
  });

  it('shares one render between calls that come before it has finished', async () => {
    const row = {};
    let renders = 0;
    const render = () => new Promise<string>((done) => setTimeout(() => done(String(++renders)), 5));
    const [first, second] = await Promise.all([renderedOnce(row, 'x', render), renderedOnce(row, 'x', render)]);
    expect([first, second, renders]).toEqual(['1', '1', 1]);
  });
});
