// Wires the demo page (index.html, `npm start`): a level picker and a theme switch.
import { getRegisteredLadder } from '../src/data/registry.js';

const ladder = getRegisteredLadder('engineering');
const select = document.querySelector<HTMLSelectElement>('#level');
const theme = document.querySelector<HTMLSelectElement>('#theme');
const cards = [...document.querySelectorAll('ladder-level-card')];
const themed = () => document.querySelectorAll('ladder-level-card, ladder-compare, ladder-checklist');

if (ladder && select && theme) {
  for (const level of ladder.levels) select.add(new Option(`${level.id} — ${level.title}`, level.id, false, level.id === 'L4'));
  const show = (id: string) => {
    for (const card of cards) card.level = id;
    select.value = id;
  };
  select.addEventListener('change', () => show(select.value));
  cards[0]?.addEventListener('ladder-level-select', (e) => {
    e.preventDefault();
    show(e.levelId);
  });
  theme.addEventListener('change', () => {
    for (const el of themed()) {
      if (theme.value) el.setAttribute('theme', theme.value);
      else el.removeAttribute('theme');
    }
    document.body.style.background = theme.value === 'dark' ? '#0f1218' : '';
    document.body.style.color = theme.value === 'dark' ? '#e7eaf0' : '';
  });
}
