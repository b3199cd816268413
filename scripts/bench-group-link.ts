/**
 * The group view's link (src/lib/group/group-link.ts) for a class of 30 and 60: its length, and the QR
 * code version it needs at error correction L and M (the `qrcode` library the share tools use, with its
 * own segment optimisation). Prints a Markdown table for BENCHMARKS.md. `npx tsx scripts/bench-group-link.ts`
 */
import { join } from 'node:path';
import QRCode from 'qrcode';
import { readQuizContent } from '../src/data/quiz';
import { encodeGroupLink } from '../src/lib/group/group-link';
import { readPastedCodes } from '../src/lib/group/pasted-codes';
import type { Answer } from '../src/lib/quiz/answers';
import { encodeAnswers } from '../src/lib/quiz/share-link';

const root = join(import.meta.dirname, '..');
const content = readQuizContent(join(root, 'content', 'quiz'));
const context = { banks: [...content.banks.values()], versions: content.history.versions };
const origin = process.env['SITE_URL'] ?? 'https://orientoffice.fr';

/** `count` distinct results: the student's number in base 6 spread over varied answers. */
function classOf(count: number): string[] {
  return Array.from({ length: count }, (_, student) => {
    let rest = student;
    const answers = content.bank.items.map(({ id }, item) => {
      const digit = rest % 6;
      rest = Math.floor(rest / 6);
      return [id, ((digit + item) % 6) as Answer] as const;
    });
    return encodeAnswers(content.bank, Object.fromEntries(answers));
  });
}

console.log('| Students | Fragment (`#r=…`) | Whole URL | QR version, level L | QR version, level M |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const count of [1, 12, 30, 60]) {
  const { students } = readPastedCodes(classOf(count).join('\n'), context);
  const fragment = encodeGroupLink(students.map(({ key }) => key));
  const url = `${origin}/conseillers/groupe/${fragment}`;
  const version = (level: 'L' | 'M') => {
    const qr = QRCode.create(url, { errorCorrectionLevel: level });
    return `${qr.version} (${qr.modules.size}×${qr.modules.size})`;
  };
  console.log(
    `| ${students.length} | ${fragment.length} | ${url.length} | ${version('L')} | ${version('M')} |`,
  );
}
