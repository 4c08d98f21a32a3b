import { describe, expect, it } from 'vitest';
import { csvFileName } from './csvDownload.ts';

describe('the CSV file name', () => {
  it('names the team in file-name-safe characters', () => {
    expect(csvFileName('Contoso Checkout')).toBe('customer-pulse-contoso-checkout.csv');
    expect(csvFileName('Zahlungen & Rückgabe / EU')).toBe('customer-pulse-zahlungen-ruckgabe-eu.csv');
    expect(csvFileName('7a26dfc2-d89f')).toBe('customer-pulse-7a26dfc2-d89f.csv');
    expect(csvFileName('***')).toBe('customer-pulse-team.csv');
  });
});
