import { filledRuns, letterParagraphs, REF_LOOK } from '../../../src/core/docs-api/letter';
import { appendLettersRequests } from '../../../src/core/docs-api/render';
import { DocsDocument, LookRun, ShapedParagraph, templateShape } from '../../../src/core/docs-api/shape';
import { fillSpans } from '../../../src/core/letters/placeholders';

const normal = (text: string, look = {}, runs?: LookRun[]): ShapedParagraph => ({
  text, paragraph: { namedStyleType: 'NORMAL_TEXT', alignment: 'START' }, runs: runs ?? (text ? [{ start: 0, look }] : []), look, pageBreak: false,
});
const BOLD = { bold: true };
const ITALIC = { italic: true };
const para = (text: string, style: object = {}, runs?: object[]) => ({
  paragraph: { paragraphStyle: { namedStyleType: 'NORMAL_TEXT', ...style }, elements: runs ?? [{ textRun: { content: `${text}\n`, textStyle: {} } }] },
});
const doc = (...content: object[]): DocsDocument => ({ body: { content: [{ endIndex: 1, sectionBreak: {} }, ...content] } as DocsDocument['body'] });

describe('templateShape: what the fast path can rebuild', () => {
  test('paragraphs, headings, alignment, a page break at the end; the end\'s own look kept apart', () => {
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
        {
          text: 'Kære {{Navn}}', paragraph: { namedStyleType: 'NORMAL_TEXT', alignment: 'END' },
          runs: [{ start: 0, look: { italic: true, fontSize: 8, foregroundColor: '#666666' } }], look: { italic: true, fontSize: 8, foregroundColor: '#666666' }, pageBreak: false,
        },
        { text: 'Overskrift', paragraph: { namedStyleType: 'HEADING_2' }, runs: [{ start: 0, look: {} }], look: {}, pageBreak: false },
        { text: 'Side 1', paragraph: { namedStyleType: 'NORMAL_TEXT' }, runs: [{ start: 0, look: {} }], look: BOLD, pageBreak: true },
      ],
    });
  });

  test.each([
    ['a table', doc({ table: {} }), 'table'],
    ['a list item', doc({ paragraph: { bullet: { listId: 'l' }, elements: [{ textRun: { content: 'x\n' } }] } }), 'list'],
    ['an image', doc(para('', {}, [{ inlineObjectElement: {} }, { textRun: { content: '\n' } }])), 'image'],
    ['text after a page break', doc(para('', {}, [{ pageBreak: {} }, { textRun: { content: 'efter\n' } }])), 'pageBreakInside'],
    ['line spacing', doc(para('x', { lineSpacing: 150 })), 'paragraphFormat'],
    ['superscript', doc(para('', {}, [{ textRun: { content: 'x\n', textStyle: { baselineOffset: 'SUPERSCRIPT' } } }])), 'textFormat'],
    ['a second section', doc(para('x'), { sectionBreak: {} }), 'section'],
  ])('%s takes the DocumentApp path', (_what, d, reason) => {
    expect(templateShape(d)).toEqual({ ok: false, reason });
  });
});

describe('templateShape: runs of looks inside a paragraph', () => {
  test('a bold word mid-sentence, an italic field, an emoji before a run: runs at UTF-16 offsets; neighbours alike joined', () => {
    const shape = templateShape(
      doc(
        para('', {}, [
          { textRun: { content: '😀 Kære ', textStyle: {} } },
          { textRun: { content: 'Karen', textStyle: { bold: true } } },
          { textRun: { content: ', mødet er ', textStyle: {} } },
          { textRun: { content: '{{Dato}}', textStyle: { italic: true } } },
          { textRun: { content: '.', textStyle: {} } },
          { textRun: { content: ' Hilsen\n', textStyle: {} } },
        ]),
      ),
    );
    expect(shape).toEqual({
      ok: true,
      body: [{
        text: '😀 Kære Karen, mødet er {{Dato}}. Hilsen', paragraph: { namedStyleType: 'NORMAL_TEXT' }, pageBreak: false, look: {},
        runs: [{ start: 0, look: {} }, { start: 8, look: BOLD }, { start: 13, look: {} }, { start: 24, look: ITALIC }, { start: 32, look: {} }],
      }],
    });
  });

  test('text after the newline is not a paragraph the fast path knows', () => {
    expect(templateShape(doc(para('', {}, [{ textRun: { content: 'a\n', textStyle: {} } }, { textRun: { content: 'b', textStyle: {} } }])))).toEqual({ ok: false, reason: 'other' });
  });
});

