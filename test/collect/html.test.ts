import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractScripts } from '../../src/collect/html.ts';
import type { HtmlScript } from '../../src/collect/html.ts';

/** The text of `html` from a 1-based line/column (lines end at LF, CRLF or CR). */
function textAt(html: string, line: number, column: number): string {
  const lines = html.split(/\r\n|\r|\n/);
  let offset = 0;
  for (let index = 0; index < line - 1; index++) {
    offset += (lines[index] ?? '').length;
    offset += html.startsWith('\r\n', offset) ? 2 : 1;
  }
  return html.slice(offset + column - 1);
}

const kinds = (scripts: HtmlScript[]): string[] => scripts.map((script) => script.kind);
const sources = (scripts: HtmlScript[]): (string | undefined)[] => scripts.map((script) => script.source);

describe('inline scripts', () => {
  test('extracts the code and points at its first character', () => {
    const html = '<html>\n<head>\n  <script>\n    var card = form.cc.value;\n  </script>\n</head></html>';
    const [script, ...rest] = extractScripts(html);
    assert.equal(rest.length, 0);
    assert.ok(script);
    assert.equal(script.kind, 'inline');
    assert.equal(script.source, '\n    var card = form.cc.value;\n  ');
    assert.equal(script.label, 'inline script #1');
    assert.deepEqual([script.line, script.column], [3, 11]);
    assert.ok(textAt(html, script.line, script.column).startsWith(script.source ?? '<missing>'));
  });

  test('counts lines across CRLF and lone CR', () => {
    const html = '<p>a</p>\r\n<p>b</p>\r<div>\n<script>x()</script>';
    const [script] = extractScripts(html);
    assert.ok(script);
    assert.deepEqual([script.line, script.column], [4, 9]);
  });

  test('keeps the raw text: no entity decoding, "<" is code, the body ends at the first </script', () => {
    // As in a browser, `"; tail()` after the early </SCRIPT > is page text, not code.
    const html = '<script>if (a < b && c > d) s = "&amp;";</script><script>s = "</SCRIPT >"; tail()</script>';
    const scripts = extractScripts(html);
    assert.deepEqual(sources(scripts), ['if (a < b && c > d) s = "&amp;";', 's = "']);
  });

  test('numbers inline scripts in document order, skipping data blocks', () => {
    const html = [
      '<script>one()</script>',
      '<script type="application/ld+json">{"@type":"Product"}</script>',
      '<script>two()</script>',
    ].join('\n');
    const scripts = extractScripts(html);
    assert.deepEqual(scripts.map((script) => script.label), ['inline script #1', 'inline script #2']);
    assert.deepEqual(sources(scripts), ['one()', 'two()']);
    assert.equal(scripts[1]?.line, 3);
  });

  test('accepts every JavaScript type and refuses non-JS types', () => {
    const runs = [
      '', ' type=""', ' type="text/javascript"', ' type="TEXT/JavaScript"', ' type=" text/javascript "',
      ' type="module"', ' type="application/javascript"', ' type="application/x-javascript"',
      ' type="text/ecmascript"', ' type="application/ecmascript"', ' type="text/javascript1.5"',
      ' type="text/jscript"', ' type="text/javascript; charset=utf-8"', ' language="JavaScript"',
      ' language=""',
    ];
    const doesNotRun = [
      ' type="application/ld+json"', ' type="application/json"', ' type="text/template"',
      ' type="text/x-handlebars-template"', ' type="importmap"', ' type="speculationrules"',
      ' type="text/plain"', ' type="text/vbscript"', ' language="vbscript"', ' type="module-ish"',
    ];
    for (const attributes of runs) {
      assert.equal(extractScripts(`<script${attributes}>code()</script>`).length, 1, `<script${attributes}> runs`);
    }
    for (const attributes of doesNotRun) {
      assert.deepEqual(extractScripts(`<script${attributes}>code()</script>`), [], `<script${attributes}> does not run`);
      assert.deepEqual(extractScripts(`<script${attributes} src="/x.js"></script>`), [], `<script${attributes} src>`);
    }
  });

  test('ignores empty and whitespace-only scripts', () => {
    assert.deepEqual(extractScripts('<script></script><script>\n  \n</script>'), []);
  });

  test('ignores script markup inside comments, textarea, title, style and xmp', () => {
    const html = [
      '<!-- <script>commented()</script> -->',
      '<textarea><script>inTextarea()</script></textarea>',
      '<title><script>inTitle()</script></title>',
      '<style>a::after { content: "<script>inStyle()</script>" }</style>',
      '<xmp><script>inXmp()</script></xmp>',
      '<script>real()</script>',
    ].join('\n');
    assert.deepEqual(sources(extractScripts(html)), ['real()']);
  });
});

