/**
 * The checklist's history as the element always has it: how a snapshot is named, and the history
 * panel (checklist-history-panel.ts), whose code loads with the first snapshot: a checklist without
 * snapshots never loads it. Until it has loaded the panel is not shown, and `updateComplete` waits.
 */
import { nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { RatingsFile, RatingsSnapshot } from '../../model/ratings.js';
import type { SectionTally } from '../../model/readiness.js';
import type { HistoryDeriver, renderHistory } from './checklist-history-panel.js';
import type { RowContext } from './checklist-summary.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A snapshot as lists name it: its label, or its date and why it was taken. */
export function snapshotName(s: RatingsSnapshot, t: LadderStrings): string {
  return s.label ?? t.checklistSnapshotName(dateFormat.format(s.takenAt), s.reason && t.checklistSnapshotReasons[s.reason]);
}

export interface HistoryHost {
  loadCode<T>(load: Promise<T>): Promise<T>;
}

export interface HistoryPanelInput {
  view: ChecklistView;
  file: RatingsFile;
  /** The snapshot "Changes since" compares with (default: the newest). */
  since: string | undefined;
  ctx: RowContext;
  /** The current summary's sections. */
  now: readonly SectionTally[];
  select: (id: string) => void;
}

/** The history panel, its code loaded the first time there is a snapshot to show. */
export class HistoryPanel {
  private panel?: { deriver: HistoryDeriver; render: typeof renderHistory };
  private requested = false;

  constructor(private readonly host: HistoryHost) {}

  render({ view, file, since, ctx, now, select }: HistoryPanelInput): TemplateResult | typeof nothing {
    if (!file.snapshots?.length) return nothing;
    if (!this.panel) {
      // Once: offline, the checklist goes on without its history panel (and says why in the console).
      if (!this.requested) {
        this.requested = true;
        // Kept before loadCode's own render (which would otherwise come first and show nothing).
        const loaded = import('./checklist-history-panel.js').then((m) => {
          this.panel = { deriver: new m.HistoryDeriver(), render: m.renderHistory };
        });
        this.host.loadCode(loaded).catch((error: unknown) => console.error('ladder-checklist: could not load the history panel:', error));
      }
      return nothing;
    }
    const data = this.panel.deriver.get(view, file, since, ctx, now);
    return data ? this.panel.render({ ...data, view, ctx, select }) : nothing;
  }
}
