/**
 * `tsx tests/build/sync-each.ts <dir>…`: runs the build's content step (`sync`, the function behind
 * `astro sync`) on each project folder in turn, in this one process, and prints one JSON line per
 * folder: `{ "dir": …, "errors": … }`, where `errors` is what `astro sync` would print for it (title,
 * message, file), or '' when it synced.
 *
 * One process for every folder because starting Astro costs more than a sync: seven syncs here take
 * less than half the CPU of seven `astro sync` commands (22 s against 49 s). Each sync runs from its folder, as the
 * command would: the content readers find `content/` from the working directory.
 */
import { sync } from 'astro';

interface AstroErrorFields {
  title?: string;
  message?: string;
  loc?: { file?: string };
  hint?: string;
}

for (const dir of process.argv.slice(2)) {
  process.chdir(dir);
  let errors = '';
  try {
    await sync({ root: dir, logLevel: 'silent' });
  } catch (error) {
    const { title = '', message = String(error), loc, hint = '' } = error as AstroErrorFields;
    errors = [title, message, loc?.file ? `Location: ${loc.file}` : '', hint].filter(Boolean).join('\n');
  }
  console.log(JSON.stringify({ dir, errors }));
}
