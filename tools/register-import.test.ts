import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { main, type ImportIo } from "./register-import";

const HEADER = "id,name,brin,place,hwcAddress,region,parentsInformedOn,active";
const REGENBOOG = "regenboog-hilversum,De Regenboog,12AB,Hilversum,hwc.deregenboog@gooisescholen.example,noord,2025-08-25,true";
const KOMPAS = "kompas-huizen,Het Kompas,34cd01,Huizen,hwc.hetkompas@gooisescholen.example,noord,1-9-2025,ja";

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "register-import-"));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function capture(): ImportIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    readFile: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

async function csv(lines: string[]): Promise<string> {
  const file = join(directory, "scholen.csv");
  await writeFile(file, `${lines.join("\r\n")}\r\n`, "utf8");
  return file;
}

test("writes the register when every row is valid, converting Dutch dates, ja/nee and lower-case BRIN", async () => {
  const out = join(directory, "register.json");
  const io = capture();
  expect(await main([await csv([HEADER, REGENBOOG, KOMPAS]), "--out", out], io)).toBe(0);
  const written = JSON.parse(await readFile(out, "utf8"));
  expect(written).toHaveLength(2);
  expect(written[1]).toEqual({
    id: "kompas-huizen",
    name: "Het Kompas",
    brin: "34CD01",
    place: "Huizen",
    hwcAddress: "hwc.hetkompas@gooisescholen.example",
    region: "noord",
    parentsInformedOn: "2025-09-01",
    active: true,
  });
  expect(io.out()).toBe(`2 scholen geschreven naar ${out}.\nWrote 2 schools to ${out}.\n`);
});

test("reads a semicolon-separated export with a byte-order mark", async () => {
  const out = join(directory, "register.json");
  const file = await csv([`\uFEFF${HEADER.replace(/,/g, ";")}`, REGENBOOG.replace(/,/g, ";")]);
  expect(await main([file, `--out=${out}`], capture())).toBe(0);
  expect(JSON.parse(await readFile(out, "utf8"))).toHaveLength(1);
});

test("reports every bad row with its CSV line and column, Dutch first, and writes nothing", async () => {
  const out = join(directory, "register.json");
  const io = capture();
  const badBrin = REGENBOOG.replace("12AB", "12A");
  const badRegion = KOMPAS.replace(",noord,", ",oost,");
  expect(await main([await csv([HEADER, badBrin, "", badRegion]), "--out", out], io)).toBe(1);
  await expect(readFile(out, "utf8")).rejects.toThrow();
  const lines = io.err().split("\n");
  expect(lines[0]).toMatch(/^Rij 2, kolom brin: Een BRIN-nummer/);
  expect(lines[1]).toMatch(/^Row 2, column brin: A BRIN number/);
  expect(lines[2]).toMatch(/^Rij 4, kolom region: Kies als regio/);
  expect(lines[3]).toMatch(/^Row 4, column region:/);
  expect(lines[4]).toBe("Niets geschreven: 2 fouten. Verbeter de genoemde rijen en voer de import opnieuw uit.");
});

test("reports a missing column once, on the header row", async () => {
  const io = capture();
  const header = HEADER.replace(",active", "");
  expect(await main([await csv([header, REGENBOOG.replace(",true", "")]), "--out", join(directory, "r.json")], io)).toBe(1);
  expect(io.err()).toMatch(/^Rij 1, kolom active: Deze kolom ontbreekt/);
});

test("reports duplicate schools", async () => {
  const io = capture();
  expect(await main([await csv([HEADER, REGENBOOG, REGENBOOG]), "--out", join(directory, "r.json")], io)).toBe(1);
  expect(io.err()).toContain("Rij 3, kolom id: Deze waarde staat al bij een andere school.");
});

