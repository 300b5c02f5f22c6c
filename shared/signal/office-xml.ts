// Classic Outlook on Windows (Word as editor) writes settings blocks into the head of every HTML body, inside
// conditional comments that only Word reads:
//   <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>…</w:WordDocument></xml><![endif]-->
//   <!--[if gte mso 9]><xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1" /></o:shapelayout></xml><![endif]-->
// They travel with the message unseen, so each element, attribute and text must be one Word writes, with a
// value from Word's own vocabulary: data="Fleur" or <w:View>anything</w:View> is refused.
import { isWordStyleName } from "./word-style-names";

type Check = RegExp | ((value: string) => boolean);
interface ElementRule {
  readonly attributes?: Readonly<Record<string, Check>>;
  readonly text?: Check;
}

const BOOLEAN = /^(?:true|false)$/;
const INTEGER = /^\d{1,6}$/;
const LANGUAGE = /^(?:[A-Za-z]{2,3}(?:-(?:[A-Za-z]{2}|\d{3}))?|X-NONE)$/;
const EDIT = /^edit$/;
const FLAG: ElementRule = {};
const mathValue = (pattern: RegExp): ElementRule => ({ attributes: { "m:val": pattern } });

const ELEMENTS: Readonly<Record<string, ElementRule>> = {
  "o:OfficeDocumentSettings": FLAG,
  "o:AllowPNG": FLAG,
  "o:DoNotRelyOnCSS": FLAG,
  "o:PixelsPerInch": { text: INTEGER },
  "o:TargetScreenSize": { text: /^\d{3,4}x\d{3,4}$/ },
  "o:shapedefaults": { attributes: { "v:ext": EDIT, spidmax: INTEGER } },
  "o:shapelayout": { attributes: { "v:ext": EDIT } },
  "o:idmap": { attributes: { "v:ext": EDIT, data: /^\d{1,4}(?:,\d{1,4})*$/ } },
  "w:WordDocument": FLAG,
  "w:View": { text: /^(?:Normal|Print|Web|Outline)$/ },
  "w:Zoom": { text: INTEGER },
  "w:SpellingState": { text: /^(?:Clean|Dirty)$/ },
  "w:GrammarState": { text: /^(?:Clean|Dirty)$/ },
  "w:DocumentKind": { text: /^DocumentEmail$/ },
  "w:TrackMoves": FLAG,
  "w:TrackFormatting": FLAG,
  "w:EnvelopeVis": FLAG,
  "w:PunctuationKerning": FLAG,
  "w:ValidateAgainstSchemas": FLAG,
  "w:SaveIfXMLInvalid": { text: BOOLEAN },
  "w:IgnoreMixedContent": { text: BOOLEAN },
  "w:AlwaysShowPlaceholderText": { text: BOOLEAN },
  "w:DoNotPromoteQF": FLAG,
  "w:LidThemeOther": { text: LANGUAGE },
  "w:LidThemeAsian": { text: LANGUAGE },
  "w:LidThemeComplexScript": { text: LANGUAGE },
  "w:Compatibility": FLAG,
  "w:BreakWrappedTables": FLAG,
  "w:SnapToGridInCell": FLAG,
  "w:WrapTextWithPunct": FLAG,
  "w:UseAsianBreakRules": FLAG,
  "w:DontGrowAutofit": FLAG,
  "w:SplitPgBreakAndParaMark": FLAG,
  "w:EnableOpenTypeKerning": FLAG,
  "w:DontFlipMirrorIndents": FLAG,
  "w:OverrideTableStyleHps": FLAG,
  "w:DoNotExpandShiftReturn": FLAG,
  "w:UseFELayout": FLAG,
  "w:BrowserLevel": { text: /^MicrosoftInternetExplorer4$/ },
  "m:mathPr": FLAG,
  "m:mathFont": mathValue(/^Cambria Math$/),
  "m:brkBin": mathValue(/^(?:before|after|repeat)$/),
  "m:brkBinSub": mathValue(/^(?:&#45;-|--|-\+|\+-)$/),
  "m:smallFrac": mathValue(/^(?:on|off)$/),
  "m:dispDef": FLAG,
  "m:lMargin": mathValue(INTEGER),
  "m:rMargin": mathValue(INTEGER),
  "m:defJc": mathValue(/^(?:centerGroup|center|left|right)$/),
  "m:wrapIndent": mathValue(INTEGER),
  "m:intLim": mathValue(/^(?:subSup|undOvr)$/),
  "m:naryLim": mathValue(/^(?:subSup|undOvr)$/),
  "w:LatentStyles": {
    attributes: { DefLockedState: BOOLEAN, DefUnhideWhenUsed: BOOLEAN, DefSemiHidden: BOOLEAN, DefQFormat: BOOLEAN, DefPriority: INTEGER, LatentStyleCount: INTEGER },
  },
  "w:LsdException": {
    attributes: { Locked: BOOLEAN, SemiHidden: BOOLEAN, UnhideWhenUsed: BOOLEAN, QFormat: BOOLEAN, Priority: INTEGER, Name: isWordStyleName },
  },
};

const passes = (check: Check, value: string) => (typeof check === "function" ? check(value) : check.test(value));

const XML_TAG = /<(\/?)([A-Za-z][A-Za-z0-9:]*)((?:\s+[A-Za-z][A-Za-z0-9:]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const XML_ATTRIBUTE = /([A-Za-z][A-Za-z0-9:]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The problem with the inside of one `<xml>…</xml>` block, or undefined when all of it is Word's. */
export function officeXmlProblem(xml: string): "html-head-data" | "html-malformed" | undefined {
  const open: string[] = [];
  let index = 0;
  while (index < xml.length) {
    const lt = xml.indexOf("<", index);
    const text = xml.slice(index, lt < 0 ? xml.length : lt);
    if (text.trim() !== "") {
      const rule = ELEMENTS[open[open.length - 1] ?? ""];
      if (!rule || !rule.text || !passes(rule.text, text.trim())) return "html-head-data";
    }
    if (lt < 0) break;
    XML_TAG.lastIndex = lt;
    const tag = XML_TAG.exec(xml);
    if (!tag) return "html-malformed";
    index = XML_TAG.lastIndex;
    const name = tag[2] ?? "";
    const rule = Object.prototype.hasOwnProperty.call(ELEMENTS, name) ? ELEMENTS[name] : undefined;
    if (!rule) return "html-head-data";
    if (tag[1] === "/") {
      if (open.pop() !== name) return "html-malformed";
      continue;
    }
    XML_ATTRIBUTE.lastIndex = 0;
    const attributes = tag[3] ?? "";
    let attribute: RegExpExecArray | null;
    while ((attribute = XML_ATTRIBUTE.exec(attributes)) !== null) {
      const check = rule.attributes && Object.prototype.hasOwnProperty.call(rule.attributes, attribute[1] ?? "") ? rule.attributes[attribute[1] ?? ""] : undefined;
      if (!check || !passes(check, attribute[2] ?? attribute[3] ?? "")) return "html-head-data";
    }
    if (tag[4] !== "/") open.push(name);
  }
  return open.length === 0 ? undefined : "html-malformed";
}
