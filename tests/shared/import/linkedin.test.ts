import { readFileSync } from 'node:fs';
import { fixturePath } from '../../fixtures';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors';
import { parseLinkedInConnections, parseLinkedInDate } from '../../../shared/import/linkedin';

const FIXTURE = new Uint8Array(readFileSync(fixturePath('linkedin-Connections.csv')));
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function problems(input: Uint8Array | string) {
  try {
    parseLinkedInConnections(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return [...(e as InputError).problems];
  }
  throw new Error('expected a rejection');
}

describe('LinkedIn Connections.csv', () => {
  it('reads the fixture: preamble skipped, BOM and CRLF handled, quoted fields kept whole', () => {
    expect(parseLinkedInConnections(FIXTURE)).toEqual([
      {
        line: 5,
        connection: {
          name: 'Ada Okafor',
          role: 'Senior Product Manager - Internal Tools',
          company: 'Northwind Platforms',
          profileUrl: 'https://www.linkedin.com/in/ada-okafor-example',
          connectedOn: '2023-08-24',
        },
      },
      {
        line: 6,
        connection: {
          name: 'Zoë Ångström',
          role: 'Group Product Manager',
          company: 'Fjord Analytics, Inc.',
          profileUrl: 'https://www.linkedin.com/in/zoe-angstrom-example',
          email: 'zoe@example.com',
          connectedOn: '2024-01-03',
        },
      },
      {
        line: 7,
        connection: {
          name: 'Kenji Watanabe',
          role: 'Product Manager, Core Platform',
          company: 'Contoso Cloud',
          profileUrl: 'https://www.linkedin.com/in/kenji-w-example',
          connectedOn: '2022-03-15',
        },
      },
      {
        line: 8,
        connection: {
          name: 'Priya Raman',
          role: 'Director of Product',
          company: 'Lumen Health',
          profileUrl: 'https://www.linkedin.com/in/priya-raman-example',
          email: 'priya.raman@example.org',
          connectedOn: '2024-02-29',
        },
      },
      {
        line: 9,
        connection: {
          name: 'Marcus O\'Neil "Mac"',
          role: 'Product Lead – Checkout',
          company: 'Acme Retail',
          profileUrl: 'https://www.linkedin.com/in/marcus-oneil-example',
          connectedOn: '2025-11-07',
        },
      },
      {
        line: 10,
        connection: {
          name: '李 娜',
          role: 'Product Manager',
          company: 'Tencent Example',
          profileUrl: 'https://www.linkedin.com/in/li-na-example',
          connectedOn: '2021-06-12',
        },
      },
      {
        line: 11,
        connection: {
          name: 'Sam',
          role: '',
          company: '',
          profileUrl: 'https://www.linkedin.com/in/sam-example',
          connectedOn: '2020-12-01',
        },
      },
    ]);
  });

  it('parses LinkedIn dates and refuses impossible ones', () => {
    expect(parseLinkedInDate('24 Aug 2023')).toBe('2023-08-24');
    expect(parseLinkedInDate('3 Jan 2024')).toBe('2024-01-03');
    expect(parseLinkedInDate('2024-01-03')).toBe('2024-01-03');
    expect(parseLinkedInDate('29 Feb 2023')).toBeNull();
    expect(parseLinkedInDate('24 Foo 2023')).toBeNull();
  });

  it('counts lines across a quoted field that spans lines', () => {
    const csv = `${HEADER}\r\nA,B,https://x.example/a,,"Two\r\nline co",PM,01 Jan 2024\r\nC,D,https://x.example/c,,Co,PM,32 Jan 2024\r\n`;
    expect(problems(csv)).toEqual([{ where: 'Row 4', message: 'the Connected On date “32 Jan 2024” is not a date like 24 Aug 2023' }]);
  });

  it('locates bad fields by line and column, listing every problem', () => {
    const csv = `${HEADER}\n,,https://x.example/a,,Co,PM,01 Jan 2024\nAl,B,javascript:alert(1),not-an-email,Co,PM,01 Jan 2024\n`;
    expect(problems(csv)).toEqual([
      { where: 'Row 2', message: 'the name is empty' },
      { where: 'Row 3', message: 'the profile URL “javascript:alert(1)” is not a web address starting with http:// or https://' },
      { where: 'Row 3', message: 'the email address “not-an-email” is not complete (an email address looks like name@example.com)' },
    ]);
  });

  it('refuses text longer than the limits, at the field', () => {
    expect(problems(`${HEADER}\nA,B,,,${'x'.repeat(201)},PM,\n`)).toEqual([
      { where: 'Row 2', message: 'the company is 201 characters long; at most 200 fit' },
    ]);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(problems(`${HEADER}\nA,B,https://x.example/a\n`)).toEqual([
      { where: 'Row 2', message: 'it has 3 fields where the header row has 7' },
    ]);
  });

  it('refuses a file without the header', () => {
    expect(problems('name,email\nA,a@example.com\n')[0]!.message).toMatch(/^no header row found/);
  });

  it('reads a Connections.csv re-saved with semicolons or tabs (a spreadsheet in another locale)', () => {
    for (const d of [';', '\t']) {
      const csv = `Notes:\n${HEADER.replaceAll(',', d)}\nAda${d}Okafor${d}https://x.example/ada${d}${d}"Northwind, Inc"${d}PM${d}24 Aug 2023\n`;
      expect(parseLinkedInConnections(csv)).toEqual([
        {
          line: 3,
          connection: {
            name: 'Ada Okafor',
            role: 'PM',
            company: 'Northwind, Inc',
            profileUrl: 'https://x.example/ada',
            connectedOn: '2023-08-24',
          },
        },
      ]);
    }
  });

  it("says a semicolon-separated file without LinkedIn's columns looks semicolon-separated", () => {
    expect(problems('Name;Mail;Firm\nAda;a@example.com;Northwind\n')).toEqual([
      {
        where: 'The file',
        message:
          "this looks semicolon-separated; LinkedIn's export uses commas, and no row here has its columns (First Name, Last Name, URL, Email Address, Company, Position, Connected On)",
      },
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(problems(`${HEADER}\nA,"B,https://x.example/a,,Co,PM,01 Jan 2024\n`)).toEqual([
      { where: 'Row 2', message: 'a quoted field (one that starts with ") is never closed' },
    ]);
  });

  it('refuses Latin-1 text and binary data', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${HEADER}\nZo`), 0xeb, ...new TextEncoder().encode(',B,,,,,\n')]);
    expect(problems(latin1)[0]!.message).toMatch(/not UTF-8/);
    expect(problems(new Uint8Array([0x46, 0x00, 0x01, 0x02]))[0]!.message).toMatch(/binary/);
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(problems(new Uint8Array(10_000_001))).toEqual([{ where: 'The file', message: 'it is just over the limit; the limit is 10 MB' }]);
  });
});
