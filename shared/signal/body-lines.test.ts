import { htmlBodyLines, textBodyLines } from "./body-lines";

const THREE = ["Zoë de Vries", "12-03-2015", "Handle with Care"];

describe("textBodyLines", () => {
  test("accepts \\n and \\r\\n line ends and drops blank lines", () => {
    expect(textBodyLines("Zoë de Vries\r\n\r\n12-03-2015\nHandle with Care\r\n")).toEqual(THREE);
  });
});

describe("htmlBodyLines", () => {
  test("reads the rendered body", () => {
    expect(htmlBodyLines("<div>Zoë de Vries</div><div>12-03-2015</div><div>Handle with Care</div>")).toEqual({ ok: true, lines: THREE });
  });

  test("peels off what Outlook on the web wraps around a delivered body", () => {
    const delivered =
      '<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
      '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>\r\n' +
      '<body dir="ltr">\r\n<div class="x_elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">' +
      'Zo&#235; de&nbsp;Vries</div>\r\n<div class="x_elementToProof"><span style="color: rgb(0,0,0)">12-03-2015</span><br></div>' +
      "<div>&nbsp;</div><p>Handle with Care</p>\r\n</body>\r\n</html>\r\n";
    expect(htmlBodyLines(delivered)).toEqual({ ok: true, lines: THREE });
  });

  test("peels off Word-based Outlook markup: doctype, xmlns, conditional head comments and <o:p>", () => {
    const delivered =
      '<!DOCTYPE html><html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">' +
      '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><!--[if gte mso 9]><xml><o:shapedefaults /></xml><![endif]-->' +
      "<style><!-- /* Font Definitions */ @font-face {font-family:Aptos;} p.MsoNormal {margin:0cm;} --></style></head>" +
      '<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">' +
      '<p class="MsoNormal">Zo&euml; de Vries<o:p></o:p></p><p class="MsoNormal">12-03-2015<o:p></o:p></p>' +
      '<p class="MsoNormal">Handle with Care<o:p>&nbsp;</o:p></p></div></body></html>';
    expect(htmlBodyLines(delivered)).toEqual({ ok: true, lines: THREE });
  });

  test("peels off Exchange's conversion of a plain-text body to HTML", () => {
    const converted =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
      "<style type=\"text/css\" style=\"display:none;\"><!-- P { margin-top: 0px; margin-bottom: 0px; } .EmailQuote { margin-left: 1pt; padding-left: 4pt; border-left: #800000 2px solid; } --></style></head>" +
      '<body><!-- converted from text --><font size="2"><span style="font-size:11pt;"><div class="PlainText">Zo&#235; de Vries<br>\r\n12-03-2015<br>\r\nHandle with Care<br>\r\n</div></span></font></body></html>';
    expect(htmlBodyLines(converted)).toEqual({ ok: true, lines: THREE });
  });

  test("treats a line break in the HTML source as a space, not a new line", () => {
    expect(htmlBodyLines("<div>Zoë\r\nde Vries</div>")).toEqual({ ok: true, lines: ["Zoë de Vries"] });
  });

  test("keeps unknown character references literal", () => {
    expect(htmlBodyLines("<div>Jan &bogus; Piet</div>")).toEqual({ ok: true, lines: ["Jan &bogus; Piet"] });
  });

  test.each([
    ['<a href="https://example.nl">x</a>', "html-disallowed-tag"],
    ['<img src="cid:1">', "html-disallowed-tag"],
    ["<blockquote>x</blockquote>", "html-disallowed-tag"],
    ["<table><tr><td>x</td></tr></table>", "html-disallowed-tag"],
    ["<script>x</script>", "html-disallowed-tag"],
    ["<b>x</b>", "html-disallowed-tag"],
    ["<hr>", "html-disallowed-tag"],
    ["<div><style>p{}</style></div>", "html-disallowed-tag"],
    ['<div onclick="x">x</div>', "html-disallowed-attribute"],
    ['<div title="x">x</div>', "html-disallowed-attribute"],
    ['<div style="background:url(https://t.example/p.gif)">x</div>', "html-disallowed-style"],
    ["<head><style>div::after{content:'extra'}</style></head>", "html-disallowed-style"],
    ['<div>Jan<span style="display:none"> extra</span></div>', "html-disallowed-style"],
    ['<div>Jan<span style="visibility: hidden"> extra</span></div>', "html-disallowed-style"],
    ['<div>Jan<span style="font-size:0px"> extra</span></div>', "html-disallowed-style"],
    ['<div>Jan<span style="mso-hide:all"> extra</span></div>', "html-disallowed-style"],
    ['<div>Jan<span style="opacity:0"> extra</span></div>', "html-disallowed-style"],
    ["<head><style>.x{display:none}</style></head><div>Jan<span class=x> extra</span></div>", "html-disallowed-style"],
    ["<head>text</head>", "html-text-in-head"],
    ["<!--[if mso]>extra<![endif]--><div>x</div>", "html-conditional-comment"],
    ["<head><!--[if mso]>extra<![endif]--></head><div>x</div>", "html-conditional-comment"],
    ["<div>x</div><!-- never closed", "html-malformed"],
    ["<div>x < y</div>", "html-malformed"],
    ["<div", "html-malformed"],
    ['<head><meta http-equiv="refresh" content="0;url=https://x.example"></head>', "html-disallowed-style"],
  ])("refuses %s", (html, reason) => {
    expect(htmlBodyLines(html)).toEqual({ ok: false, reason });
  });
});
