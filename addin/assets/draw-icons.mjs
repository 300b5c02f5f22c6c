// Draws the add-in's ribbon and store icons (a white heart on the Veilig Thuis teal) as small PNGs, so the
// repository needs no image editor: `node addin/assets/draw-icons.mjs` rewrites icon-<size>.png here.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Desktop ribbon 16/32/80, store 64/128; phones 25/32/48 at scales 1–3 (25, 50, 75, 32, 64, 96, 48, 96, 144).
const SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];
const TEAL = [0, 120, 130];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// Coverage of one pixel by the shape, sampled 4×4 so small sizes stay smooth.
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const roundedSquare = (u, v) => {
  const r = 0.2;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};

// The classic implicit heart, (x² + y² − 1)³ − x²y³ ≤ 0, scaled into the square.
const heart = (u, v) => {
  const x = (u - 0.5) * 3.3;
  const y = (0.55 - v) * 3.3;
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
};

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const square = coverage(size, x, y, roundedSquare);
      const mark = coverage(size, x, y, heart);
      const colour = TEAL.map((c, i) => Math.round(c * (1 - mark) + WHITE[i] * mark));
      row.push(...colour, Math.round(255 * square));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const here = fileURLToPath(new URL(".", import.meta.url));
for (const size of SIZES) writeFileSync(`${here}icon-${size}.png`, png(size));
