import bundled from '../../../data/labs.json';
import type { Config } from '../config';
import { compareText } from '../workspace/collation';

/** One awsstudygroup.com lab: `https://<id>.awsstudygroup.com/`. */
export interface Lab {
  readonly id: string;
  /** The title interns most often wrote next to the link; informative, not authoritative. */
  readonly title: string | undefined;
}

/** The labs a page may link to: the bundled catalog plus the ids a user's config adds. */
export interface LabCatalog {
  readonly labs: readonly Lab[];
  /** How many labs it holds (`labs.length`, without sorting them). */
  readonly size: number;
  has(id: string): boolean;
  title(id: string): string | undefined;
}

const BUNDLED: readonly Lab[] = (bundled.labs as ReadonlyArray<{ id: string; title?: string }>).map((l) => ({ id: l.id, title: l.title }));
const BUNDLED_BY_ID = new Map(BUNDLED.map((l) => [l.id, l]));
const catalogs = new WeakMap<readonly string[], LabCatalog>();

/** The bundled catalog extended by `config.labs`, built once per list of extra ids. */
export function labCatalog(config?: Pick<Config, 'labs'>): LabCatalog {
  const extra = config?.labs ?? [];
  let catalog = catalogs.get(extra);
  if (!catalog) {
    const byId = new Map(BUNDLED_BY_ID);
    for (const id of extra) if (!byId.has(id)) byId.set(id, { id, title: undefined });
    let labs: Lab[] | undefined;
    catalog = {
      // Sorted when first listed (completions): a check only asks has() and title().
      get labs() {
        return (labs ??= [...byId.values()].sort((a, b) => compareText(a.id, b.id)));
      },
      size: byId.size,
      has: (id) => byId.has(id),
      title: (id) => byId.get(id)?.title,
    };
    catalogs.set(extra, catalog);
  }
  return catalog;
}

/** The bundled title of a lab id, for hovers and completions. */
export function labTitle(id: string): string | undefined {
  return BUNDLED_BY_ID.get(id)?.title;
}
