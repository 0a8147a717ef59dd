import PizZip from 'pizzip';
import type { BlockStyle, LetterTemplate } from '../../core/letters/templates';

/**
 * A Word template (.docx) made from one of the default letters (`DEFAULT_TEMPLATES`), so Google Docs and
 * Word letters share their wording. Each `{{placeholder}}` sits whole in one run; a team that edits the
 * template in Word may split it across runs, which the filler (docxtemplater) mends.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A paragraph: its lines joined by line breaks, in the block's paragraph style. */
function paragraph(style: BlockStyle, text: string): string {
  const runs = text
    .split('\n')
    .map((line, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r>`)
    .join('');
  return `<w:p><w:pPr><w:pStyle w:val="${styleId(style)}"/></w:pPr>${runs}</w:p>`;
}

const styleId = (style: BlockStyle) => `Fhb${style[0].toUpperCase()}${style.slice(1)}`;

/** A4, 2.5 cm margins, left margin where a window envelope shows the address. */
const SECTION = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

export function documentXml(template: LetterTemplate): string {
  const body = template.blocks.map((b) => paragraph(b.style, b.text)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}${SECTION}</w:body></w:document>`;
}

interface StyleDef {
  size: number; // half-points
  bold?: boolean;
  align?: 'left' | 'right';
  color?: string;
  after: number; // twips
}

const STYLE_DEFS: Record<BlockStyle, StyleDef> = {
  sender: { size: 18, align: 'right', color: '444444', after: 360 },
  address: { size: 22, after: 480 },
  date: { size: 22, align: 'right', after: 480 },
  title: { size: 30, bold: true, after: 240 },
  normal: { size: 22, after: 160 },
  signature: { size: 22, after: 480 },
  small: { size: 16, color: '666666', after: 0 },
};

export function stylesXml(): string {
  const styles = (Object.keys(STYLE_DEFS) as BlockStyle[]).map((style) => {
    const d = STYLE_DEFS[style];
    return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${styleId(style)}"><w:name w:val="fhb ${style}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:spacing w:after="${d.after}" w:line="276" w:lineRule="auto"/>${d.align === 'right' ? '<w:jc w:val="right"/>' : ''}</w:pPr>` +
      `<w:rPr>${d.bold ? '<w:b/>' : ''}${d.color ? `<w:color w:val="${d.color}"/>` : ''}<w:sz w:val="${d.size}"/><w:szCs w:val="${d.size}"/></w:rPr></w:style>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${styles.join('')}</w:styles>`;
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';

const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';

const DOCUMENT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';

function coreXml(title: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>fhb</dc:creator></cp:coreProperties>`;
}

/** The .docx bytes of a default letter, ready to fill or to hand to the team to edit in Word. */
export function defaultTemplateDocx(template: LetterTemplate): Buffer {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('docProps/core.xml', coreXml(template.title));
  zip.file('word/document.xml', documentXml(template));
  zip.file('word/styles.xml', stylesXml());
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
