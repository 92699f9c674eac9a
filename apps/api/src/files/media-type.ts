/** The types a partnership document may have: signed decisions and conventions, photos and scans. */
export const UPLOADABLE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type UploadableMediaType = (typeof UPLOADABLE_MEDIA_TYPES)[number];

/** What an unrecognised content is called. */
export const UNKNOWN_MEDIA_TYPE = 'application/octet-stream';

/** How many leading bytes `sniffMediaType` looks at. */
export const SNIFF_LENGTH = 64;

/** File name extensions of each accepted type, the first being the one added to a name without any. */
export const EXTENSIONS: Record<UploadableMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/webp': ['webp'],
};

/** Content-Type values clients declare for each accepted type (old browsers have their own names). */
const DECLARED_NAMES: Record<UploadableMediaType, readonly string[]> = {
  'application/pdf': ['application/pdf', 'application/x-pdf'],
  'image/png': ['image/png', 'image/x-png'],
  'image/jpeg': ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  'image/webp': ['image/webp'],
};

/**
 * Declared types that say nothing about the content: "some bytes", and `text/plain`, which multipart
 * parsers assume for a part that declares no type.
 */
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'text/plain']);

interface Signature {
  mediaType: string;
  matches: (head: Buffer) => boolean;
}

const startsWith =
  (...bytes: number[]) =>
  (head: Buffer) =>
    head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));
const textStart = (head: Buffer) =>
  head
    .subarray(0, SNIFF_LENGTH)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();

/**
 * Magic numbers, most specific first. Beyond the accepted types, the usual suspects are recognised too
 * (executables, archives, markup), so that a refusal can say what the content really is.
 */
const SIGNATURES: readonly Signature[] = [
  { mediaType: 'application/pdf', matches: startsWith(...ascii('%PDF-')) },
  { mediaType: 'image/png', matches: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { mediaType: 'image/jpeg', matches: startsWith(0xff, 0xd8, 0xff) },
  {
    mediaType: 'image/webp',
    matches: (head) =>
      startsWith(...ascii('RIFF'))(head) && head.length >= 12 && head.toString('latin1', 8, 12) === 'WEBP',
  },
  { mediaType: 'image/gif', matches: (head) => /^GIF8[79]a/.test(head.toString('latin1', 0, 6)) },
  { mediaType: 'application/x-elf', matches: startsWith(0x7f, ...ascii('ELF')) },
  { mediaType: 'application/vnd.microsoft.portable-executable', matches: startsWith(...ascii('MZ')) },
  {
    mediaType: 'application/x-mach-binary',
    matches: (head) =>
      [
        [0xfe, 0xed, 0xfa, 0xce],
        [0xfe, 0xed, 0xfa, 0xcf],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xcf, 0xfa, 0xed, 0xfe],
        [0xca, 0xfe, 0xba, 0xbe],
      ].some((magic) => startsWith(...magic)(head)),
  },
  { mediaType: 'application/zip', matches: startsWith(0x50, 0x4b, 0x03, 0x04) },
  { mediaType: 'application/zip', matches: startsWith(0x50, 0x4b, 0x05, 0x06) },
  { mediaType: 'application/gzip', matches: startsWith(0x1f, 0x8b) },
  {
    mediaType: 'application/x-ole-storage',
    matches: startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
  },
  { mediaType: 'text/x-shellscript', matches: startsWith(...ascii('#!')) },
  { mediaType: 'image/svg+xml', matches: (head) => textStart(head).startsWith('<svg') },
  {
    mediaType: 'text/html',
    matches: (head) => /^<(!doctype html|html|head|body|script)/.test(textStart(head)),
  },
  { mediaType: 'application/xml', matches: (head) => textStart(head).startsWith('<?xml') },
];

/**
 * The type of a content, told by its first bytes (at least `SNIFF_LENGTH` of them when the file is that
 * long), never by its name or by what the client declared. `application/octet-stream` when unrecognised.
 */
export function sniffMediaType(head: Buffer): string {
  return SIGNATURES.find((signature) => signature.matches(head))?.mediaType ?? UNKNOWN_MEDIA_TYPE;
}

export function isUploadable(mediaType: string): mediaType is UploadableMediaType {
  return (UPLOADABLE_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

/** The extension of a file name (lower case, without the dot), or undefined when it has none. */
export function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : undefined;
}

/**
 * Whether a file name fits the content's type: its extension is one of the type's, or it has none (the
 * type's extension is then added). `report.pdf` holding a PNG, or `photo.exe` holding a JPEG, does not.
 */
export function nameAgreesWith(name: string, mediaType: UploadableMediaType): boolean {
  const extension = extensionOf(name);
  return extension === undefined || EXTENSIONS[mediaType].includes(extension);
}

/** Whether the Content-Type the client declared for the part fits the content's type. */
export function declaredTypeAgreesWith(
  declared: string | undefined,
  mediaType: UploadableMediaType,
): boolean {
  const essence = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return UNDECLARED.has(essence) || DECLARED_NAMES[mediaType].includes(essence);
}