test("an unreadable file exits 2 and says what to check", async () => {
  const io = capture();
  expect(await main([join(directory, "bestaat-niet.csv")], io)).toBe(2);
  expect(io.err()).toMatch(/^Kan .*bestaat-niet\.csv niet lezen\. Controleer de bestandsnaam/);
});

test("missing arguments print the usage and exit 2", async () => {
  const io = capture();
  expect(await main([], io)).toBe(2);
  expect(io.err()).toMatch(/^Gebruik: npm run register:import -- <bestand\.csv>/);
});

test("runs as a command through tsx", async () => {
  const out = join(directory, "register.json");
  const file = await csv([HEADER, REGENBOOG]);
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "tools/register-import.ts", file, "--out", out], {
    cwd: join(__dirname, ".."),
  });
  expect(stdout).toContain("1 school geschreven naar");
  expect(JSON.parse(await readFile(out, "utf8"))[0].id).toBe("regenboog-hilversum");
}, 20_000);

test("a file Excel saved as plain CSV (Windows-1252) is refused with how to save it as UTF-8, and nothing is written", async () => {
  const out = join(directory, "register.json");
  const file = join(directory, "scholen-excel.csv");
  // "Cöllegium" in Windows-1252: ö is the single byte 0xF6, which is not UTF-8.
  const cp1252 = Buffer.concat([Buffer.from(`${HEADER}\r\n${REGENBOOG}\r\nkollegium-laren,C`, "latin1"), Buffer.from([0xf6]), Buffer.from("llegium,56EF,Laren,hwc.collegium@gooisescholen.example,noord,2025-08-25,true\r\n", "latin1")]);
  await writeFile(file, cp1252);
  const io = capture();
  expect(await main([file, "--out", out], io)).toBe(2);
  const [dutch, english] = io.err().split("\n");
  expect(dutch).toBe(
    'Het bestand is niet als UTF-8 opgeslagen: rij 3 bevat een teken dat geen UTF-8 is (gewone "CSV" uit Excel is Windows-1252). Open het bestand in Excel, kies Bestand > Opslaan als > "CSV UTF-8 (door komma\'s gescheiden) (*.csv)" en voer de import opnieuw uit. Er is niets geschreven.',
  );
  expect(english).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
  await expect(readFile(out, "utf8")).rejects.toThrow();
});

test("the same file saved as CSV UTF-8 imports, accents intact", async () => {
  const out = join(directory, "register.json");
  const file = await csv([HEADER, "kollegium-laren,Cöllegium,56EF,Laren,hwc.collegium@gooisescholen.example,noord,2025-08-25,true"]);
  expect(await main([file, "--out", out], capture())).toBe(0);
  expect(JSON.parse(await readFile(out, "utf8"))[0].name).toBe("Cöllegium");
});

test("a short row names its row and the first column it lacks, once", async () => {
  const io = capture();
  const short = REGENBOOG.split(",").slice(0, 6).join(",");
  expect(await main([await csv([HEADER, KOMPAS, short]), "--out", join(directory, "r.json")], io)).toBe(1);
  const lines = io.err().split("\n");
  expect(lines[0]).toBe(
    "Rij 3, kolom parentsInformedOn: De rij houdt hier op: deze kolom en de kolommen erna ontbreken. Vul ze aan (een lege waarde schrijft u als twee scheidingstekens achter elkaar) of controleer de scheidingstekens.",
  );
  expect(lines[1]).toMatch(/^Row 3, column parentsInformedOn: The row stops here/);
  expect(lines[2]).toBe("Niets geschreven: 1 fout. Verbeter de genoemde rijen en voer de import opnieuw uit.");
});

test("a row with a column too many names its row and the extra column's position", async () => {
  const io = capture();
  expect(await main([await csv([HEADER, `${REGENBOOG},extra`]), "--out", join(directory, "r.json")], io)).toBe(1);
  expect(io.err()).toMatch(/^Rij 2, kolom 9: De rij heeft vanaf deze kolom meer kolommen dan de kopregel\./);
});
