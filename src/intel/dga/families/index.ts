/** Every DGA family the model is trained and evaluated on, in a fixed order (the order of the model file's counts). */
import type { DgaFamily } from './family.ts';
import { banjori } from './banjori.ts';
import { conficker } from './conficker.ts';
import { cryptolocker } from './cryptolocker.ts';
import { dyre } from './dyre.ts';
import { gameover } from './gameover.ts';
import { matsnu } from './matsnu.ts';
import { murofet } from './murofet.ts';
import { necurs } from './necurs.ts';
import { pykspa } from './pykspa.ts';
import { qakbot } from './qakbot.ts';
import { ramnit } from './ramnit.ts';
import { simda } from './simda.ts';
import { suppobox } from './suppobox.ts';

export type { DgaFamily } from './family.ts';

export const DGA_FAMILIES: readonly DgaFamily[] = [
  banjori, conficker, cryptolocker, dyre, gameover, matsnu, murofet, necurs, pykspa, qakbot, ramnit, simda, suppobox,
];
