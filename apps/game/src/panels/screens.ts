/**
 * The screen router: one DOM screen at a time in `#screen`. Screens register
 * by name; `showScreen` renders one, marks the body with its name (the layout
 * shows the map beside the game screens) and moves focus to its heading.
 */
export type ScreenName = string;
export type RenderScreen = (root: HTMLElement) => void;

const screens = new Map<ScreenName, RenderScreen>();
/** Screens that play beside the map. */
const onMap = new Set<ScreenName>();
let current: ScreenName | undefined;

export function registerScreen(
  name: ScreenName,
  render: RenderScreen,
  options: { map?: boolean } = {},
): void {
  screens.set(name, render);
  if (options.map) onMap.add(name);
}

export function currentScreen(): ScreenName | undefined {
  return current;
}

/** Renders a screen; throws for a name nobody registered (a bug, not a user error). */
export function showScreen(name: ScreenName): void {
  const render = screens.get(name);
  if (!render) throw new Error(`No screen named "${name}".`);
  const root = document.getElementById('screen') as HTMLElement;
  root.replaceChildren();
  current = name;
  document.body.dataset.screen = name;
  document.body.classList.toggle('with-map', onMap.has(name));
  render(root);
  root.scrollTop = 0;
  window.scrollTo(0, 0);
  const heading = root.querySelector<HTMLElement>('h1, h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  document.dispatchEvent(new CustomEvent('c5plus:screen', { detail: name }));
}

/** Re-renders the current screen (after a language change). */
export function refreshScreen(): void {
  if (current) showScreen(current);
}