describe('filledRuns: the looks after the fields are filled', () => {
  const fill = (p: ShapedParagraph, values: Record<string, string>) => {
    const { spans } = fillSpans(p.text, (k) => values[k]);
    return filledRuns(p.text, p.runs, spans);
  };
  test.each([
    // [what, text, runs, values, expected runs]
    ['a field inside a bold run stays bold', 'Mødet er {{Dato}} kl. 10', [{ start: 0, look: {} }, { start: 9, look: BOLD }], { dato: '8. april 2025' }, [{ start: 0, look: {} }, { start: 9, look: BOLD }]],
    ['an italic field takes its own look; what follows moves by the value\'s length', 'Kære {{Navn}}, velkommen', [{ start: 0, look: {} }, { start: 5, look: ITALIC }, { start: 13, look: {} }], { navn: 'Karen Margrethe Hansen' }, [{ start: 0, look: {} }, { start: 5, look: ITALIC }, { start: 27, look: {} }]],
    ['a shorter value moves later runs back', 'Til {{Navn}} og {{Ægtefælle}}: se her', [{ start: 0, look: {} }, { start: 31, look: BOLD }], { navn: 'Bo', aegtefaelle: 'Al' }, [{ start: 0, look: {} }, { start: 14, look: BOLD }]],
    ['a run ending exactly at a field ends there still', 'Dato: {{Dato}}', [{ start: 0, look: BOLD }, { start: 6, look: {} }], { dato: '4. marts 2025' }, [{ start: 0, look: BOLD }, { start: 6, look: {} }]],
    ['a run starting right after a field starts after the value', '{{Navn}} er inviteret', [{ start: 0, look: {} }, { start: 8, look: BOLD }], { navn: 'Karen' }, [{ start: 0, look: {} }, { start: 5, look: BOLD }]],
    ['a field straddling two looks takes its first character\'s', 'Hej {{Navn}}!', [{ start: 0, look: {} }, { start: 4, look: BOLD }, { start: 7, look: {} }], { navn: 'Karen' }, [{ start: 0, look: {} }, { start: 4, look: BOLD }, { start: 9, look: {} }]],
    ['emoji (two UTF-16 units) in a value move later runs by two each', '{{Navn}} kommer', [{ start: 0, look: {} }, { start: 8, look: BOLD }], { navn: '😀😀' }, [{ start: 0, look: {} }, { start: 4, look: BOLD }]],
    ['an empty value leaves no run of its own', 'a{{Tom}}b', [{ start: 0, look: {} }, { start: 1, look: BOLD }, { start: 8, look: {} }], { tom: '' }, [{ start: 0, look: {} }]],
  ])('%s', (_what, text, runs, values, expected) => {
    expect(fill(normal(text, {}, runs as LookRun[]), values as Record<string, string>)).toEqual(expected);
  });
});

describe('letterParagraphs: a letter as the DocumentApp path fills it', () => {
  const fields = new Map([['navn', 'Karen {{x}}'], ['tom', ''], ['aftale', 'Første afsnit\n\nAndet\nlinje']]);
  const lookup = (k: string) => fields.get(k);
  test('fills, tames braces, drops an empty field\'s paragraph, splits paragraphs, keeps line breaks in a paragraph, ends with the reference line', () => {
    const out = letterParagraphs([normal('Kære {{ Navn }}'), normal('{{Tom}}'), normal('{{Aftale}}')], lookup, 'Brevnr. AB-0001');
    expect(out.map((p) => p.text)).toEqual(['Kære Karen { {x} }', 'Første afsnit', 'Andet\u000blinje', 'Brevnr. AB-0001']);
    expect(out[3]).toEqual({ text: 'Brevnr. AB-0001', paragraph: { namedStyleType: 'NORMAL_TEXT' }, runs: [{ start: 0, look: REF_LOOK }], look: REF_LOOK, pageBreak: false });
  });

  test('a split field\'s paragraphs each keep the field\'s look; a line break counts one unit', () => {
    const out = letterParagraphs([normal('  {{Aftale}}', {}, [{ start: 0, look: {} }, { start: 2, look: BOLD }])], lookup, 'Brevnr. AB-0001');
    expect(out.slice(0, 2).map((p) => [p.text, p.runs])).toEqual([
      ['  Første afsnit', [{ start: 0, look: {} }, { start: 2, look: BOLD }]],
      ['  Andet\u000blinje', [{ start: 0, look: {} }, { start: 2, look: BOLD }]],
    ]);
  });
});

