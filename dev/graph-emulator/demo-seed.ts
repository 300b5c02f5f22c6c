// The demo tenant every part of the project uses: Veilig Thuis Gooi en Vechtstreek with its caseworker and
// HwC mailbox, and Stichting Gooise Scholen with two schools' HwC shared mailboxes, their functionaries, a
// teacher who is nobody's functionary, and the Entra apps. Ordinary, unrelated mail sits in every mailbox so
// that "delete the signal and nothing else" has something to leave alone.
import type { Seed, SeedMessage } from "./seed";

export const DEMO = {
  veiligThuis: {
    tenantId: "5f0c7a2e-1d3b-4c8a-9e6f-2a4b6c8d0e1f",
    displayName: "Veilig Thuis Gooi en Vechtstreek",
    domain: "veiligthuisgv.example",
    caseworker: { id: "a1b2c3d4-0001-4000-8000-000000000001", upn: "m.devries@veiligthuisgv.example", displayName: "Marieke de Vries" },
    hwcMailbox: "handlewithcare@veiligthuisgv.example",
    hwcMailboxId: "5f0c7a2e-0000-4000-8000-0000000000b0",
    hwcDisplayName: "Veilig Thuis Handle with Care",
  },
  school: {
    tenantId: "8b2e4d6f-3a5c-4e7a-8c9b-1d2f3a4b5c6d",
    displayName: "Stichting Gooise Scholen",
    domain: "gooisescholen.example",
    regenboogFunctionary: { id: "a1b2c3d4-0002-4000-8000-000000000002", upn: "j.bakker@gooisescholen.example", displayName: "Jeroen Bakker" },
    kompasFunctionary: { id: "a1b2c3d4-0003-4000-8000-000000000003", upn: "s.elamrani@gooisescholen.example", displayName: "Samira El Amrani" },
    teacher: { id: "a1b2c3d4-0004-4000-8000-000000000004", upn: "p.visser@gooisescholen.example", displayName: "Pieter Visser" },
    regenboogMailbox: "hwc.deregenboog@gooisescholen.example",
    /** Directory object ids of the shared mailboxes: what the service's configuration names them by. */
    regenboogMailboxId: "8b2e4d6f-0000-4000-8000-0000000000b1",
    kompasMailbox: "hwc.hetkompas@gooisescholen.example",
    kompasMailboxId: "8b2e4d6f-0000-4000-8000-0000000000b2",
  },
  apps: {
    cleanupApi: {
      clientId: "c1ea0000-0000-4000-8000-00000000a001",
      secret: "local-dev-only-api-secret",
      scope: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user",
    },
    addinSpa: { clientId: "c1ea0000-0000-4000-8000-00000000a002", redirectUri: "brk-multihub://localhost:3000" },
    sweep: { clientId: "c1ea0000-0000-4000-8000-00000000a003", secret: "local-dev-only-sweep-secret" },
  },
} as const;

const vt = DEMO.veiligThuis;
const school = DEMO.school;

function ordinaryMail(mailbox: string, to: string): SeedMessage[] {
  return [
    { mailbox, folder: "inbox", subject: "Rooster week 47", from: { name: "Roosterbureau", address: "rooster@gooisescholen.example" }, toRecipients: [to], body: { contentType: "text", content: "Het rooster voor week 47 staat klaar." } },
    { mailbox, folder: "inbox", subject: "Uitnodiging teamvergadering", from: { name: "Directie", address: "directie@gooisescholen.example" }, toRecipients: [to], body: { contentType: "html", content: "<p>Donderdag om 15:30 in de teamkamer.</p>" }, isRead: true },
    { mailbox, folder: "inbox", subject: "Nieuwsbrief Regio Gooi en Vechtstreek", from: { name: "Regio Gooi en Vechtstreek", address: "nieuwsbrief@regiogv.example" }, toRecipients: [to], body: { contentType: "html", content: "<p>Nieuws uit de regio.</p>" } },
    { mailbox, folder: "sentitems", subject: "Re: Rooster week 46", from: to, toRecipients: ["rooster@gooisescholen.example"], body: { contentType: "text", content: "Dank, ontvangen." }, isRead: true },
    { mailbox, folder: "deleteditems", subject: "Oude vergaderplanning", from: { name: "Directie", address: "directie@gooisescholen.example" }, toRecipients: [to], body: { contentType: "text", content: "Vervallen." }, isRead: true },
  ];
}

