import { describe, expect, it } from 'vitest';
import { alignedTables, sizerClass, sizerRow } from './glance-alignment.ts';

const table = (rows: string) =>
  `<table class="glance-table"><caption>At a glance</caption><thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">gRPC</th></tr></thead><tbody>${rows}</tbody></table>`;
const row = (code: string, name: string, grpc = '') =>
  `<tr><th scope="row">${code}</th><td><a href="#${code}">${name}</a></td><td class="tone-ok">${grpc}</td></tr>`;

const informational = table(row('100', 'Continue') + row('104', 'Upload Resumption Supported'));
const clientErrors = table(
  row(
    '400',
    'Bad Request',
    '<a href="/grpc/#3">3 INVALID_ARGUMENT</a>, <a href="/grpc/#9">9 FAILED_PRECONDITION</a>',
  ) +
    row('404', 'Not Found', '<a href="/grpc/#5">5 NOT_FOUND</a>') +
    row('431', 'Request Header Fields Too Large') +
    row('418', 'I&#39;m a teapot <span class="entry-badge">Reserved, unused</span>'),
);

describe('the sizer row that keeps the columns of range tables in line', () => {
  const sizer = sizerRow([informational, clientErrors]);
  const cells = [...sizer.matchAll(/<(th|td)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map(
    ([, tag, attributes, content]) => ({
      tag,
      attributes,
      lines: content!.split('<br>'),
    }),
  );

  it('has a cell per column, the longest cells of each column from every table, longest first', () => {
    expect(cells.map((c) => c.lines)).toEqual([
      ['100', '104', '400'],
      [
        '<span>Request Header Fields Too Large</span>',
        '<span>I&#39;m a teapot <span class="entry-badge">Reserved, unused</span></span>',
        '<span>Upload Resumption Supported</span>',
      ],
      ['<span>3 INVALID_ARGUMENT</span>, <span>9 FAILED_PRECONDITION</span>', '<span>5 NOT_FOUND</span>'],
    ]);
  });

  it('keeps each cell’s kind and attributes (a bold row header, a toned value)', () => {
    expect(cells.map((c) => `${c.tag}${c.attributes}`)).toEqual([
      'th scope="row"',
      'td',
      'td class="tone-ok"',
    ]);
  });

  it('holds no link, and is hidden from assistive technology and from search', () => {
    expect(sizer).not.toMatch(/<a\b/);
    expect(sizer).toMatch(new RegExp(`^<tr class="${sizerClass}" aria-hidden="true" data-pagefind-ignore>`));
  });

  it('leaves out empty cells, and is empty in a column where every cell is', () => {
    expect(sizerRow([informational])).toMatch(
      /<td><span>Upload Resumption Supported<\/span><br><span>Continue<\/span><\/td><td><\/td><\/tr>$/,
    );
  });
});

describe('aligned range tables', () => {
  it('are the tables as rendered, each also with the same sizer row at the end of its body', () => {
    const aligned = alignedTables(`${informational}\n${clientErrors}`);
    const sizer = sizerRow([informational, clientErrors]);
    expect(aligned.map((a) => a.table)).toEqual([informational, clientErrors]);
    expect(aligned.map((a) => a.aligned)).toEqual([
      informational.replace('</tbody>', `${sizer}</tbody>`),
      clientErrors.replace('</tbody>', `${sizer}</tbody>`),
    ]);
  });

  it('are none when nothing was rendered', () => {
    expect(alignedTables('')).toEqual([]);
  });

  it('stop the build with a clear error for a table without a body', () => {
    expect(() => alignedTables('<table><tr><td>1</td></tr></table>')).toThrow(/no <tbody>/);
  });
});
