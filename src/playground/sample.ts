/** What a first visit shows: a small ladder in the house style, so the widgets have something to render and the syntax is in view. */
export const SAMPLE_PATH = 'ladder.md';

export const SAMPLE = `# Example ladder

Replace this text with your ladder: paste it from your wiki, document or spreadsheet, or open its files.

## Engineer L1
> Learns the codebase and delivers well-scoped tasks with guidance.

### Craft
* Writes small, tested changes {#small-changes}
* Asks for help after trying on their own for a while

### Collaboration
* Gives and receives code review kindly
  * explains the why behind a suggestion

## Engineer L2
> Delivers features independently and helps others do the same.

*Same as L1 and…*

### Craft
* Designs features of moderate size {replaces=#small-changes}

### Red flags
* Leaves failing builds for others to fix

## Engineer L3
> Leads projects across a team and grows the people around them.

*Same as L2 and…*

### Collaboration
* Mentors one or two engineers
`;