describe('external scripts', () => {
  const page = 'https://shop.example/checkout/pay.html';

  test('resolves src against the page URL and points at the tag', () => {
    const html = '<head>\n  <script async src="../js/app.js?v=2"></script>\n</head>';
    const [script] = extractScripts(html, page);
    assert.ok(script);
    assert.equal(script.kind, 'external');
    assert.equal(script.url, 'https://shop.example/js/app.js?v=2');
    assert.equal(script.label, 'https://shop.example/js/app.js?v=2');
    assert.equal(script.source, undefined);
    assert.deepEqual([script.line, script.column], [2, 3]);
    assert.ok(textAt(html, script.line, script.column).startsWith('<script async'));
  });

  test('ignores the body of a script that has src, as browsers do', () => {
    const scripts = extractScripts('<script src="//cdn.example/lib.js">hidden()</script>', page);
    assert.deepEqual(kinds(scripts), ['external']);
    assert.equal(scripts[0]?.url, 'https://cdn.example/lib.js');
  });

  test('an empty src runs nothing', () => {
    assert.deepEqual(extractScripts('<script src="">body()</script><script src="  "></script>', page), []);
  });

  test('resolves against the first <base href>, only for scripts after it', () => {
    const html = [
      '<script src="before.js"></script>',
      '<base href="https://static.example/assets/">',
      '<base href="https://ignored.example/">',
      '<script src="after.js"></script>',
    ].join('');
    const urls = extractScripts(html, page).map((script) => script.url);
    assert.deepEqual(urls, ['https://shop.example/checkout/before.js', 'https://static.example/assets/after.js']);
  });

  test('a relative base resolves against the page; a javascript: base is ignored', () => {
    const relative = extractScripts('<base href="/v2/"><script src="x.js"></script>', page);
    assert.equal(relative[0]?.url, 'https://shop.example/v2/x.js');
    const hostile = extractScripts('<base href="javascript:alert(1)//"><script src="x.js"></script>', page);
    const external = hostile.find((script) => script.kind === 'external');
    assert.equal(external?.url, 'https://shop.example/checkout/x.js');
  });

  test('without a page URL: absolute and base-relative URLs resolve, others stay as written', () => {
    assert.equal(extractScripts('<script src="HTTPS://CDN.Example/a.js"></script>')[0]?.url, 'https://cdn.example/a.js');
    assert.equal(extractScripts('<script src="/js/a.js"></script>')[0]?.url, '/js/a.js');
    assert.equal(extractScripts('<script src="a.js"></script>', 'not a url')[0]?.url, 'a.js');
    const based = extractScripts('<base href="https://b.example/x/"><script src="a.js"></script>');
    assert.equal(based[0]?.url, 'https://b.example/x/a.js');
  });

  test('SVG scripts loading from href / xlink:href are reported, body too', () => {
    const html = '<svg><script xlink:href="/evil.js"></script><script href="/two.js">inline()</script></svg>';
    const scripts = extractScripts(html, page);
    assert.deepEqual(kinds(scripts), ['external', 'external', 'inline']);
    assert.deepEqual(scripts.map((script) => script.url ?? script.source), [
      'https://shop.example/evil.js',
      'https://shop.example/two.js',
      'inline()',
    ]);
  });
});

describe('event handlers', () => {
  test('every on* attribute on any element, decoded, with the value position', () => {
    const html = [
      '<body onload="init()">',
      '<img src=x.png ONERROR=eval(atob(&quot;YWxlcnQoMSk=&quot;))>',
      "<button type=submit onclick='send(\"card\")'>Pay</button>",
      '<form onsubmit = "return steal(this)">',
      '<x-widget onwhatever="custom()"></x-widget>',
    ].join('\n');
    const scripts = extractScripts(html);
    assert.deepEqual(kinds(scripts), Array(5).fill('event-handler'));
    assert.deepEqual(sources(scripts), [
      'init()',
      'eval(atob("YWxlcnQoMSk="))',
      'send("card")',
      'return steal(this)',
      'custom()',
    ]);
    assert.deepEqual(scripts.map((script) => script.label), [
      'onload of <body>',
      'onerror of <img>',
      'onclick of <button>',
      'onsubmit of <form>',
      'onwhatever of <x-widget>',
    ]);
    const expectedStarts = ['init()', 'eval(atob(&quot;', 'send(', 'return steal', 'custom()'];
    scripts.forEach((script, index) => {
      assert.ok(
        textAt(html, script.line, script.column).startsWith(expectedStarts[index] ?? '<missing>'),
        `${script.label} at ${script.line}:${script.column}`,
      );
    });
  });

  test('only the first of duplicated attributes counts; empty handlers are skipped; "on" alone is not a handler', () => {
    const scripts = extractScripts('<div onclick="first()" onclick="second()" onmouseover="" on="x" one></div>');
    assert.deepEqual(sources(scripts), ['first()']);
  });

  test('handlers on a <script> tag are reported besides the script', () => {
    const scripts = extractScripts('<script src="/a.js" onload="afterLoad()"></script>', 'https://s.example/');
    assert.deepEqual(kinds(scripts), ['event-handler', 'external']);
  });
});