describe('appendLettersRequests: indexes after every insert', () => {
  test('runs: one text-style request per stretch that differs, at its final index after the page break', () => {
    const letter = (name: string) => [normal(`Kære ${name}, mødet er i dag`, {}, [{ start: 0, look: {} }, { start: 5, look: BOLD }, { start: 5 + name.length, look: {} }])];
    const { requests } = appendLettersRequests(1, [letter('Bo'), letter('😀 Karen')], false);
    // Letter 1 [1, 24), its break and newline [24, 26); letter 2 from 26: "Kære " then the bold name (8 units).
    const styles = requests.filter((r) => r.updateTextStyle).map((r) => [r.updateTextStyle!.range.startIndex, r.updateTextStyle!.range.endIndex, r.updateTextStyle!.textStyle]);
    expect(styles).toEqual([[1, 56, {}], [6, 8, BOLD], [31, 39, BOLD]]);
  });

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

  test('a bold word inside a 9 pt line among plain text: layered, the line\'s 9 pt as a block, then only "bold" where it differs (7 requests, not 9)', () => {
    const PT9 = { fontSize: 9 };
    const letter = [normal('Tlf 1234', PT9, [{ start: 0, look: PT9 }, { start: 4, look: { ...PT9, bold: true } }]), normal('Kære Bo', {}, [{ start: 0, look: {} }, { start: 5, look: BOLD }]), normal('Hej')];
    const { requests } = appendLettersRequests(1, [letter, letter], false);
    const styles = requests.filter((r) => r.updateTextStyle).map((r) => [r.updateTextStyle!.range.startIndex, r.updateTextStyle!.range.endIndex, r.updateTextStyle!.textStyle, r.updateTextStyle!.fields]);
    const ALL = 'bold,italic,underline,strikethrough,fontSize,weightedFontFamily,foregroundColor,backgroundColor,link';
    const size9 = { fontSize: { magnitude: 9, unit: 'PT' } };
    // Letter 1: [1, 10) "Tlf 1234", [10, 18) "Kære Bo", [18, 23) "Hej" with the break; letter 2 from 23.
    expect(styles).toEqual([
      [1, 44, {}, ALL], [1, 10, size9, ALL], [23, 32, size9, ALL],
      [5, 9, BOLD, 'bold'], [15, 17, BOLD, 'bold'], [27, 31, BOLD, 'bold'], [37, 39, BOLD, 'bold'],
    ]);
  });

  test('two page breaks in a row (a blank page in the template): each paragraph lands after its own break, not after the next one too', () => {
    const heading = (p: ShapedParagraph): ShapedParagraph => ({ ...p, paragraph: { namedStyleType: 'HEADING_1' } });
    const letter = [{ ...normal('a'), pageBreak: true }, heading({ ...normal(''), pageBreak: true }), normal('b')];
    const { requests, lastNewline } = appendLettersRequests(1, [letter], false);
    // "a" at 1, its break and newline [2, 4), the empty paragraph's break and newline [4, 6), "b" at 6, the last newline at 7.
    expect(requests.slice(0, 3)).toEqual([{ insertText: { location: { index: 1 }, text: 'ab' } }, { insertPageBreak: { location: { index: 2 } } }, { insertPageBreak: { location: { index: 2 } } }]);
    expect(requests.filter((r) => r.updateParagraphStyle).map((r) => [r.updateParagraphStyle!.range.startIndex, r.updateParagraphStyle!.range.endIndex])).toEqual([[1, 8], [4, 6]]);
    expect(lastNewline).toBe(7);
  });

  test('after letters already there: the first new letter starts on a new page too', () => {
    const { requests } = appendLettersRequests(40, [[normal('Kære 3')]], true);
    expect(requests.slice(0, 2)).toEqual([{ insertText: { location: { index: 40 }, text: 'Kære 3' } }, { insertPageBreak: { location: { index: 40 } } }]);
    expect(requests[2]).toMatchObject({ updateParagraphStyle: { range: { startIndex: 42, endIndex: 49 } } });
  });
});
