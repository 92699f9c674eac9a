import {
  declaredTypeAgreesWith,
  extensionOf,
  isUploadable,
  nameAgreesWith,
  sniffMediaType,
  UNKNOWN_MEDIA_TYPE,
} from './media-type';

const bytes = (...values: number[]) => Buffer.from(values);
const text = (value: string) => Buffer.from(value, 'latin1');

describe('sniffMediaType', () => {
  it.each([
    ['a PDF', text('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46), 'image/jpeg'],
    ['a WebP', text('RIFF\x24\x00\x00\x00WEBPVP8 '), 'image/webp'],
  ])('recognises %s by its first bytes', (_what, head, mediaType) => {
    expect(sniffMediaType(head)).toBe(mediaType);
    expect(isUploadable(sniffMediaType(head))).toBe(true);
  });

  it.each([
    ['a Linux executable', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0), 'application/x-elf'],
    [
      'a Windows executable',
      text('MZ\x90\x00\x03\x00\x00\x00'),
      'application/vnd.microsoft.portable-executable',
    ],
    ['a macOS executable', bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1), 'application/x-mach-binary'],
    ['a ZIP (or an Office document)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'application/zip'],
    ['a GIF', text('GIF89a\x01\x00'), 'image/gif'],
    [
      'an SVG, which can carry scripts',
      text('\xEF\xBB\xBF  <svg xmlns="http://www.w3.org/2000/svg">'),
      'image/svg+xml',
    ],
    ['an HTML page', text('\n<!DOCTYPE html><html>'), 'text/html'],
    ['a shell script', text('#!/bin/sh\nrm -rf /'), 'text/x-shellscript'],
    ['a RIFF that is not WebP (a WAV)', text('RIFF\x24\x00\x00\x00WAVEfmt '), UNKNOWN_MEDIA_TYPE],
    ['plain text', text('Délibération du conseil'), UNKNOWN_MEDIA_TYPE],
    ['nothing', Buffer.alloc(0), UNKNOWN_MEDIA_TYPE],
  ])('tells %s apart, and does not accept it', (_what, head, mediaType) => {
    expect(sniffMediaType(head)).toBe(mediaType);
    expect(isUploadable(sniffMediaType(head))).toBe(false);
  });

  it('accepts a PDF only when %PDF- opens the content, not somewhere after other bytes', () => {
    expect(sniffMediaType(text('MZ\x90\x00%PDF-1.4'))).toBe('application/vnd.microsoft.portable-executable');
    expect(sniffMediaType(text(' %PDF-1.4'))).toBe(UNKNOWN_MEDIA_TYPE);
  });

  it('does not take a truncated signature for the real one', () => {
    expect(sniffMediaType(text('%PDF'))).toBe(UNKNOWN_MEDIA_TYPE);
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47))).toBe(UNKNOWN_MEDIA_TYPE);
    expect(sniffMediaType(text('RIFF\x24\x00\x00\x00WEB'))).toBe(UNKNOWN_MEDIA_TYPE);
  });
});

describe('names and declared types against the content', () => {
  it('reads the last extension, in lower case', () => {
    expect(extensionOf('Convention signée.PDF')).toBe('pdf');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
    expect(extensionOf('scan')).toBeUndefined();
    expect(extensionOf('ends-with-dot.')).toBeUndefined();
  });

  it('accepts a name with one of the type’s extensions, or with none', () => {
    expect(nameAgreesWith('deliberation.pdf', 'application/pdf')).toBe(true);
    expect(nameAgreesWith('photo.JPEG', 'image/jpeg')).toBe(true);
    expect(nameAgreesWith('photo.jpg', 'image/jpeg')).toBe(true);
    expect(nameAgreesWith('scan', 'image/png')).toBe(true);
  });

  it('refuses a name that says another type than the content', () => {
    expect(nameAgreesWith('report.pdf', 'image/png')).toBe(false);
    expect(nameAgreesWith('photo.exe', 'image/jpeg')).toBe(false);
    expect(nameAgreesWith('page.html', 'application/pdf')).toBe(false);
  });

  it('accepts a declared type that names the content, or says nothing about it', () => {
    expect(declaredTypeAgreesWith('application/pdf', 'application/pdf')).toBe(true);
    expect(declaredTypeAgreesWith('IMAGE/JPG; name="x"', 'image/jpeg')).toBe(true);
    expect(declaredTypeAgreesWith('application/octet-stream', 'image/webp')).toBe(true);
    expect(declaredTypeAgreesWith(undefined, 'image/png')).toBe(true);
  });

  it('refuses a declared type that names another type', () => {
    expect(declaredTypeAgreesWith('application/pdf', 'image/png')).toBe(false);
    expect(declaredTypeAgreesWith('text/html', 'application/pdf')).toBe(false);
  });
});