describe('javascript: URLs', () => {
  test('in every URL attribute, percent-decoded, pointing at the code', () => {
    const html = [
      '<a href="javascript:alert(%22pwned%22)">x</a>',
      '<iframe src="javascript:parent.steal()"></iframe>',
      '<form action="javascript:submitIt()"><button formaction="javascript:other()">go</button></form>',
      '<object data="javascript:obj()"></object>',
      '<svg><a xlink:href="javascript:svgLink()"><text>t</text></a></svg>',
    ].join('\n');
    const scripts = extractScripts(html);
    assert.deepEqual(kinds(scripts), Array(6).fill('javascript-url'));
    assert.deepEqual(sources(scripts), [
      'alert("pwned")',
      'parent.steal()',
      'submitIt()',
      'other()',
      'obj()',
      'svgLink()',
    ]);
    assert.deepEqual(scripts.map((script) => script.label), [
      'javascript: URL in <a href>',
      'javascript: URL in <iframe src>',
      'javascript: URL in <form action>',
      'javascript: URL in <button formaction>',
      'javascript: URL in <object data>',
      'javascript: URL in <a xlink:href>',
    ]);
    const first = scripts[0];
    assert.ok(first);
    assert.ok(textAt(html, first.line, first.column).startsWith('alert(%22pwned'));
    const padded = extractScripts('<p>\n<a href="  JavaScript:go()">')[0];
    assert.deepEqual([padded?.line, padded?.column], [2, 23]);
  });

  test('sees through the spellings browsers accept', () => {
    const spellings = [
      '<a href="JaVaScRiPt:go()">',
      '<a href="  javascript:go()">',
      '<a href="&#1;&#x20;javascript:go()">',
      '<a href="\tjava\nscript:go()">',
      '<a href="java&#x09;script:go()">',
      '<a href="javascript&colon;go()">',
      '<a href="&#x6A;&#x61;vascript:go()">',
      '<a href=javascript:go()>',
      "<a href='javascript:g%6F()'>",
    ];
    for (const html of spellings) {
      const scripts = extractScripts(html);
      assert.deepEqual(sources(scripts), ['go()'], html);
      assert.equal(scripts[0]?.kind, 'javascript-url');
    }
  });

  test('leaves malformed escapes alone and decodes UTF-8 escapes', () => {
    assert.deepEqual(sources(extractScripts('<a href="javascript:x=%zz+%E2%82%AC+%">')), ['x=%zz+€+%']);
  });

  test('is not fooled by look-alikes or by non-URL attributes', () => {
    const html = [
      '<a href="https://example.test/javascript:alert(1)">',
      '<a href="/javascript:alert(1)">',
      '<a href="#javascript:alert(1)">',
      '<a href="javascripts:alert(1)">',
      '<a href="vbscript:msgbox(1)">',
      '<a title="javascript:alert(1)" data-href="javascript:alert(1)">',
    ].join('');
    assert.deepEqual(extractScripts(html), []);
  });
});

describe('broken HTML', () => {
  test('copes with unclosed tags, odd case, missing quotes and an unclosed script at the end', () => {
    const html = '<DIV><P OnClick=go()>text<ScRiPt TyPe=TEXT/JAVASCRIPT>one()</sCrIpT><b><i>\n<script>tail(1);\nmore()';
    const scripts = extractScripts(html);
    assert.deepEqual(kinds(scripts), ['event-handler', 'inline', 'inline']);
    assert.deepEqual(sources(scripts), ['go()', 'one()', 'tail(1);\nmore()']);
    assert.equal(scripts[2]?.line, 2);
    assert.equal(scripts[2]?.column, 9);
  });

  test('copes with stray brackets, junk attributes and a truncated tag', () => {
    const html = '<<div =x "y"=z onmouseenter=a()>></div><img src=1 onerror=b() / ><a href=javascript:c()';
    const scripts = extractScripts(html);
    assert.ok(sources(scripts).includes('a()'), JSON.stringify(scripts));
    assert.ok(sources(scripts).includes('b()'), JSON.stringify(scripts));
  });

  test('never throws on arbitrary input', () => {
    for (const html of ['', '<', '<script', '<script>', '</script>', '<a href=', '<!--', '<![CDATA[', '\u0000<x on=\u0000>']) {
      assert.ok(Array.isArray(extractScripts(html, 'https://p.example/')));
    }
  });
});
