/** A bare Phaser 4 page: one scene drawing one rectangle, the baseline for the first-frame figure. */
import * as Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.graphics().fillStyle(0x1f5fa8, 1).fillRect(10, 10, 100, 100);
    requestAnimationFrame(() => {
      document.body.dataset.ready = 'true';
    });
  }
}
new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'c',
  width: 800,
  height: 600,
  banner: false,
  audio: { noAudio: true },
  scene: [Bare],
});
