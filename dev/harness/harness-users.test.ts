import { demoSeed, DEMO } from "../graph-emulator/demo-seed";
import { seedSchema } from "../graph-emulator/seed";
import { harnessUsers } from "./harness-users";

const users = harnessUsers(seedSchema.parse(demoSeed));
const mailboxesOf = (id: string) => users.find((user) => user.id === id)?.mailboxes.map(({ address, own, sendAs }) => ({ address, own, sendAs }));

test("the caseworker sees her own mailbox and the Veilig Thuis HwC mailbox she may send as", () => {
  expect(mailboxesOf(DEMO.veiligThuis.caseworker.id)).toEqual([
    { address: DEMO.veiligThuis.caseworker.upn, own: true, sendAs: true },
    { address: DEMO.veiligThuis.hwcMailbox, own: false, sendAs: true },
  ]);
});

test("a functionary sees her own mailbox and only her school's HwC mailbox", () => {
  expect(mailboxesOf(DEMO.school.kompasFunctionary.id)).toEqual([
    { address: DEMO.school.kompasFunctionary.upn, own: true, sendAs: true },
    { address: DEMO.school.kompasMailbox, own: false, sendAs: true },
  ]);
});

test("a teacher who is nobody's functionary sees only his own mailbox", () => {
  expect(mailboxesOf(DEMO.school.teacher.id)).toEqual([{ address: DEMO.school.teacher.upn, own: true, sendAs: true }]);
});
