import { EXTENSIONS, extensionOf, type UploadableMediaType } from './media-type';

/** Longest kept file name, in characters (the `stored_file.original_name` column). */
export const MAX_FILE_NAME_LENGTH = 200;

const FALLBACK_NAME = 'document';

/**
 * A client's file name made safe to keep and to show: its last path segment only, in NFC, without control
 * or invisible formatting characters (such as the right-to-left override that makes `fdp.exe` read
 * `exe.pdf`), without characters that file systems refuse, without leading or trailing dots and spaces,
 * and at most `MAX_FILE_NAME_LENGTH` characters with its extension kept.
 */
export function sanitiseFileName(raw: string | undefined): string {
  const cleaned = (raw ?? '')
    .split(/[\\/]/)
    .at(-1)!
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return truncate(cleaned || FALLBACK_NAME);
}

/** The name a stored file keeps: the sanitised name, with the type's extension added when it has none. */
export function storedFileName(sanitised: string, mediaType: UploadableMediaType): string {
  return extensionOf(sanitised) === undefined
    ? truncate(`${sanitised}.${EXTENSIONS[mediaType][0]}`)
    : truncate(sanitised);
}

/**
 * `Content-Disposition` that makes the browser save the file instead of showing it, with the name in
 * UTF-8 (RFC 6266 / RFC 8187) and an ASCII fallback for old clients.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}

function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Cuts the part before the extension so that the whole name fits, counting characters (code points). */
function truncate(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = extensionOf(name);
  const suffix = extension !== undefined && extension.length <= 10 ? `.${name.slice(-extension.length)}` : '';
  const stem = characters
    .slice(0, MAX_FILE_NAME_LENGTH - Array.from(suffix).length)
    .join('')
    .replace(/[\s.]+$/, '');
  return `${stem || FALLBACK_NAME}${suffix}`;
}
