// The acknowledge-and-delete benchmark's mailbox: De Regenboog's HwC mailbox with 2,000 ordinary messages
// spread over 10 folders, plus one signal and what a functionary made of it by hand — a reply and a forward in
// Sent Items and a copy in Deleted Items. The child is fictional and exists only in this seed.
import { DEMO, demoSeed } from "../../dev/graph-emulator/demo-seed";
import type { Seed, SeedMessage } from "../../dev/graph-emulator/seed";
import { parseSignalInput, renderSignal } from "../../shared";

export const MAILBOX = DEMO.school.regenboogMailbox;
export const SIGNAL_IDS = { conversationId: "AAQkAGBenchSignal=", internetMessageId: "<bench-signal@veiligthuisgv.example>" } as const;

/** Well-known folders and custom folder paths: 10 folders, the ordinary mail spread evenly over them. */
const FOLDERS = ["inbox", "sentitems", "deleteditems", "archive", "junkemail", "Inbox/Leerlingzaken", "Inbox/Ouders", "Archief 2025", "Archief 2026", "Projecten"];
const TOPICS = ["Rooster week", "Teamvergadering", "Ouderavond", "Studiedag", "Nieuwsbrief", "Inval groep", "Schoolreis", "Begroting", "Rapportvergadering", "Sportdag"];
const SENDERS = ["rooster@gooisescholen.example", "directie@gooisescholen.example", "nieuwsbrief@regiogv.example", "administratie@gooisescholen.example", "ib@gooisescholen.example"];

export function ordinaryMail(mailbox: string, count: number): SeedMessage[] {
  const start = Date.parse("2025-09-01T07:00:00Z");
  return Array.from({ length: count }, (_, i): SeedMessage => {
    const folder = FOLDERS[i % FOLDERS.length] as string;
    const topic = `${TOPICS[i % TOPICS.length]} ${1 + (i % 52)}`;
    const sent = folder === "sentitems";
    const sender = SENDERS[i % SENDERS.length] as string;
    return {
      mailbox,
      folder,
      subject: i % 3 === 0 ? `RE: ${topic}` : topic,
      body: { contentType: "html", content: `<p>Bericht ${i + 1} over ${topic}.</p><p>Zie de bijlage in de gedeelde map; reageren kan tot vrijdag.</p>` },
      from: sent ? mailbox : { name: "Collega", address: sender },
      toRecipients: [sent ? sender : mailbox],
      receivedDateTime: new Date(start + i * 3_600_000).toISOString(),
      isRead: i % 2 === 0,
    };
  });
}

function signalContent() {
  const parsed = parseSignalInput({ childName: "Benchmark Proefkind", birthDate: "2016-05-17" }, { today: "2026-11-28" });
  if (!parsed.ok) throw new Error("the benchmark's signal input is invalid: fix bench/ack-delete/ack-delete-seed.ts");
  return renderSignal(parsed.value);
}

export function signalAndHandMadeCopies(mailbox: string): SeedMessage[] {
  const rendered = signalContent();
  const vt = { name: DEMO.veiligThuis.hwcDisplayName, address: DEMO.veiligThuis.hwcMailbox };
  const signal: SeedMessage = {
    mailbox,
    folder: "inbox",
    subject: rendered.subject,
    body: { contentType: "html", content: rendered.html },
    from: vt,
    toRecipients: [mailbox],
    receivedDateTime: "2026-11-28T06:40:00Z",
    ...SIGNAL_IDS,
  };
  const quoted = `<p>Ontvangen.</p><hr>${rendered.html}`;
  const handMade = (subject: string, to: string): SeedMessage => ({
    mailbox,
    folder: "sentitems",
    subject,
    body: { contentType: "html", content: quoted },
    from: mailbox,
    toRecipients: [to],
    conversationId: SIGNAL_IDS.conversationId,
    receivedDateTime: "2026-11-28T07:05:00Z",
  });
  return [
    signal,
    handMade("RE: Handle with Care", DEMO.veiligThuis.hwcMailbox),
    handMade("FW: Handle with Care", DEMO.school.teacher.upn),
    { ...signal, folder: "deleteditems", internetMessageId: SIGNAL_IDS.internetMessageId },
  ];
}

/** The demo tenant with the benchmark mailbox filled: built once, reused for every reset. */
export function ackDeleteSeed(): Seed {
  return { ...demoSeed, messages: [...(demoSeed.messages ?? []), ...ordinaryMail(MAILBOX, 2000), ...signalAndHandMadeCopies(MAILBOX)] };
}
