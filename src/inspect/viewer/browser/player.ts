/**
 * The scrubber's position and the play/pause clock. It knows nothing of the
 * page: it calls `show(position)` whenever the position changes.
 */
export class Player {
  private position = 0;
  private length = 1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delayMs = 1500;

  constructor(
    private readonly show: (position: number) => void,
    private readonly playingChanged: (playing: boolean) => void,
  ) {}

  get current(): number {
    return this.position;
  }

  get playing(): boolean {
    return this.timer !== null;
  }

  /** How many positions there are: the start and each step. */
  setLength(length: number): void {
    this.length = Math.max(1, length);
    this.goTo(Math.min(this.position, this.length - 1));
  }

  goTo(position: number): void {
    this.position = Math.min(Math.max(0, Math.round(position)), this.length - 1);
    this.show(this.position);
  }

  step(delta: number): void {
    this.goTo(this.position + delta);
  }

  setDelay(milliseconds: number): void {
    this.delayMs = milliseconds;
  }

  play(): void {
    if (this.playing) return;
    // Playing from the end starts again from the beginning, as a media player does.
    if (this.position >= this.length - 1) this.goTo(0);
    this.playingChanged(true);
    this.tick();
  }

  pause(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.playingChanged(false);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private tick(): void {
    this.timer = setTimeout(() => {
      this.step(1);
      if (this.position >= this.length - 1) this.pause();
      else this.tick();
    }, this.delayMs);
  }
}
