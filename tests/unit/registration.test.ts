import { describe, expect, it } from 'vitest';
import { ICP_LOOKUP_URL, ICP_NUMBER, POLICE_NUMBER, policeDigits, policeQueryUrl } from '@/lib/registration';

describe('ICP filing numbers', () => {
  it('accepts the forms the MIIT filing system shows', () => {
    for (const number of ['沪ICP备12345678号', '沪ICP备12345678号-1', '京ICP备2024000001号-12', '粤ICP备123456号']) expect(ICP_NUMBER.test(number), number).toBe(true);
  });
  it('refuses typos: spaces, a missing 号, no province, the wrong province, letters, a bare number', () => {
    for (const number of ['沪 ICP备12345678号', '沪ICP备12345678', 'ICP备12345678号', '美ICP备12345678号', '沪ICP备1234567a号', '12345678', '沪ICP证12345678号', '沪ICP备12345678号-']) {
      expect(ICP_NUMBER.test(number), number).toBe(false);
    }
  });
  it('links to the ministry lookup page', () => {
    expect(ICP_LOOKUP_URL).toBe('https://beian.miit.gov.cn/');
  });
});

describe('public-security filing numbers', () => {
  it('accepts a province, 公网安备, 14 digits and 号', () => {
    expect(POLICE_NUMBER.test('沪公网安备31010102001234号')).toBe(true);
    expect(POLICE_NUMBER.test('粤公网安备44030502008569号')).toBe(true);
  });
  it('refuses 13 or 15 digits, a missing 号, spaces, an ICP number', () => {
    for (const number of ['沪公网安备3101010200123号', '沪公网安备310101020012345号', '沪公网安备31010102001234', '沪公网安备 31010102001234号', '沪ICP备12345678号']) {
      expect(POLICE_NUMBER.test(number), number).toBe(false);
    }
  });
  it('builds the query page of the number from its digits', () => {
    expect(policeDigits('沪公网安备31010102001234号')).toBe('31010102001234');
    expect(policeQueryUrl('沪公网安备31010102001234号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=31010102001234');
    expect(policeQueryUrl('京公网安备11010502030143号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143');
  });
  it('refuses to build a link from something that is not a filing number', () => {
    expect(() => policeQueryUrl('沪ICP备12345678号')).toThrow(/not a public-security filing number/);
  });
});
