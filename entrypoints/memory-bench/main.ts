// Built only by `wxt build --mode bench` (see wxt.config.ts): the memory benchmark's page.
import { setupMemoryBenchPage } from '../../tests/bench/memory/page';

setupMemoryBenchPage();
