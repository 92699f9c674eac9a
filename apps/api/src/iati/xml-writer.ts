// A small XML writer for the files the API publishes (the IATI activity file): elements are built as data,
// then serialised with every text and attribute value escaped, so that no user text can change the markup.

type AttributeValue = string | number | boolean | null | undefined;

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly children: readonly XmlElement[];
  readonly text: string | null;
}

/**
 * An element: attributes in the order given (null or undefined ones left out, booleans as 1/0), and either
 * child elements (null ones left out) or a text.
 */
export function xmlElement(
  name: string,
  attributes: Record<string, AttributeValue> = {},
  content: ReadonlyArray<XmlElement | null> | string = [],
): XmlElement {
  const written = Object.entries(attributes).flatMap(([key, value]): Array<[string, string]> =>
    value === null || value === undefined ? [] : [[key, formatAttribute(value)]],
  );
  return typeof content === 'string'
    ? { name, attributes: written, children: [], text: content }
    : {
        name,
        attributes: written,
        children: content.filter((child): child is XmlElement => child !== null),
        text: null,
      };
}

function formatAttribute(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return formatDecimal(value);
  return value;
}

/** A number as `xsd:decimal` wants it: no exponent, no thousands separator. */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a decimal: ${value}`);
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // Exponent notation appears from 1e21 (written as an integer) and below 1e-6 (rounded to ten decimals).
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  return value.toFixed(10).replace(/\.?0+$/, '');
}

/** Whether XML 1.0 allows the code point (its `Char` production): not most C0 controls, lone surrogates, U+FFFE/F. */
function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Characters XML cannot carry are removed, since no escape can represent them. */
function withoutForbiddenCharacters(text: string): string {
  let kept = '';
  // Iterating a string yields code points; a lone surrogate comes alone, with its own (surrogate) value.
  for (const character of text) {
    if (isXmlCharacter(character.codePointAt(0) ?? 0)) kept += character;
  }
  return kept;
}

export function escapeXmlText(text: string): string {
  return withoutForbiddenCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Quotes escaped too, and line breaks and tabs as references, which attribute normalisation would lose. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** The document: the XML declaration (UTF-8) and the root element, indented by two spaces. */
export function serializeXmlDocument(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeElement(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function writeElement(element: XmlElement, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = element.attributes
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (element.text !== null) {
    lines.push(`${open}>${escapeXmlText(element.text)}</${element.name}>`);
    return;
  }
  if (element.children.length === 0) {
    lines.push(`${open}/>`);
    return;
  }
  lines.push(`${open}>`);
  for (const child of element.children) writeElement(child, depth + 1, lines);
  lines.push(`${indent}</${element.name}>`);
}
