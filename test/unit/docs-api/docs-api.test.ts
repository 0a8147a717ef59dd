import { letterParagraphs, REF_LOOK } from '../../../src/core/docs-api/letter';
import { appendLettersRequests } from '../../../src/core/docs-api/render';
import { DocsDocument, ShapedParagraph, templateShape } from '../../../src/core/docs-api/shape';

const normal = (text: string, look = {}): ShapedParagraph => ({ text, paragraph: { namedStyleType: 'NORMAL_TEXT', alignment: 'START' }, look, pageBreak: false });
const para = (text: string, style: object = {}, runs?: object[]) => ({
  paragraph: { paragraphStyle: { namedStyleType: 'NORMAL_TEXT', ...style }, elements: runs ?? [{ textRun: { content: `${text}\n`, textStyle: {} } }] },
});
const doc = (...content: object[]): DocsDocument => ({ body: { content: [{ endIndex: 1, sectionBreak: {} }, ...content] } as DocsDocument['body'] });

describe('templateShape: what the fast path can rebuild', () => {
  test('paragraphs with one look each, headings, alignment, a page break at the end', () => {
    const shape = templateShape(
      doc(
        para('Kære {{Navn}}', { alignment: 'END', direction: 'LEFT_TO_RIGHT' }, [{ textRun: { content: 'Kære {{Navn}}\n', textStyle: { italic: true, fontSize: { magnitude: 8, unit: 'PT' }, foregroundColor: { color: { rgbColor: { red: 0.4, green: 0.4, blue: 0.4 } } } } } }]),
        para('Overskrift', { namedStyleType: 'HEADING_2', headingId: 'h.1' }),
        para('', {}, [{ textRun: { content: 'Side 1', textStyle: {} } }, { pageBreak: {} }, { textRun: { content: '\n', textStyle: { bold: true } } }]),
      ),
    );
    expect(shape).toEqual({
      ok: true,
      body: [
        { text: 'Kære {{Navn}}', paragraph: { namedStyleType: 'NORMAL_TEXT', alignment: 'END' }, look: { italic: true, fontSize: 8, foregroundColor: '#666666' }, pageBreak: false },
        { text: 'Overskrift', paragraph: { namedStyleType: 'HEADING_2' }, look: {}, pageBreak: false },
        { text: 'Side 1', paragraph: { namedStyleType: 'NORMAL_TEXT' }, look: {}, pageBreak: true },
      ],
    });
  });

  test.each([
    ['a table', doc({ table: {} }), 'table'],
    ['a list item', doc({ paragraph: { bullet: { listId: 'l' }, elements: [{ textRun: { content: 'x\n' } }] } }), 'list'],
    ['an image', doc(para('', {}, [{ inlineObjectElement: {} }, { textRun: { content: '\n' } }])), 'image'],
    ['one word in bold', doc(para('', {}, [{ textRun: { content: 'Kære ', textStyle: {} } }, { textRun: { content: 'Karen\n', textStyle: { bold: true } } }])), 'mixedLook'],
    ['text after a page break', doc(para('', {}, [{ pageBreak: {} }, { textRun: { content: 'efter\n' } }])), 'pageBreakInside'],
    ['line spacing', doc(para('x', { lineSpacing: 150 })), 'paragraphFormat'],
    ['superscript', doc(para('', {}, [{ textRun: { content: 'x\n', textStyle: { baselineOffset: 'SUPERSCRIPT' } } }])), 'textFormat'],
    ['a second section', doc(para('x'), { sectionBreak: {} }), 'section'],
  ])('%s takes the DocumentApp path', (_what, d, reason) => {
    expect(templateShape(d)).toEqual({ ok: false, reason });
  });
});

describe('letterParagraphs: a letter as the DocumentApp path fills it', () => {
  const fields = new Map([['navn', 'Karen {{x}}'], ['tom', ''], ['aftale', 'Første afsnit\n\nAndet\nlinje']]);
  const lookup = (k: string) => fields.get(k);
  test('fills, tames braces, drops an empty field\'s paragraph, splits paragraphs, keeps line breaks in a paragraph, ends with the reference line', () => {
    const out = letterParagraphs([normal('Kære {{ Navn }}'), normal('{{Tom}}'), normal('{{Aftale}}')], lookup, 'Brevnr. AB-0001');
    expect(out.map((p) => p.text)).toEqual(['Kære Karen { {x} }', 'Første afsnit', 'Andet\u000blinje', 'Brevnr. AB-0001']);
    expect(out[3]).toEqual({ text: 'Brevnr. AB-0001', paragraph: { namedStyleType: 'NORMAL_TEXT' }, look: REF_LOOK, pageBreak: false });
  });
});

describe('appendLettersRequests: indexes after every insert', () => {
  test('a new document: the text at index 1, one page break between letters, styles on each letter\'s own paragraphs', () => {
    const letter = (n: number) => [normal('Afsender', { fontSize: 9 }), normal(`Kære ${n}`), normal('Tekst'), { ...normal(`Brevnr. ${n}`, { fontSize: 7 }), paragraph: { namedStyleType: 'NORMAL_TEXT' } }];
    const { requests, lastNewline } = appendLettersRequests(1, [letter(1), letter(2)], false);
    const text = 'Afsender\nKære 1\nTekst\nBrevnr. 1' + 'Afsender\nKære 2\nTekst\nBrevnr. 2';
    expect(requests[0]).toEqual({ insertText: { location: { index: 1 }, text } });
    // The break goes before letter 2's first character: letter 1 is 31 units from index 1.
    expect(requests[1]).toEqual({ insertPageBreak: { location: { index: 32 } } });
    // Final layout: letter 1 [1, 32), the break and its newline [32, 34), letter 2 [34, 65), the body's last newline at 65.
    expect(lastNewline).toBe(65);
    const ranges = requests.slice(2).map((r) => {
      const u = r.updateParagraphStyle ?? r.updateTextStyle!;
      return [r.updateParagraphStyle ? 'p' : 't', u.range.startIndex, u.range.endIndex];
    });
    // The commonest paragraph and text looks over everything, then one request per run that differs: each
    // reference line (no alignment; 7 pt, its break and newline included) and each sender (9 pt).
    expect(ranges).toEqual([
      ['p', 1, 66], ['t', 1, 66],
      ['p', 23, 34], ['p', 56, 66],
      ['t', 1, 10], ['t', 23, 34], ['t', 34, 43], ['t', 56, 66],
    ]);
  });

  test('after letters already there: the first new letter starts on a new page too', () => {
    const { requests } = appendLettersRequests(40, [[normal('Kære 3')]], true);
    expect(requests.slice(0, 2)).toEqual([{ insertText: { location: { index: 40 }, text: 'Kære 3' } }, { insertPageBreak: { location: { index: 40 } } }]);
    expect(requests[2]).toMatchObject({ updateParagraphStyle: { range: { startIndex: 42, endIndex: 49 } } });
  });
});
