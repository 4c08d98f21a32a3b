import { describe, expect, it } from 'vitest';
import { csvBlob, csvFileName } from './csvDownload.ts';

describe('the CSV file name', () => {
  it('names the team in file-name-safe characters', () => {
    expect(csvFileName('Contoso Checkout')).toBe('customer-pulse-contoso-checkout.csv');
    expect(csvFileName('Zahlungen & Rückgabe / EU')).toBe('customer-pulse-zahlungen-ruckgabe-eu.csv');
    expect(csvFileName('7a26dfc2-d89f')).toBe('customer-pulse-7a26dfc2-d89f.csv');
    expect(csvFileName('***')).toBe('customer-pulse-team.csv');
  });
});

describe('a CSV file the tab writes', () => {
  it('quotes and defuses fields as the API does, with CRLF line ends', async () => {
    const blob = csvBlob([
      ['statement', 'median'],
      ['=SUM(A1), "quoted"', 62.5],
    ]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe('statement,median\r\n"\'=SUM(A1), ""quoted""",62.5\r\n');
  });
});
