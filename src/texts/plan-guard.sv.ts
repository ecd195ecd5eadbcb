// A button on a card of an earlier plan, pressed after another plan became the active one.

export const planGuardSv = {
  otherPlan: (n: number, plan: string, active: string) =>
    `Kortet visar aktivitet ${n} i ${plan}, som inte längre är gruppens aktiva plan (det är ${active}). Inget ändrades.`,
  continuesAs: (n: number) =>
    `Aktiviteten fortsätter som nummer ${n} i den aktiva planen: skriv \`status ${n} <status>\` eller \`visa ${n}\`.`,
  notCarried: "Aktiviteten fördes inte över till den aktiva planen; `planer` visar gruppens planer.",
};
