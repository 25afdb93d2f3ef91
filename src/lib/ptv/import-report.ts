// The import's report for the editor, in Finnish: per file what was done, which texts were kept
// because an editor had changed them, which life areas were proposed and why, and what PTV had that
// our model has no place for.
import type { PtvProblem } from './input.ts';

export type FileAction = 'luotu' | 'päivitetty' | 'ennallaan' | 'ohitettu';

export interface FileReport {
  file: string;
  action: FileAction;
  ptvId: string;
  /** Why the file was not written (action "ohitettu"). */
  reason?: string;
  /** Fields PTV changed that were written. */
  updated: string[];
  /** Fields an editor had changed and PTV changed too: the editor's text was kept. */
  conflicts: string[];
  unmapped: string[];
  /** Why these life areas were proposed. */
  areaReasons: string[];
}

export interface ImportReport {
  files: FileReport[];
  problems: PtvProblem[];
  register: { added: number; removed: number; notes: string[] };
  notes: string[];
}

export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const problem of report.problems) lines.push(`VIRHE ${problem.where}: ${problem.message}`);
  for (const file of report.files) {
    lines.push(`${file.action.toUpperCase()} ${file.file} (PTV ${file.ptvId})`);
    if (file.reason) lines.push(`  syy: ${file.reason}`);
    if (file.updated.length > 0) lines.push(`  päivitetty PTV:n mukaan: ${file.updated.join(', ')}`);
    for (const field of file.conflicts)
      lines.push(
        `  RISTIRIITA ${field}: toimittaja on muuttanut tekstiä ja PTV:n teksti on muuttunut. Toimittajan teksti säilytettiin; vertaa PTV:hen ja yhdistä käsin.`,
      );
    if (file.areaReasons.length > 0)
      lines.push(`  elämänalueet EHDOTUS (vahvista, poista sitten ptv.confirmAreas): ${file.areaReasons.join('; ')}`);
    for (const item of file.unmapped) lines.push(`  ei siirretty: ${item}`);
  }
  const r = report.register;
  if (r.added > 0 || r.removed > 0)
    lines.push(`Lähderekisteri: ${r.added} uutta tietoa lisätty, ${r.removed} käyttämätöntä PTV-tietoa poistettu.`);
  lines.push(...r.notes, ...report.notes);
  const count = (action: string) => report.files.filter((file) => file.action === action).length;
  lines.push(
    `\nPTV-tuonti: ${count('luotu')} luotu, ${count('päivitetty')} päivitetty, ${count('ennallaan')} ennallaan, ${count('ohitettu')} ohitettu, ${report.problems.length} virheellistä kohdetta, ${report.files.reduce((sum, file) => sum + file.conflicts.length, 0)} ristiriitaa.`,
  );
  return lines.join('\n');
}
