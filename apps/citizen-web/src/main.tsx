// reflect-metadata (for the DTOs' decorators) comes with @opencpi/contracts: reflectMetadataFirst in vite.config.mts
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';

/*
 * The entry: the stylesheet, then the app once the browser has painted what index.html holds (the landing page is
 * prerendered into it: tools/vite/prerender-first-page.mjs). The app's chunks are fetched meanwhile (modulepreload
 * links, vite.config.mts), but evaluating React and rendering waits for that first paint: on a slow phone the page
 * shows at once instead of after the JavaScript.
 */
const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
void afterFirstPaint().then(() => import('./start'));
