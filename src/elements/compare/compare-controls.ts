/** The comparison's header: the mode switch, the level checkboxes, the filter and the narrow layout's level picker. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { COMPARE_MODES, type CompareMode } from '../../model/compare-view.js';
import type { Ladder, Level } from '../../model/types.js';

export interface ControlsInput {
  t: LadderStrings;
  ladder: Ladder;
  mode: CompareMode;
  /** The levels compared, and the one the narrow layout shows. */
  chosen: Level[];
  shown: Level;
  filter: string;
  modeLabel: (mode: CompareMode) => string;
  setMode: (mode: CompareMode) => void;
  toggleLevel: (id: string, on: boolean) => void;
  setFilter: (filter: string) => void;
  show: (id: string) => void;
}

export function renderControls(c: ControlsInput): TemplateResult {
  const { t, chosen } = c;
  const picked = new Set(chosen);
  return html`<div class="controls" part="controls">
    <fieldset class="choices" part="mode">
      <legend>${t.compareModeLegend}</legend>
      ${COMPARE_MODES.map(
        (mode) => html`<label class="choice">
          <input type="radio" name="mode" .checked=${c.mode === mode} @change=${() => c.setMode(mode)} />
          <span>${c.modeLabel(mode)}</span>
        </label>`,
      )}
    </fieldset>
    <fieldset class="choices" part="levels">
      <legend>${t.compareLevelsLegend}</legend>
      ${c.ladder.levels.map((level) => {
        const on = picked.has(level);
        return html`<label class="choice">
          <input
            type="checkbox"
            .checked=${on}
            ?disabled=${on && chosen.length === 1}
            @change=${(e: Event) => c.toggleLevel(level.id, (e.target as HTMLInputElement).checked)}
          />
          <span>${level.id}${level.title === level.id ? nothing : html`<span class="visually-hidden"> ${level.title}</span>`}</span>
        </label>`;
      })}
    </fieldset>
    <label class="field">
      <span>${t.compareFilterLabel}</span>
      <input type="search" part="filter" .value=${c.filter} @input=${(e: Event) => c.setFilter((e.target as HTMLInputElement).value)} />
    </label>
    <label class="field picker" part="picker">
      <span>${t.compareShownLevel}</span>
      <select @change=${(e: Event) => c.show((e.target as HTMLSelectElement).value)}>
        ${chosen.map((level) => html`<option value=${level.id} .selected=${level === c.shown}>${level.id} · ${level.title}</option>`)}
      </select>
    </label>
  </div>`;
}
