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
