import type { ExpectedField, ExpectedPage } from '../../bench/fixture-corpus.ts';
import { ENGLISH_FORMS } from './english-forms.ts';
import { field, type FormSpec, type SectionSpec } from './form-spec.ts';
import { BUILDING_AND_TRANSFER_FORMS } from './building-and-transfer-forms.ts';
import { GERMAN_FORMS } from './german-forms.ts';
import type { Platform, RenderField } from './platform.ts';
import { amt24 } from './platforms/amt24.ts';
import { angularMaterial } from './platforms/angular-material.ts';
import { civento } from './platforms/civento.ts';
import { cssModules } from './platforms/css-modules.ts';
import { elster } from './platforms/elster.ts';
import { floatingLabels } from './platforms/floating-labels.ts';
import { formcycle } from './platforms/formcycle.ts';
import { formSolutions } from './platforms/form-solutions.ts';
import { gover } from './platforms/gover.ts';
import { ozgHub } from './platforms/ozg-hub.ts';
import { reactAria } from './platforms/react-aria.ts';
import { serviceBw } from './platforms/service-bw.ts';
import { tevis } from './platforms/tevis.ts';
import { webComponents } from './platforms/web-components.ts';
import { compareTable } from './compare-table.ts';
import { personsTable } from './persons-table.ts';
import { CORPUS_HOST } from './corpus-host.ts';

export const PLATFORMS: readonly Platform[] = [
  formSolutions,
  formcycle,
  civento,
  ozgHub,
  gover,
  serviceBw,
  elster,
  amt24,
  tevis,
  reactAria,
  webComponents,
  floatingLabels,
  angularMaterial,
  cssModules,
];
export const FORMS: readonly FormSpec[] = [...GERMAN_FORMS, ...BUILDING_AND_TRANSFER_FORMS, ...ENGLISH_FORMS];

interface BuiltPage {
  readonly html: string;
  readonly expected: ExpectedPage;
}

/** Every form on every platform: the page's HTML and what each field is. Deterministic. */
export function corpusPages(): BuiltPage[] {
  return PLATFORMS.flatMap((platform, p) => FORMS.map((form) => buildPage(platform, p, form)));
}

export function corpusPage(platformId: string, formId: string): BuiltPage | null {
  const p = PLATFORMS.findIndex((platform) => platform.id === platformId);
  const form = FORMS.find((f) => f.id === formId);
  return p >= 0 && form ? buildPage(PLATFORMS[p] as Platform, p, form) : null;
}

function buildPage(platform: Platform, p: number, form: FormSpec): BuiltPage {
  const fields: Record<string, ExpectedField> = {};
  const used = new Set<string>();
  let counter = 0;
  let fieldIndex = 0;
  // Each section (and each repeat) of another person is the next person of that subject: child 1, child 2; household member 3, landlord 4.
  const persons = new Map<string, number>();
  const personGroup = new Map<string, number>();
  const groupOf = (owner: string, key: string): number => {
    if (!personGroup.has(key)) personGroup.set(key, (persons.set(owner, (persons.get(owner) ?? 0) + 1), persons.get(owner) as number));
    return personGroup.get(key) as number;
  };
  const render = (section: SectionSpec, sectionWord: string, repeat: number, owner: SectionSpec['owner']): RenderField[] =>
    section.fields.map((spec) => {
      counter++;
      fieldIndex++;
      let { name, id } = platform.names({ section, sectionWord, repeat, field: spec, counter });
      // Names stay unique on a page, as real platforms keep them.
      while (used.has(name || `#${id}`)) {
        name &&= `${name}_${counter}`;
        id &&= `${id}_${counter}`;
      }
      used.add(name || `#${id}`);
      const label = spec.labels[(p * 7 + fieldIndex * 3 + repeat) % spec.labels.length] as string;
      const shape =
        spec.shape === 'select' && platform.radios && spec.options && spec.options.length <= 6 ? 'radio' : (spec.shape ?? 'text');
      fields[name || `#${id}`] = expectation(
        spec.kind,
        owner,
        groupOf(owner, `${form.sections.indexOf(section)}|${sectionWord}|${repeat}`),
      );
      return {
        spec,
        label,
        name,
        id,
        shape,
        required: fieldIndex % 3 !== 0,
        autocomplete: platform.autocomplete ? (spec.autocomplete ?? '') : '',
      };
    });
  // Each part is one titled section; a block opened by a choice joins the part before it.
  const parts: { title: string; body: string; key: number }[] = [];
  form.sections.forEach((section, s) => {
    const repeats = section.repeat ?? 1;
    for (let repeat = 1; repeat <= repeats; repeat++) {
      const template = section.titles[(p + s) % section.titles.length] as string;
      const title = template.includes('{n}') ? template.replace('{n}', String(repeat)) : template;
      if (section.compare) {
        const columns = section.compare.map((column) => ({
          header: column.header,
          fields: render(section, column.nameWord, repeat, column.owner),
        }));
        parts.push({ title, body: compareTable(columns), key: s * 10 + repeat });
      } else if (section.rows) {
        const rows = section.rows.map((row) => ({ cell: row.cell, fields: render(section, row.nameWord, repeat, row.owner) }));
        parts.push({ title, body: personsTable(rows), key: s * 10 + repeat });
      } else if (section.openedBy && parts.length > 0) {
        const choice = field(null, [section.openedBy[(p + s) % section.openedBy.length] as string], `${section.nameWord}Angeben`, {
          shape: 'checkbox',
        });
        const opener = render({ ...section, fields: [choice] }, section.nameWord, repeat, 'thing');
        const block = render(section, section.nameWord, repeat, section.owner);
        (parts[parts.length - 1] as { body: string }).body += [...opener, ...block].map((f) => platform.field(f)).join('');
      } else {
        const body = render(section, section.nameWord, repeat, section.owner)
          .map((f) => platform.field(f))
          .join('');
        parts.push({ title, body, key: s * 10 + repeat });
      }
    }
  });
  const sections = parts.map((part) => platform.section(part.title, part.body, part.key)).join('');
  const html = `<!doctype html><html lang="${form.lang}"><head><meta charset="utf-8"><title>${form.title} – ${platform.id}</title></head><body>${platform.page(form.title, sections, form.submit, form.lang)}</body></html>`;
  return {
    html,
    expected: { url: `https://${CORPUS_HOST}/${platform.id}/${form.id}`, portal: platform.id, page: form.page ?? 'form', fields },
  };
}

function expectation(kind: string | null, owner: SectionSpec['owner'], group: number): ExpectedField {
  if (!kind || owner === 'thing') return null;
  if (owner === 'self') return kind;
  return { kind, subject: owner, group };
}
