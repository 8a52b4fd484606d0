/** The Phaser game: one map scene, sized to its parent element, under the DOM panels. */
import * as Phaser from 'phaser';
import { MapScene } from './scenes/MapScene';

export function createPhaserGame(parent: HTMLElement): {
  game: Phaser.Game;
  scene: Promise<MapScene>;
} {
  const scene = new MapScene();
  const ready = new Promise<MapScene>((resolve) => {
    scene.onCreate = () => resolve(scene);
  });
  const game = new Phaser.Game({
    // The Canvas renderer: the map changes once a turn and only a few dots move. Under WebGL,
    // a browser compositing in software (no GPU, or a blocked one) copies the canvas back
    // with readPixels at every frame that changes it, 100 ms and more a frame while the
    // pulses run; a 2D canvas is handed to the compositor as it is.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: '#dfe8f0',
    scale: {
      mode: Phaser.Scale.RESIZE,
      // The parent is sized by the page (above the legend); Phaser must not stretch it to 100%.
      expandParent: false,
      width: parent.clientWidth || 800,
      height: parent.clientHeight || 600,
    },
    banner: false,
    // The map changes once a turn: a low frame rate leaves the page's thread to the panels.
    fps: { target: 30, limit: 30 },
    audio: { noAudio: true },
    input: { keyboard: false, mouse: true, touch: true },
    scene: [scene],
  });
  return { game, scene: ready };
}
