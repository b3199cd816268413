/**
 * The content collections. Schemas live in `src/schemas/` (pure, unit-tested); this file wires them to
 * the files under `content/`. A file with a wrong field fails the build with its path and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/articles';
import { diplomaSchema } from './schemas/diplomas';
import { glossaryEntrySchema } from './schemas/glossary';
import { glossaryEntries, GLOSSARY_FILE } from './data/glossary-file';
import { makeRoleSchema } from './schemas/roles';
import { romeClassification } from './data/rome-files';
import { accessEntries, diplomaCatalogue, roleReference } from './data/content-reference';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

/** Every content/diplomas/*.yaml file; a duplicate id across files stops the build naming both files. */
const diplomas = defineCollection({
  loader: {
    name: 'diploma-catalogue',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { file, ...diploma } of diplomaCatalogue()) {
        const data = await parseData({ id: diploma.id, data: diploma, filePath: file });
        store.set({ id: diploma.id, data, filePath: file });
      }
    },
  },
  schema: diplomaSchema,
});

// Validate the classification and access files up front: a wrong field stops the build naming the file
// and the field.
romeClassification();
accessEntries();

/** Curated roles are checked against the sheets the site carries, so every path step has a page. */
const roles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/roles' }),
  schema: makeRoleSchema(roleReference()),
});

// The whole file is checked once (duplicate ids and forms), then each entry by the collection.
glossaryEntries();

const glossary = defineCollection({
  loader: file(`./${GLOSSARY_FILE}`),
  schema: glossaryEntrySchema,
});

export const collections = { articles, diplomas, roles, glossary };
