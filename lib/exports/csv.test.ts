import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, toCsv } from './csv';

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });
  it('writes computed numbers, including negative ones, as numbers', () => {
    expect(csvCell(-0.52)).toBe('-0.52');
    expect(csvCell(3.4)).toBe('3.4');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Azure, Kubernetes')).toBe('"Azure, Kubernetes"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Casey Candidate')).toBe('Casey Candidate');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
  });
});

// How a spreadsheet program may split a cell it reads with another list separator (a semicolon in
// many European locales, a tab, a pipe), or break a line it did not read as quoted: every piece
// must start as text, not as a formula.
const FORMULA = /^[=+\-@\t\r]/;
function piecesOf(cell: string): string[] {
  const text = cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
  return text.split(/[,;\t|\r\n]/).map((p) => p.replace(/^[\s"]+/, ''));
}

describe('csvCell whatever the delimiter', () => {
  it.each([
    'Pat;=1+1',
    'Pat\t=1+1',
    'Pat|=1+1',
    'Pat, =1+1',
    'a;"=HYPERLINK(""http://evil.example"")"',
    'two\n=1+1',
    'x\r\n@SUM(A1)',
    'a; -2+3',
    'a;+1',
  ])('neutralises a formula after a separator: %j', (value) => {
    for (const piece of piecesOf(csvCell(value))) expect(piece).not.toMatch(FORMULA);
  });

  it('leaves text without formulas as it was', () => {
    expect(csvCell('Azure; Kubernetes')).toBe('Azure; Kubernetes');
    expect(csvCell('2026-01-01')).toBe('2026-01-01');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF and a byte-order mark', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('csvLine', () => {
  it('joins the cells of one record and ends it with CRLF', () => {
    expect(csvLine(['Ada', '=1+1', 3, null, 'a,b'])).toBe(`Ada,'=1+1,3,,"a,b"\r\n`);
  });
});
