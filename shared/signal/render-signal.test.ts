import { renderSignal } from "./render-signal";
import type { ChildName, IsoDate } from "./types";

const signal = { childName: "Marieke de Vries" as ChildName, birthDate: "2015-03-12" as IsoDate };

test("the subject is exactly Handle with Care", () => {
  expect(renderSignal(signal).subject).toBe("Handle with Care");
});

test("the text body is the three lines and nothing else", () => {
  expect(renderSignal(signal).text).toBe("Marieke de Vries\n12-03-2015\nHandle with Care");
});

test("the HTML body is three bare divs without styles or ids", () => {
  expect(renderSignal(signal).html).toBe("<div>Marieke de Vries</div><div>12-03-2015</div><div>Handle with Care</div>");
});

test("the HTML body escapes apostrophes in the name", () => {
  const html = renderSignal({ ...signal, childName: "Sanne O'Brien" as ChildName }).html;
  expect(html).toBe("<div>Sanne O&#39;Brien</div><div>12-03-2015</div><div>Handle with Care</div>");
});

test("refuses to render a name that did not pass the parser", () => {
  expect(() => renderSignal({ ...signal, childName: "Marieke</div><img src=x>" as ChildName })).toThrow(TypeError);
  expect(() => renderSignal({ ...signal, childName: " Marieke  de Vries" as ChildName })).toThrow(TypeError);
});

test("refuses to render a birth date that is not a real date", () => {
  expect(() => renderSignal({ ...signal, birthDate: "2015-02-30" as IsoDate })).toThrow(RangeError);
});