export const demoSeed: Seed = {
  tenants: [
    { id: vt.tenantId, domains: [vt.domain], displayName: vt.displayName },
    { id: school.tenantId, domains: [school.domain], displayName: school.displayName },
  ],
  users: [
    { id: vt.caseworker.id, tenant: vt.tenantId, userPrincipalName: vt.caseworker.upn, displayName: vt.caseworker.displayName },
    { id: school.regenboogFunctionary.id, tenant: school.tenantId, userPrincipalName: school.regenboogFunctionary.upn, displayName: school.regenboogFunctionary.displayName },
    { id: school.kompasFunctionary.id, tenant: school.tenantId, userPrincipalName: school.kompasFunctionary.upn, displayName: school.kompasFunctionary.displayName },
    { id: school.teacher.id, tenant: school.tenantId, userPrincipalName: school.teacher.upn, displayName: school.teacher.displayName },
  ],
  mailboxes: [
    { address: vt.caseworker.upn, tenant: vt.tenantId, displayName: vt.caseworker.displayName, kind: "user", owner: vt.caseworker.id },
    {
      address: vt.hwcMailbox,
      id: vt.hwcMailboxId,
      tenant: vt.tenantId,
      displayName: vt.hwcDisplayName,
      kind: "shared",
      delegates: [{ user: vt.caseworker.id, fullAccess: true, sendAs: true }],
    },
    { address: school.regenboogFunctionary.upn, tenant: school.tenantId, displayName: school.regenboogFunctionary.displayName, kind: "user", owner: school.regenboogFunctionary.id },
    { address: school.kompasFunctionary.upn, tenant: school.tenantId, displayName: school.kompasFunctionary.displayName, kind: "user", owner: school.kompasFunctionary.id },
    { address: school.teacher.upn, tenant: school.tenantId, displayName: school.teacher.displayName, kind: "user", owner: school.teacher.id },
    {
      address: school.regenboogMailbox,
      id: school.regenboogMailboxId,
      tenant: school.tenantId,
      displayName: "Handle with Care De Regenboog",
      kind: "shared",
      delegates: [{ user: school.regenboogFunctionary.id, fullAccess: true, sendAs: true }],
    },
    {
      address: school.kompasMailbox,
      id: school.kompasMailboxId,
      tenant: school.tenantId,
      displayName: "Handle with Care Het Kompas",
      kind: "shared",
      delegates: [{ user: school.kompasFunctionary.id, fullAccess: true, sendAs: true }],
    },
  ],
  apps: [
    {
      clientId: DEMO.apps.cleanupApi.clientId,
      tenant: school.tenantId,
      displayName: "Handle with Care cleanup API",
      secret: DEMO.apps.cleanupApi.secret,
      exposedScopes: ["access_as_user"],
      graphDelegatedScopes: ["Mail.ReadWrite.Shared", "Mail.Send.Shared"],
    },
    {
      clientId: DEMO.apps.addinSpa.clientId,
      tenant: school.tenantId,
      displayName: "Handle with Care Outlook add-in",
      redirectUris: [DEMO.apps.addinSpa.redirectUri],
    },
    {
      clientId: DEMO.apps.sweep.clientId,
      tenant: school.tenantId,
      displayName: "Handle with Care sweep",
      secret: DEMO.apps.sweep.secret,
      graphRoles: ["Mail.ReadWrite", "Mail.Send"],
      mailboxScope: [school.regenboogMailbox, school.kompasMailbox],
    },
  ],
  messages: [
    ...ordinaryMail(school.regenboogMailbox, school.regenboogMailbox),
    ...ordinaryMail(school.kompasMailbox, school.kompasMailbox),
    { mailbox: vt.caseworker.upn, folder: "inbox", subject: "Casusoverleg dinsdag", from: { name: "Teamleider", address: "teamleider@veiligthuisgv.example" }, toRecipients: [vt.caseworker.upn], body: { contentType: "text", content: "Casusoverleg verplaatst naar 10:00." } },
    { mailbox: vt.caseworker.upn, folder: "inbox", subject: "Scholing meldcode", from: { name: "Opleidingen", address: "opleidingen@veiligthuisgv.example" }, toRecipients: [vt.caseworker.upn], body: { contentType: "html", content: "<p>Aanmelden kan tot vrijdag.</p>" }, isRead: true },
    { mailbox: vt.hwcMailbox, folder: "inbox", subject: "Contactgegevens scholen bijgewerkt", from: { name: "Regio Gooi en Vechtstreek", address: "hwc@regiogv.example" }, toRecipients: [vt.hwcMailbox], body: { contentType: "text", content: "Het schoolregister is bijgewerkt." } },
  ],
};
