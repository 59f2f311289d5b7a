/** The comparison's controls: the mode, the levels compared, the filter, and the level the narrow layout shows. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import { COMPARE_MODES, type CompareMode, type CompareView } from '../../model/compare-view.js';
import type { Ladder, Level } from '../../model/types.js';
import { inBrowser } from '../shared/ssr.js';

export interface ControlsInput {
  t: LadderStrings;
  ladder: Ladder;
  view: CompareView;
  mode: CompareMode;
  filter: string;
  /** The column the narrow layout shows. */
  shown: Level;
  modeLabel: (mode: CompareMode) => string;
  setMode: (mode: CompareMode) => void;
  toggleLevel: (id: string, on: boolean) => void;
  onFilterInput: (e: Event) => void;
  /** The filter's change event (it lost focus, or Enter): the URL is written at once. */
  onFilterChange: () => void;
  show: (id: string) => void;
}

export function renderControls(c: ControlsInput): TemplateResult {
  const { t, ladder, view, shown } = c;
  const chosen = view.levels;
  const filtering = c.filter.trim() !== '';
  return html`<div class="controls" part="controls">
    <fieldset class="choices" part="mode">
      <legend>${t.compareModeLegend}</legend>
      ${COMPARE_MODES.map(
        (mode) => html`<label class="choice">
          <input type="radio" name="mode" ?checked=${c.mode === mode} .checked=${inBrowser(c.mode === mode)} @change=${() => c.setMode(mode)} />
          ${c.modeLabel(mode)}
        </label>`,
      )}
    </fieldset>
    <fieldset class="choices" part="levels">
      <legend>${t.compareLevelsLegend}</legend>
      ${ladder.levels.map((level) => {
        const on = chosen.includes(level);
        return html`<label class="choice">
          <input
            type="checkbox"
            ?checked=${on}
            .checked=${inBrowser(on)}
            ?disabled=${on && chosen.length === 1}
            @change=${(e: Event) => c.toggleLevel(level.id, (e.target as HTMLInputElement).checked)}
          />
          ${level.id}${level.title === level.id ? nothing : html`<span class="visually-hidden"> ${level.title}</span>`}
        </label>`;
      })}
    </fieldset>
    <label class="field">
      <span>${t.compareFilterLabel}</span>
      <input type="search" part="filter" .value=${c.filter} @input=${c.onFilterInput} @change=${c.onFilterChange} />
    </label>
    <label class="field picker" part="picker">
      <span>${t.compareShownLevel}</span>
      <select @change=${(e: Event) => c.show((e.target as HTMLSelectElement).value)}>
        ${chosen.map((level, i) => {
          const count = filtering ? ` (${t.compareLevelMatches(view.columnMatches[i] ?? 0)})` : '';
          return html`<option value=${level.id} ?selected=${level === shown} .selected=${inBrowser(level === shown)}>${level.id} · ${markdownToText(level.title)}${count}</option>`;
        })}
      </select>
    </label>
  </div>`;
}
