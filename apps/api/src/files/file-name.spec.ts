import { attachmentDisposition, MAX_FILE_NAME_LENGTH, sanitiseFileName, storedFileName } from './file-name';

describe('sanitiseFileName', () => {
  it('keeps an ordinary French name as it is', () => {
    expect(sanitiseFileName('Délibération du conseil — 12 mars.pdf')).toBe(
      'Délibération du conseil — 12 mars.pdf',
    );
  });

  it('keeps only the last path segment, whatever the separator', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\agent\\convention.pdf')).toBe('convention.pdf');
  });

  it('drops control and invisible formatting characters, such as a right-to-left override', () => {
    expect(sanitiseFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseFileName('a\u0000b\u200Bc\r\n.pdf')).toBe('abc.pdf');
  });

  it('replaces characters file systems refuse and trims dots and spaces at the ends', () => {
    expect(sanitiseFileName('  ..what?<now>:"x"|*.pdf.. ')).toBe('what__now___x___.pdf');
  });

  it('composes accents (NFC) so that one name is stored one way', () => {
    expect(sanitiseFileName('De\u0301libe\u0301ration.pdf')).toBe('Délibération.pdf');
  });

  it('names a file that has no usable name', () => {
    expect(sanitiseFileName(undefined)).toBe('document');
    expect(sanitiseFileName(' ... ')).toBe('document');
  });

  it('cuts a long name to the limit, keeping its extension, counting characters not bytes', () => {
    const name = sanitiseFileName(`${'é'.repeat(300)}.pdf`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('é.pdf')).toBe(true);
    const emoji = sanitiseFileName(`${'📄'.repeat(300)}.pdf`);
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });
});

describe('storedFileName', () => {
  it('adds the content type’s extension to a name without one', () => {
    expect(storedFileName('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(storedFileName('convention.pdf', 'application/pdf')).toBe('convention.pdf');
  });
});

describe('attachmentDisposition', () => {
  it('gives the name in UTF-8 and an ASCII fallback, with nothing that could break the header', () => {
    expect(attachmentDisposition('Délibération n°3 (signée).pdf')).toBe(
      `attachment; filename="Deliberation n_3 (signee).pdf"; filename*=UTF-8''D%C3%A9lib%C3%A9ration%20n%C2%B03%20%28sign%C3%A9e%29.pdf`,
    );
    expect(attachmentDisposition('a"b\\c%d.pdf')).toBe(
      `attachment; filename="a_b_c_d.pdf"; filename*=UTF-8''a%22b%5Cc%25d.pdf`,
    );
  });
});
