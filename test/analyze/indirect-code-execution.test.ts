import { detectorTable, type DetectorCase } from './detector-table.ts';

const ID = 'indirect-code-execution';

// [what the case shows, code, expected severity (null: no finding)]
const table: DetectorCase[] = [
  ['the Function constructor reached through a prototype runs a fetched icon\'s text',
    `async function go() { var r = await fetch('/favicon.ico'); var t = await r.text();
       var F = Object.getPrototypeOf(function () {}).constructor; F(t.split('|~|')[1])(); } go();`,
    'high'],
  ['an async function\'s constructor runs text decoded from char codes',
    `var pts = window.pts; var s = ''; for (var i = 0; i < pts.length; i++) s += String.fromCharCode(pts[i]);
     new (Object.getPrototypeOf(async function () {}).constructor)(s)();`,
    'medium'],
  ['a jQuery-made script element gets text decoded from hex',
    `function unhex(h) { var r = ''; for (var k = 0; k < h.length; k += 2) r += String.fromCharCode(parseInt(h.substr(k, 2), 16)); return r; }
     $.get('/img/icon.svg').done(function (svg) { $('<script>').attr('type', 'text/javascript').text(unhex(svg.slice(40))).appendTo('head'); });`,
    'medium'],
  ['a created script element gets a network response as its text',
    `var x = new XMLHttpRequest(); x.open('GET', '/logo.png'); x.onload = function () { var s = document.createElement('script'); s.text = x.responseText.slice(900); document.head.appendChild(s); }; x.send();`,
    'high'],
  // benign look-alikes
  ['a constant inline script (unpacked as a nested layer instead)',
    `var s = document.createElement('script'); s.text = 'window.dataLayer = window.dataLayer || [];'; document.head.appendChild(s);`,
    null],
  ['a jQuery-made element that is not a script gets fetched text',
    `$.get('/news').done(function (t) { $('<div>').text(t).appendTo('#news'); });`,
    null],
  ['the async-function constructor kept for an instanceof check',
    `var AsyncFunction = Object.getPrototypeOf(async function () {}).constructor; function isAsync(f) { return f instanceof AsyncFunction; }`,
    null],
  ['a template compiled with new Function from its own source text',
    `function compile(tpl) { var body = 'return ' + JSON.stringify(tpl.trim()) + ';'; return new Function('data', body); }`,
    null],
];

detectorTable(ID, table);
